import jsforce from 'jsforce';
import type { Connection, TokenResponse } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { readFixtureJson, readFixtureText } from '../../support/fixtures.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { approvedCode, clientId, clientSecret, oauthClient } from './oauth-browser.ts';
import { jsforceError as rejection } from '../../support/salesforce-sandbox.ts';

// Sessions end without warning (Salesforce sends no expires_in): jsforce learns it from a 401
// INVALID_SESSION_ID, refreshes through the token endpoint and replays the call. Revoked sessions and
// refresh tokens stay dead. https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_refresh_token_flow.htm&type=5

const TTL_SECONDS = 7200;
const LIMITS = 'GET /services/data/:version/limits';
const TOKEN = 'POST /services/oauth2/token';

/** A jsforce connection authorised through the web-server flow, with its refresh events recorded. */
async function authorised(sandbox: StartedSalesforceSandbox): Promise<{ conn: Connection; refreshes: Array<{ accessToken: string; res: TokenResponse }> }> {
  const oauth2 = oauthClient(sandbox.instanceUrl);
  const conn = new jsforce.Connection({ oauth2, version: '62.0' });
  await conn.authorize(await approvedCode(oauth2));
  const refreshes: Array<{ accessToken: string; res: TokenResponse }> = [];
  conn.on('refresh', (accessToken: string, res: TokenResponse) => refreshes.push({ accessToken, res }));
  return { conn, refreshes };
}

describe('an expired session', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ sessionTtlSeconds: TTL_SECONDS }, { clock });
  });
  afterAll(() => sandbox.close());

  it('answers 401 INVALID_SESSION_ID in the REST error array', async () => {
    const { conn } = await authorised(sandbox);
    clock.advance(TTL_SECONDS * 1000);
    const res = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json(;|$)/);
    expect(await res.json()).toEqual(readFixtureJson('salesforce/docs/error-invalid-session.response.json'));
  });

  it('is refreshed by jsforce through the token endpoint, and the call is replayed', async () => {
    const { conn, refreshes } = await authorised(sandbox);
    const first = conn.accessToken;
    await conn.limits();
    sandbox.running.ctx.ledger.clear();

    clock.advance(TTL_SECONDS * 1000 + 1);
    const limits = await conn.limits();

    expect(limits.DailyApiRequests).toBeDefined();
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.accessToken).not.toBe(first);
    expect(conn.accessToken).toBe(refreshes[0]!.accessToken);
    // Without rotation the refresh answer carries no refresh token, and jsforce keeps the old one.
    expect(refreshes[0]!.res.refresh_token).toBeUndefined();
    const ledger = sandbox.running.ctx.ledger;
    // The refused call never reached a route, so the ledger keeps its path with the version folded.
    const limitCalls = ledger.recent().filter((e) => e.method === 'GET' && e.endpoint.endsWith('/limits'));
    expect(limitCalls.map((e) => e.status)).toEqual([401, 200]);
    expect(ledger.count(LIMITS)).toBe(1);
    expect(ledger.count(TOKEN)).toBe(1);
  });

  it('tells the app when the session ends through introspection, the only place Salesforce says it', async () => {
    const { conn } = await authorised(sandbox);
    const issuedAt = Math.floor(clock.now() / 1000);
    const res = await fetch(`${sandbox.instanceUrl}/services/oauth2/introspect`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: conn.accessToken!, token_type_hint: 'access_token', client_id: clientId, client_secret: clientSecret }),
    });
    expect(await res.json()).toMatchObject({ active: true, token_type: 'access_token', iat: issuedAt, exp: issuedAt + TTL_SECONDS, scope: 'api refresh_token' });
    clock.advance(TTL_SECONDS * 1000);
    const later = await fetch(`${sandbox.instanceUrl}/services/oauth2/introspect`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ token: conn.accessToken! }),
    });
    expect(await later.json()).toEqual({ active: false });
  });

  it('is refreshed the same way after the kit\'s expire_tokens fault', async () => {
    const { conn, refreshes } = await authorised(sandbox);
    sandbox.running.ctx.faults.inject({ kind: 'expire_tokens' });
    await conn.limits();
    expect(refreshes).toHaveLength(1);
  });
});

describe('refresh-token rotation', () => {
  let sandbox: StartedSalesforceSandbox;
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ rotateRefreshTokens: true, sessionTtlSeconds: TTL_SECONDS }, { clock });
  });
  afterAll(() => sandbox.close());

  it('hands out a new refresh token with each refresh and refuses the used one', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const first = await oauth2.requestToken(await approvedCode(oauth2));
    const second = await oauth2.refreshToken(first.refresh_token!);
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(await rejection(oauth2.refreshToken(first.refresh_token!)))
      .toMatchObject({ name: 'invalid_grant', message: 'expired access/refresh token' });
    await expect(oauth2.refreshToken(second.refresh_token!)).resolves.toMatchObject({ token_type: 'Bearer' });
  });
});

describe('revocation', () => {
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox();
  });
  afterAll(() => sandbox.close());

  it('ends a session revoked by its access token (POST) and leaves its refresh token working', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const tokens = await oauth2.requestToken(await approvedCode(oauth2));
    await oauth2.revokeToken(tokens.access_token);
    const res = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(401);
    await expect(oauth2.refreshToken(tokens.refresh_token!)).resolves.toMatchObject({ token_type: 'Bearer' });
  });

  it('ends the refresh token and every session from it when jsforce logs out with revoke', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const conn = new jsforce.Connection({ oauth2, version: '62.0' });
    await conn.authorize(await approvedCode(oauth2));
    const { accessToken, refreshToken } = conn;
    await conn.logout(true);
    const stale = new jsforce.Connection({ oauth2, instanceUrl: sandbox.instanceUrl, accessToken: accessToken!, refreshToken: refreshToken!, version: '62.0' });
    const error = await rejection(stale.limits());
    expect(error.message).toBe('Unable to refresh session due to: expired access/refresh token');
  });

  it('revokes with a blind GET too', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const tokens = await oauth2.requestToken(await approvedCode(oauth2));
    const res = await fetch(`${sandbox.instanceUrl}/services/oauth2/revoke?token=${encodeURIComponent(tokens.refresh_token!)}`);
    expect(res.status).toBe(200);
    expect(await rejection(oauth2.refreshToken(tokens.refresh_token!))).toMatchObject({ name: 'invalid_grant' });
  });

  it('refuses an unknown token with a form-encoded 400 that jsforce reads', async () => {
    const error = await rejection(oauthClient(sandbox.instanceUrl).revokeToken('not-a-token'));
    expect(error).toMatchObject({ name: 'unsupported_token_type', message: 'this token type is not supported' });
    const res = await fetch(`${sandbox.instanceUrl}/services/oauth2/revoke`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=nope',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(readFixtureText('salesforce/docs/oauth-revoke-error.response.txt'));
  });
});

describe('the identity service', () => {
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox();
  });
  afterAll(() => sandbox.close());

  it('describes the session\'s user at the identity URL jsforce was given', async () => {
    const { conn } = await authorised(sandbox);
    const { orgId, adminUser } = sandbox.salesforce.deps.settings;
    const identity = await conn.identity();
    expect(identity).toMatchObject({
      id: `${sandbox.instanceUrl}/id/${orgId}/${adminUser.id}`, user_id: adminUser.id, organization_id: orgId,
      username: adminUser.username, email: adminUser.email, display_name: `${adminUser.firstName} ${adminUser.lastName}`,
    });
    expect(Object.keys(identity).sort()).toEqual(Object.keys(readFixtureJson<object>('salesforce/docs/identity.response.json')).sort());
    expect(Object.keys(identity.urls).sort()).toEqual(Object.keys(readFixtureJson<{ urls: object }>('salesforce/docs/identity.response.json').urls).sort());
    expect(identity.urls.rest).toBe(`${sandbox.instanceUrl}/services/data/v{version}/`);
    expect(identity.urls.sobjects).toBe(`${sandbox.instanceUrl}/services/data/v{version}/sobjects/`);
  });

  it('fills in the version when asked, and answers userinfo as OpenID claims', async () => {
    const { conn } = await authorised(sandbox);
    const { orgId, adminUser } = sandbox.salesforce.deps.settings;
    const identity = await (await fetch(`${conn.userInfo!.url}?version=62.0`, { headers: { authorization: `Bearer ${conn.accessToken}` } })).json();
    expect(identity).toMatchObject({ urls: { query: `${sandbox.instanceUrl}/services/data/v62.0/query/` } });
    const claims = await (await fetch(`${sandbox.instanceUrl}/services/oauth2/userinfo`, { headers: { authorization: `Bearer ${conn.accessToken}` } })).json();
    expect(claims).toMatchObject({
      sub: `${sandbox.instanceUrl}/id/${orgId}/${adminUser.id}`, user_id: adminUser.id, organization_id: orgId, preferred_username: adminUser.username,
    });
  });

  it('refuses a missing or dead token with the identity service\'s plain-text codes', async () => {
    const { orgId, adminUser } = sandbox.salesforce.deps.settings;
    const url = `${sandbox.instanceUrl}/id/${orgId}/${adminUser.id}`;
    const missing = await fetch(url);
    expect([missing.status, await missing.text()]).toEqual([403, 'Missing_OAuth_Token']);
    const bad = await fetch(`${url}?oauth_token=nope`);
    expect([bad.status, await bad.text()]).toEqual([403, 'Bad_OAuth_Token']);
    const otherUser = await fetch(`${sandbox.instanceUrl}/id/${orgId}/005000000000001AAA`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect([otherUser.status, await otherUser.text()]).toEqual([404, 'Bad_Id']);
  });
});
