import jsforce from 'jsforce';
import type { OAuth2 } from 'jsforce';
import { expect } from 'vitest';

// The browser half of the web-server flow, as a user at the approval screen would do it.

export const clientId = 'sandbox-salesforce-consumer-key';
export const clientSecret = 'sandbox-salesforce-consumer-secret';
export const redirectUri = 'http://127.0.0.1:9/oauth/salesforce/callback';

/** jsforce's OAuth2 client against the sandbox, with PKCE (`useVerifier`) as the product uses it. */
export function oauthClient(instanceUrl: string, overrides: { clientSecret?: string; clientId?: string; useVerifier?: boolean } = {}): OAuth2 {
  return new jsforce.OAuth2({
    clientId: overrides.clientId ?? clientId,
    clientSecret: overrides.clientSecret ?? clientSecret,
    redirectUri,
    loginUrl: instanceUrl,
    useVerifier: overrides.useVerifier ?? true,
  });
}

/** Opens the authorize URL, presses Allow or Deny, and returns where the browser is sent. */
export async function approve(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(page.status).toBe(200);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  expect(requestId).toBeDefined();
  const answer = await fetch(new URL('authorize', page.url), {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId!, decision }),
  });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location')!);
}

/** The code the approval sends back for this client's authorize URL (scope api refresh_token). */
export async function approvedCode(oauth2: OAuth2, state = 'st8'): Promise<string> {
  const back = await approve(oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state }));
  expect(back.searchParams.get('state')).toBe(state);
  const code = back.searchParams.get('code');
  expect(code).toBeTruthy();
  return code!;
}

/** What a jsforce call rejects with (fails the test when it resolves). */
export async function rejection(call: Promise<unknown>): Promise<Error & { errorCode?: string; data?: unknown }> {
  const outcome = await call.then((value) => ({ value }), (error: unknown) => ({ error }));
  if (!('error' in outcome)) throw new Error(`expected the call to fail, it answered ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof Error)) throw outcome.error;
  return outcome.error;
}
