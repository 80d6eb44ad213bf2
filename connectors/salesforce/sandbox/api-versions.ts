// The API versions the sandbox serves, one range for REST, SOAP and identity.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm (End-of-Life
// Policy): versions 7.0–20.0 were retired in Summer '22 and 21.0–30.0 in Summer '25. A retired version
// answers REST with 410 GONE and SOAP with a 500 UNSUPPORTED_API_VERSION fault; the sandbox's newest is 66.0.

export const OLDEST_RETIRED_API_VERSION = 7;
export const OLDEST_SUPPORTED_API_VERSION = 31;
export const NEWEST_API_VERSION = 66;
/** What `version=latest` names (identity), as `66.0`. */
export const LATEST_API_VERSION = `${NEWEST_API_VERSION}.0`;

export type ApiVersionStatus = 'supported' | 'retired' | 'unknown';

/** Whether Salesforce serves a major version, once served it and retired it, or never had it. */
export function apiVersionStatus(major: number): ApiVersionStatus {
  if (!Number.isInteger(major)) return 'unknown';
  if (major >= OLDEST_SUPPORTED_API_VERSION && major <= NEWEST_API_VERSION) return 'supported';
  if (major >= OLDEST_RETIRED_API_VERSION && major < OLDEST_SUPPORTED_API_VERSION) return 'retired';
  return 'unknown';
}
