// REST API versions the sandbox answers under /services/data/vXX.X: Salesforce serves every version
// from 20.0 (Summer '10) to the current release; an unknown one is a 404 NOT_FOUND.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm
const VERSION = /^v(\d{2})\.0$/;
const OLDEST = 20;
const NEWEST = 66;

/** The major version of a `vXX.X` path segment, or undefined when Salesforce would not serve it. */
export function dataVersion(segment: string | undefined): number | undefined {
  const match = VERSION.exec(segment ?? '');
  if (!match) return undefined;
  const major = Number(match[1]);
  return major >= OLDEST && major <= NEWEST ? major : undefined;
}
