// The one file that imports the official SDK. https://jsforce.github.io/document/
import { Connection } from 'jsforce';
import { salesforceManifest } from './manifest.ts';

export type SalesforceConnection = Connection;

/** The connected app (External Client App) jsforce refreshes sessions through. */
export interface SalesforceOAuthApp {
  clientId: string;
  clientSecret?: string;
  redirectUri?: string;
  /** Where the token endpoint is: https://login.salesforce.com unless the org uses test.salesforce.com or My Domain. */
  loginUrl?: string;
}

export interface SalesforceConnectionTarget {
  /** The org's instance URL, from the token answer's `instance_url` (a sandbox's base URL in sandbox mode). */
  instanceUrl: string;
  accessToken: string;
  /** With `oauth2`, jsforce refreshes the session on a 401 INVALID_SESSION_ID and replays the call once. */
  refreshToken?: string;
  oauth2?: SalesforceOAuthApp;
  /** REST version, "62.0"; jsforce would otherwise use its own default (50.0). */
  version?: string;
}

/** jsforce pointed at one org, always on the manifest's API version unless told otherwise. */
export function createSalesforceConnection(target: SalesforceConnectionTarget): SalesforceConnection {
  const { instanceUrl, accessToken, refreshToken, oauth2, version = salesforceManifest.apiVersion } = target;
  return new Connection({
    instanceUrl: instanceUrl.replace(/\/+$/, ''),
    accessToken,
    version,
    ...(refreshToken ? { refreshToken } : {}),
    ...(oauth2 ? { oauth2: { loginUrl: salesforceManifest.apiBaseUrl, ...oauth2 } } : {}),
  });
}
