import jsforce from 'jsforce';
import type { OAuth2 } from 'jsforce';
import { expect } from 'vitest';
import { SalesforceSandboxSettings } from '../../../connectors/salesforce/sandbox/settings.ts';
import { pressConsent } from '../../support/oauth-consent.ts';

/** What a jsforce call rejects with: the support's `jsforceError`, under the name these tests know. */

// The browser half of the web-server flow, as a user at the approval screen would do it.

/** The connected app's consumer key and secret: the sandbox's defaults. */
export const { clientId, clientSecret } = SalesforceSandboxSettings.parse({});
export const redirectUri = 'http://127.0.0.1:9/oauth/salesforce/callback';

/** jsforce's OAuth2 client against the sandbox, with PKCE (`useVerifier`) as the product uses it. */
export function oauthClient(instanceUrl: string, overrides: { clientSecret?: string; clientId?: string; useVerifier?: boolean; redirectUri?: string } = {}): OAuth2 {
  return new jsforce.OAuth2({
    clientId: overrides.clientId ?? clientId,
    clientSecret: overrides.clientSecret ?? clientSecret,
    redirectUri: overrides.redirectUri ?? redirectUri,
    loginUrl: instanceUrl,
    useVerifier: overrides.useVerifier ?? true,
  });
}

/** The code the approval sends back for this client's authorize URL (scope api refresh_token). */
export async function approvedCode(oauth2: OAuth2, state = 'st8'): Promise<string> {
  const back = await pressConsent(oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state }));
  expect(back.searchParams.get('state')).toBe(state);
  const code = back.searchParams.get('code');
  expect(code).toBeTruthy();
  return code!;
}
