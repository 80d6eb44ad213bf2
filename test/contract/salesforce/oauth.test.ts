import { createHash, createHmac } from 'node:crypto';
import jsforce from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { consentPage } from '../../../connectors/salesforce/sandbox/routes/oauth-consent-page.ts';
import { readFixtureJson } from '../../support/fixtures.ts';
import { jsforceError, startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { pressConsent } from '../../support/oauth-consent.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { approvedCode, clientId, clientSecret, oauthClient, redirectUri } from './oauth-browser.ts';

// The web-server flow with PKCE as jsforce runs it, unchanged, against the sandbox's login host.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5

const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
let sandbox: StartedSalesforceSandbox;
let orgId: string;
let userId: string;
beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
  orgId = sandbox.salesforce.deps.settings.orgId;
  userId = sandbox.salesforce.deps.settings.adminUser.id;
});
afterAll(() => sandbox.close());

async function tokenCall(form: Record<string, string>): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(`${sandbox.instanceUrl}/services/oauth2/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form),
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('authorize → approve → code → token (PKCE) → API', () => {
  it('runs jsforce\'s whole flow and leaves a connection that calls the API', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const authorizeUrl = new URL(oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state: 'st8' }));
    // jsforce sends a challenge and never a method: the sandbox takes it as S256.
    expect(authorizeUrl.searchParams.get('code_challenge')).toBe(createHash('sha256').update(oauth2.codeVerifier!).digest('base64url'));
    expect(authorizeUrl.searchParams.has('code_challenge_method')).toBe(false);

    const page = await (await fetch(authorizeUrl)).text();
    expect(page).toContain('Allow Access?');
    expect(page).toContain('RevOps Connector');
    expect(page).toContain('admin@demo-revops.example');

    const code = await approvedCode(oauth2);
    const conn = new jsforce.Connection({ oauth2, version: '62.0' });
    const userInfo = await conn.authorize(code);
    expect(userInfo).toEqual({ id: userId, organizationId: orgId, url: `${sandbox.instanceUrl}/id/${orgId}/${userId}` });
    expect(conn.instanceUrl).toBe(sandbox.instanceUrl);
    expect(conn.refreshToken).toBeTruthy();

    const limits = await conn.limits();
    expect(limits.DailyApiRequests?.Max).toBe(100_000);
  });

  it('answers the token call in Salesforce\'s shape: id, instance_url, issued_at in ms, HMAC signature, no expiry', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const code = await approvedCode(oauth2);
    const { status, body } = await tokenCall({
      grant_type: 'authorization_code', code, client_id: clientId, client_secret: clientSecret, redirect_uri: redirectUri,
      code_verifier: oauth2.codeVerifier!,
    });
    expect(status).toBe(200);
    // The documented answer's fields, less id_token (the sandbox does not issue OpenID tokens).
    const { id_token: _idToken, ...documented } = readFixtureJson<Record<string, string>>('salesforce/docs/oauth-token.response.json');
    expect(Object.keys(body).sort()).toEqual(Object.keys(documented).sort());
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'api refresh_token', instance_url: sandbox.instanceUrl, id: `${sandbox.instanceUrl}/id/${orgId}/${userId}` });
    expect(body.issued_at).toBe(String(clock.now()));
    expect(body.signature).toBe(createHmac('sha256', clientSecret).update(body.id! + body.issued_at!).digest('base64'));
  });

  it('answers a refresh with the documented fields and no refresh token', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const tokens = await oauth2.requestToken(await approvedCode(oauth2));
    const { status, body } = await tokenCall({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: clientId });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(Object.keys(readFixtureJson<object>('salesforce/docs/oauth-refresh.response.json')).sort());
  });

  it('gives no refresh token to an app that did not ask for the refresh_token scope', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const back = await pressConsent(oauth2.getAuthorizationUrl({ scope: 'api', state: 's' }));
    const token = await oauth2.requestToken(back.searchParams.get('code')!);
    expect(token.refresh_token).toBeUndefined();
    expect(token.scope).toBe('api');
  });

  it('sends a denial back to the app with error=access_denied and the state', async () => {
    const back = await pressConsent(oauthClient(sandbox.instanceUrl).getAuthorizationUrl({ scope: 'api', state: 'deny-me' }), 'deny');
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'access_denied', error_description: 'end-user denied authorization', state: 'deny-me' });
  });

  it('keeps an unknown client on an error page instead of redirecting', async () => {
    const res = await fetch(oauthClient(sandbox.instanceUrl, { clientId: 'who-knows' }).getAuthorizationUrl({ scope: 'api' }), { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('invalid_client_id');
  });

  it('redirects an unknown scope back with invalid_scope', async () => {
    const res = await fetch(oauthClient(sandbox.instanceUrl).getAuthorizationUrl({ scope: 'api hack', state: 's' }), { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('escapes everything it puts on the approval page', () => {
    const html = consentPage({ requestId: '"><script>', appName: '<img src=x onerror=alert(1)>', username: 'a&b', myDomain: 'd', redirectHost: 'h', scopes: ['api'] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the token endpoint refuses cleanly', () => {
  it('fails a wrong code verifier with invalid_grant, and the code stays unused for the right one', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const code = await approvedCode(oauth2);
    const impostor = oauthClient(sandbox.instanceUrl); // another random verifier
    const error = await jsforceError(impostor.requestToken(code));
    expect(error).toMatchObject({ name: 'invalid_grant', message: 'invalid code verifier' });
    // A failed redemption does not burn the code: the legitimate client still gets its tokens.
    await expect(oauth2.requestToken(code)).resolves.toMatchObject({ token_type: 'Bearer' });
  });

  it('fails a missing verifier after a challenge with invalid_grant', async () => {
    const code = await approvedCode(oauthClient(sandbox.instanceUrl));
    const error = await jsforceError(oauthClient(sandbox.instanceUrl, { useVerifier: false }).requestToken(code));
    expect(error).toMatchObject({ name: 'invalid_grant', message: 'invalid code verifier' });
  });

  it('takes a code only once', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const code = await approvedCode(oauth2);
    await oauth2.requestToken(code);
    expect(await jsforceError(oauth2.requestToken(code))).toMatchObject({ name: 'invalid_grant', message: 'invalid authorization code' });
  });

  it('expires a code after 15 minutes', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const code = await approvedCode(oauth2);
    clock.advance(15 * 60 * 1000);
    expect(await jsforceError(oauth2.requestToken(code))).toMatchObject({ name: 'invalid_grant', message: 'expired authorization code' });
  });

  it('refuses a revoked refresh token with the documented body', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const tokens = await oauth2.requestToken(await approvedCode(oauth2));
    await oauth2.revokeToken(tokens.refresh_token!);
    expect(await tokenCall({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: clientId }))
      .toEqual({ status: 400, body: readFixtureJson('salesforce/docs/oauth-token-error.response.json') });
  });

  it('names a wrong secret, an unknown client and an unknown grant type', async () => {
    const code = await approvedCode(oauthClient(sandbox.instanceUrl));
    expect(await jsforceError(oauthClient(sandbox.instanceUrl, { clientSecret: 'wrong' }).requestToken(code)))
      .toMatchObject({ name: 'invalid_client', message: 'invalid client credentials' });
    expect(await tokenCall({ grant_type: 'authorization_code', code, client_id: 'nobody', redirect_uri: redirectUri }))
      .toEqual({ status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } });
    expect(await tokenCall({ grant_type: 'password', client_id: clientId }))
      .toEqual({ status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant type not supported' } });
  });

  it('refuses a redirect_uri that differs from the authorize call', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const code = await approvedCode(oauth2);
    const { status, body } = await tokenCall({
      grant_type: 'authorization_code', code, client_id: clientId, client_secret: clientSecret,
      redirect_uri: 'http://127.0.0.1:9/elsewhere', code_verifier: oauth2.codeVerifier!,
    });
    expect({ status, body }).toEqual({ status: 400, body: { error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration' } });
  });
});

describe('registered callback URLs (callbackUrls)', () => {
  let registered: StartedSalesforceSandbox;
  beforeAll(async () => {
    registered = await startSalesforceSandbox({ callbackUrls: [redirectUri] });
  });
  afterAll(() => registered.close());

  it('keeps an authorize call with an unregistered redirect_uri on the error page with redirect_uri_mismatch', async () => {
    for (const other of ['http://127.0.0.1:9/elsewhere', `${redirectUri}/`]) {
      const res = await fetch(oauthClient(registered.instanceUrl, { redirectUri: other }).getAuthorizationUrl({ scope: 'api' }), { redirect: 'manual' });
      expect(res.status, other).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<code>redirect_uri_mismatch</code>: redirect_uri must match configuration');
    }
  });

  it('runs jsforce\'s flow with the registered one, and refuses a token call naming another with redirect_uri_mismatch', async () => {
    const oauth2 = oauthClient(registered.instanceUrl);
    const code = await approvedCode(oauth2);
    const res = await fetch(`${registered.instanceUrl}/services/oauth2/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code, client_id: clientId, client_secret: clientSecret,
        redirect_uri: 'http://127.0.0.1:9/elsewhere', code_verifier: oauth2.codeVerifier!,
      }),
    });
    expect({ status: res.status, body: await res.json() })
      .toEqual({ status: 400, body: { error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration' } });
    await expect(oauth2.requestToken(code)).resolves.toMatchObject({ token_type: 'Bearer' });
  });
});

describe('token introspection', () => {
  const introspect = (authorization: string) => fetch(`${sandbox.instanceUrl}/services/oauth2/introspect`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization }, body: new URLSearchParams({ token: sandbox.token }),
  });
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

  it('answers a Basic header that is not valid percent-encoding with OAuth\'s 401 invalid_client, not a 500', async () => {
    const res = await introspect(basic(`%E0%A4%A:${clientSecret}`));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'malformed client credentials in the Authorization header' });
  });

  it('takes the consumer key and secret from a well-formed Basic header', async () => {
    const res = await introspect(basic(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ active: true, token_type: 'access_token' });
  });
});
