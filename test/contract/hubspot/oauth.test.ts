import { createHash } from 'node:crypto';
import { Client } from '@hubspot/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { HubspotAccessTokenInfoWire, HubspotTokenErrorWire, HubspotTokenResponseWire } from '../../../connectors/hubspot/wire/oauth.ts';
import { consentPage } from '../../../connectors/hubspot/sandbox/routes/oauth-consent-page.ts';
import { HubspotSandboxSettings } from '../../../connectors/hubspot/sandbox/settings.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';
import { pressConsent } from '../../support/oauth-consent.ts';

// HubSpot's OAuth install flow against the sandbox: browser steps over plain HTTP, token calls through the SDK.
// https://developers.hubspot.com/docs/apps/legacy-apps/authentication/working-with-oauth

const { clientId, clientSecret } = HubspotSandboxSettings.parse({});
const redirectUri = 'http://127.0.0.1:9/oauth/hubspot/callback';
const scope = 'crm.objects.contacts.read crm.objects.owners.read';

let sandbox: StartedHubspotSandbox;
const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
beforeAll(async () => {
  sandbox = await startHubspotSandbox({}, { clock });
});
afterAll(() => sandbox.close());

const oauth = () => new Client({ basePath: sandbox.baseUrl }).oauth;

/** The install link the product builds: the SDK's getAuthorizationUrl hardcodes app.hubspot.com, so the host is swapped. */
function authorizeUrl(params: Record<string, string>): string {
  const url = new URL(`${sandbox.baseUrl}/oauth/authorize`);
  for (const [name, value] of Object.entries({ client_id: clientId, redirect_uri: redirectUri, scope, ...params })) url.searchParams.set(name, value);
  return url.toString();
}

/** Opens the consent screen and presses a button; returns where the browser is sent. */
const consent = (params: Record<string, string>, decision: 'allow' | 'deny') => pressConsent(authorizeUrl(params), decision);

describe('authorize → consent → code → token → API → refresh', () => {
  it('runs the whole install flow with the SDK\'s token calls', async () => {
    const page = await (await fetch(authorizeUrl({ state: 'st8', optional_scope: 'crm.objects.deals.read' }))).text();
    expect(page).toContain('RevOps Connector');
    expect(page).toContain('crm.objects.owners.read');
    expect(page).toContain('demo-revops.hubspot.local');

    const back = await consent({ state: 'st8' }, 'allow');
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('st8');
    const code = back.searchParams.get('code')!;

    const tokens = await oauth().tokensApi.create('authorization_code', code, redirectUri, clientId, clientSecret);
    expect(tokens).toMatchObject({ tokenType: 'bearer', expiresIn: 1800 });

    const owners = await new Client({ accessToken: tokens.accessToken, basePath: sandbox.baseUrl }).crm.owners.ownersApi.getPage();
    expect(owners.results).toEqual([]);

    const info = await oauth().accessTokensApi.get(tokens.accessToken);
    expect(info).toMatchObject({ hubId: 62515001, appId: 4107001, userId: 9000001, user: 'admin@demo-revops.example', tokenType: 'access', expiresIn: 1800 });
    expect(info.scopes).toEqual(expect.arrayContaining(['oauth', 'crm.objects.contacts.read', 'crm.objects.owners.read']));
    const refreshInfo = await oauth().refreshTokensApi.get(tokens.refreshToken);
    expect(refreshInfo).toMatchObject({ clientId, hubId: 62515001, tokenType: 'refresh' });

    const refreshed = await oauth().tokensApi.create('refresh_token', undefined, undefined, clientId, clientSecret, tokens.refreshToken);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    // HubSpot does not rotate refresh tokens.
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
  });

  it('answers the raw v1 token call in the connector\'s wire shape', async () => {
    const code = (await consent({}, 'allow')).searchParams.get('code')!;
    const response = await fetch(`${sandbox.baseUrl}/oauth/v1/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, client_secret: clientSecret }),
    });
    const body = await response.json();
    expect(HubspotTokenResponseWire.parse(body)).toMatchObject({ hub_id: 62515001, expires_in: 1800 });
    expect(shapeDifferences(docFixture('oauth-token.response.json'), body, ['hub_id', 'scopes'])).toEqual([]);
  });

  it('sends a denied install back with error=access_denied and the state', async () => {
    const back = await consent({ state: 'xyz' }, 'deny');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('xyz');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('shows an error page (400), not a redirect, for an unknown client or a missing redirect_uri', async () => {
    const unknown = await fetch(authorizeUrl({ client_id: 'someone-else' }), { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toContain('text/html');
    const noRedirect = new URL(authorizeUrl({}));
    noRedirect.searchParams.delete('redirect_uri');
    expect((await fetch(noRedirect, { redirect: 'manual' })).status).toBe(400);
  });

  it('escapes everything it prints on the consent page', () => {
    const html = consentPage({
      requestId: '"><script>x</script>', appName: '<b>Evil & Co</b>', appId: 1, portalId: 2, hubDomain: 'a"b', userEmail: "o'neil@x",
      redirectHost: 'x', scopes: ['<img>'], optionalScopes: [],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Evil');
    expect(html).toContain('&lt;b&gt;Evil &amp; Co&lt;/b&gt;');
    expect(html).toContain('&lt;img&gt;');
  });
});

describe('token errors', () => {
  it('refuses a reused code, a wrong redirect_uri, client secret or grant type with HubSpot\'s statuses', async () => {
    const code = (await consent({}, 'allow')).searchParams.get('code')!;
    const tokens = oauth().tokensApi;
    expect(await sdkError(tokens.create('authorization_code', code, 'http://127.0.0.1:9/elsewhere', clientId, clientSecret)))
      .toMatchObject({ code: 400, body: { status: 'BAD_REDIRECT_URI' } });
    expect(await sdkError(tokens.create('authorization_code', code, redirectUri, clientId, 'wrong')))
      .toMatchObject({ code: 400, body: { status: 'BAD_CLIENT_SECRET' } });
    expect(await sdkError(tokens.create('authorization_code', code, redirectUri, 'who', clientSecret)))
      .toMatchObject({ code: 400, body: { status: 'BAD_CLIENT_ID' } });
    expect(await sdkError(tokens.create('password', code, redirectUri, clientId, clientSecret)))
      .toMatchObject({ code: 400, body: { status: 'BAD_GRANT_TYPE' } });
    await tokens.create('authorization_code', code, redirectUri, clientId, clientSecret);
    const reused = await sdkError(tokens.create('authorization_code', code, redirectUri, clientId, clientSecret));
    expect(reused).toMatchObject({ code: 400, body: { status: 'BAD_AUTH_CODE' } });
    expect(HubspotTokenErrorWire.parse(reused.body)).toBeDefined();
  });

  it('checks the PKCE verifier: a wrong one is 400, the right one gets the token', async () => {
    const verifier = 'a-long-random-verifier-string-of-forty-three-chars-or-more';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const code = (await consent({ code_challenge: challenge, code_challenge_method: 'S256' }, 'allow')).searchParams.get('code')!;
    const token = (codeVerifier: string) => fetch(`${sandbox.baseUrl}/oauth/v1/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, client_secret: clientSecret, code_verifier: codeVerifier }),
    });
    const wrong = await token('not-the-verifier');
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ status: 'BAD_AUTH_CODE', error: 'invalid_grant' });
    expect((await token(verifier)).status).toBe(200);
  });

  it('answers 401 EXPIRED_AUTHENTICATION after 30 minutes, and a refresh brings the API back', async () => {
    const code = (await consent({}, 'allow')).searchParams.get('code')!;
    const tokens = await oauth().tokensApi.create('authorization_code', code, redirectUri, clientId, clientSecret);
    clock.advance(1801 * 1000);
    const expired = await sdkError(new Client({ accessToken: tokens.accessToken, basePath: sandbox.baseUrl }).crm.owners.ownersApi.getPage());
    expect(expired).toMatchObject({ code: 401, body: { category: 'EXPIRED_AUTHENTICATION' } });
    const refreshed = await oauth().tokensApi.create('refresh_token', undefined, undefined, clientId, clientSecret, tokens.refreshToken);
    const again = await new Client({ accessToken: refreshed.accessToken, basePath: sandbox.baseUrl }).crm.owners.ownersApi.getPage();
    expect(again.results).toEqual([]);
  });

  it('refuses a revoked refresh token with 400 BAD_REFRESH_TOKEN and stops its access tokens', async () => {
    const code = (await consent({}, 'allow')).searchParams.get('code')!;
    const tokens = await oauth().tokensApi.create('authorization_code', code, redirectUri, clientId, clientSecret);
    await oauth().refreshTokensApi.archive(tokens.refreshToken);
    expect(await sdkError(oauth().tokensApi.create('refresh_token', undefined, undefined, clientId, clientSecret, tokens.refreshToken)))
      .toMatchObject({ code: 400, body: { status: 'BAD_REFRESH_TOKEN' } });
    expect((await sdkError(new Client({ accessToken: tokens.accessToken, basePath: sandbox.baseUrl }).crm.owners.ownersApi.getPage())).code).toBe(401);
    expect((await sdkError(oauth().refreshTokensApi.get(tokens.refreshToken))).code).toBe(404);
  });
});

describe('v3 token endpoints', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields),
  });

  it('exchanges, introspects and revokes with RFC-style answers', async () => {
    const code = (await consent({}, 'allow')).searchParams.get('code')!;
    const issued = HubspotTokenResponseWire.parse(await (await fetch(`${sandbox.baseUrl}/oauth/v3/token`, form({
      grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, client_secret: clientSecret,
    }))).json());
    const introspect = (token: string) => fetch(`${sandbox.baseUrl}/oauth/v3/token/introspect`, form({ client_id: clientId, client_secret: clientSecret, token }));
    expect(await (await introspect(issued.access_token)).json()).toMatchObject({ active: true, token_type: 'access_token', hub_id: 62515001 });
    expect(await (await introspect(issued.refresh_token)).json()).toMatchObject({ active: true, token_type: 'refresh_token' });
    const revoked = await fetch(`${sandbox.baseUrl}/oauth/v3/token/revoke`, form({ client_id: clientId, client_secret: clientSecret, token: issued.refresh_token }));
    expect(revoked.status).toBe(200);
    expect(await (await introspect(issued.access_token)).json()).toEqual({ active: false });
    const refused = await fetch(`${sandbox.baseUrl}/oauth/v3/token`, form({
      grant_type: 'refresh_token', refresh_token: issued.refresh_token, client_id: clientId, client_secret: clientSecret,
    }));
    expect(refused.status).toBe(400);
    const error = await refused.json();
    expect(error).toMatchObject({ error: 'invalid_grant', status: 'BAD_REFRESH_TOKEN', error_description: expect.any(String) });
    expect(shapeDifferences(docFixture('oauth-token-error.response.json'), error, ['correlationId'])).toEqual([]);
  });

  it('describes an access token in the connector\'s wire shape', async () => {
    const info = await (await fetch(`${sandbox.baseUrl}/oauth/v1/access-tokens/${sandbox.token}`)).json();
    expect(HubspotAccessTokenInfoWire.parse(info).hub_id).toBe(62515001);
    expect(shapeDifferences(docFixture('oauth-access-token-info.response.json'), info)).toEqual([]);
    expect((await fetch(`${sandbox.baseUrl}/oauth/v1/access-tokens/unknown-token`)).status).toBe(404);
  });
});

describe('registered redirect URLs (callbackUrls)', () => {
  let registered: StartedHubspotSandbox;
  beforeAll(async () => {
    registered = await startHubspotSandbox({ callbackUrls: [redirectUri] });
  });
  afterAll(() => registered.close());

  const installUrl = (redirect: string) => {
    const url = new URL(`${registered.baseUrl}/oauth/authorize`);
    for (const [name, value] of Object.entries({ client_id: clientId, redirect_uri: redirect, scope })) url.searchParams.set(name, value);
    return url.toString();
  };

  it('shows the error page (400), not a redirect, for a redirect_uri that is not exactly a registered one', async () => {
    for (const other of ['http://127.0.0.1:9/elsewhere', `${redirectUri}/`, `${redirectUri}?x=1`]) {
      const res = await fetch(installUrl(other), { redirect: 'manual' });
      expect(res.status, other).toBe(400);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('does not match any redirect URL of this app');
    }
  });

  it('runs the install with the registered one, and refuses a token call naming another with BAD_REDIRECT_URI', async () => {
    const code = (await pressConsent(installUrl(redirectUri), 'allow')).searchParams.get('code')!;
    const tokens = new Client({ basePath: registered.baseUrl }).oauth.tokensApi;
    expect(await sdkError(tokens.create('authorization_code', code, 'http://127.0.0.1:9/elsewhere', clientId, clientSecret)))
      .toMatchObject({ code: 400, body: { status: 'BAD_REDIRECT_URI', message: 'redirect_uri does not match any redirect URL of this app' } });
    await expect(tokens.create('authorization_code', code, redirectUri, clientId, clientSecret)).resolves.toMatchObject({ tokenType: 'bearer' });
  });
});
