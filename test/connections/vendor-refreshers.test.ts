import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubspotSdk, exchangeHubspotCode, hubspotSandboxApp, refreshHubspotTokens } from '../../connectors/hubspot/index.ts';
import { classifySalesforceFailure, createSalesforceConnection, refreshSalesforceTokens, salesforceTokenUrl } from '../../connectors/salesforce/index.ts';
import { ConnectionNeedsReauthError, createTokenKeeper, tokenSession } from '../../src/connections/index.ts';
import { callWithRetry } from '../../src/connector-kit/index.ts';
import { ManualClock } from '../../src/sandbox-kit/index.ts';
import type { Store } from '../../src/store/index.ts';
import { startHubspotSandbox } from '../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../support/hubspot-sandbox.ts';
import { pressConsent } from '../support/oauth-consent.ts';
import { startSalesforceSandbox } from '../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../support/salesforce-sandbox.ts';
import { approvedCode, oauthClient } from '../contract/salesforce/oauth-browser.ts';
import { createTenant, openMemoryStore } from '../store/store-fixture.ts';

// The vendor refreshers against each sandbox's real token endpoint, driven by the token keeper and a store.

const noSleep = { sleep: async () => {} };
let installs = 0;
const nextAccountId = () => String(4_000_000 + ++installs);

describe('HubSpot: 30-minute tokens, refresh token not rotated', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  const now = () => new Date(clock.now());
  let sandbox: StartedHubspotSandbox;
  let store: Store;
  beforeAll(async () => {
    sandbox = await startHubspotSandbox({}, { clock });
    store = await openMemoryStore({ clock: now });
  });
  afterAll(() => sandbox.close());

  async function install(): Promise<{ tenantId: string; refreshToken: string }> {
    const redirectUri = 'http://127.0.0.1:9/oauth/hubspot/callback';
    const link = new URL(`${sandbox.baseUrl}/oauth/authorize`);
    for (const [name, value] of Object.entries({ client_id: hubspotSandboxApp.clientId, redirect_uri: redirectUri, scope: 'oauth crm.objects.owners.read' })) {
      link.searchParams.set(name, value);
    }
    const code = (await pressConsent(link)).searchParams.get('code')!;
    const tokens = await exchangeHubspotCode(createHubspotSdk({ baseUrl: sandbox.baseUrl }), { code, redirectUri, ...hubspotSandboxApp }, () => clock.now());
    const tenant = await createTenant(store, nextAccountId());
    await store.connections.upsert(tenant.id, {
      vendor: 'hubspot', scopes: ['oauth'], tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt.toISOString() },
    });
    return { tenantId: tenant.id, refreshToken: tokens.refreshToken };
  }

  const keeper = () => createTokenKeeper({
    connections: store.connections,
    refreshers: { hubspot: (refreshToken) => refreshHubspotTokens(createHubspotSdk({ baseUrl: sandbox.baseUrl }), { refreshToken, ...hubspotSandboxApp }, () => clock.now()) },
    clock: now,
    retry: noSleep,
  });

  it('refreshes a token about to expire through the token endpoint, and the new one calls the API', async () => {
    const { tenantId, refreshToken } = await install();
    const before = await store.connections.getTokens(tenantId, 'hubspot');
    clock.advance(26 * 60_000);
    const token = await keeper().accessToken(tenantId, 'hubspot');
    expect(token).not.toBe(before?.accessToken);
    expect(await store.connections.getTokens(tenantId, 'hubspot')).toEqual({
      accessToken: token, refreshToken, expiresAt: new Date(clock.now() + 1800 * 1000).toISOString(),
    });
    clock.advance(10 * 60_000); // the old token has expired by now; the new one has not
    expect((await sandbox.client(token).crm.owners.ownersApi.getPage()).results).toEqual([]);
  });

  it('marks the connection needs_reauth when HubSpot refuses a revoked refresh token', async () => {
    const { tenantId, refreshToken } = await install();
    await sandbox.client().oauth.refreshTokensApi.archive(refreshToken);
    const unhealthy: string[] = [];
    const tokens = await store.connections.getTokens(tenantId, 'hubspot');
    const refusal = createTokenKeeper({
      connections: store.connections,
      refreshers: { hubspot: (rt) => refreshHubspotTokens(createHubspotSdk({ baseUrl: sandbox.baseUrl }), { refreshToken: rt, ...hubspotSandboxApp }) },
      onUnhealthy: (_t, _v, reason) => void unhealthy.push(reason),
      retry: noSleep,
    }).refreshAfterRejection(tenantId, 'hubspot', tokens!.accessToken);
    await expect(refusal).rejects.toBeInstanceOf(ConnectionNeedsReauthError);
    expect(unhealthy).toEqual(['refresh failed: invalid_grant: BAD_REFRESH_TOKEN: missing or unknown refresh token']);
    expect((await store.connections.get(tenantId, 'hubspot'))?.status).toBe('needs_reauth');
  });
});

describe('Salesforce: no expiry, refresh tokens rotated', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  const now = () => new Date(clock.now());
  let sandbox: StartedSalesforceSandbox;
  let store: Store;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ rotateRefreshTokens: true, sessionTtlSeconds: 7200 }, { clock });
    store = await openMemoryStore({ clock: now });
  });
  afterAll(() => sandbox.close());

  const app = () => ({ tokenUrl: salesforceTokenUrl(sandbox.instanceUrl), clientId: sandbox.clientId, clientSecret: sandbox.clientSecret });

  async function install(): Promise<{ tenantId: string; refreshToken: string }> {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const answer = await oauth2.requestToken(await approvedCode(oauth2));
    const tenant = await createTenant(store, nextAccountId(), 'salesforce');
    await store.connections.upsert(tenant.id, {
      vendor: 'salesforce', scopes: ['api', 'refresh_token'], instanceUrl: answer.instance_url,
      tokens: { accessToken: answer.access_token, refreshToken: answer.refresh_token!, expiresAt: null },
    });
    return { tenantId: tenant.id, refreshToken: answer.refresh_token! };
  }

  it('refreshes after INVALID_SESSION_ID, replays the call once, and stores the rotated refresh token', async () => {
    const { tenantId, refreshToken } = await install();
    const keeper = createTokenKeeper({ connections: store.connections, refreshers: { salesforce: (rt) => refreshSalesforceTokens(app(), rt) }, clock: now, retry: noSleep });
    clock.advance(7200 * 1000); // the session timed out; Salesforce said nothing of when
    const session = tokenSession(keeper, tenantId, 'salesforce');
    let sent = 0;
    const limits = await callWithRetry(async () => {
      sent += 1;
      // No oauth2 on the connection: jsforce would otherwise refresh by itself, around the keeper.
      return createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: await session.token() }).limits();
    }, { classify: classifySalesforceFailure, reauthorize: session.reauthorize, ...noSleep });

    expect(limits.DailyApiRequests).toBeDefined();
    expect(sent).toBe(2);
    const stored = await store.connections.getTokens(tenantId, 'salesforce');
    expect(stored?.refreshToken).toBeTruthy();
    expect(stored?.refreshToken).not.toBe(refreshToken);
    expect(stored?.expiresAt).toBeNull();
    // Rotation means the old refresh token is refused from now on: only the stored one works.
    await expect(refreshSalesforceTokens(app(), refreshToken)).rejects.toMatchObject({ kind: 'forbidden', status: 400, vendorMessage: 'invalid_grant: expired access/refresh token' });
    await expect(keeper.refreshAfterRejection(tenantId, 'salesforce', stored!.accessToken)).resolves.toEqual(expect.any(String));
  });

  it('answers in the RefreshedTokens shape with the instance URL', async () => {
    const { refreshToken } = await install();
    const refreshed = await refreshSalesforceTokens(app(), refreshToken);
    expect(refreshed).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresAt: null, instanceUrl: sandbox.instanceUrl });
  });

  it('marks the connection needs_reauth when the refresh token was revoked, and stops calling Salesforce', async () => {
    const { tenantId, refreshToken } = await install();
    await oauthClient(sandbox.instanceUrl).revokeToken(refreshToken);
    let refreshes = 0;
    const keeper = createTokenKeeper({
      connections: store.connections, retry: noSleep,
      refreshers: { salesforce: (rt) => (refreshes++, refreshSalesforceTokens(app(), rt)) },
    });
    const reason = 'refresh failed: invalid_grant: expired access/refresh token';
    const { accessToken } = (await store.connections.getTokens(tenantId, 'salesforce'))!;
    await expect(keeper.refreshAfterRejection(tenantId, 'salesforce', accessToken)).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', reason });
    expect(await store.connections.get(tenantId, 'salesforce')).toMatchObject({ status: 'needs_reauth', statusReason: reason });
    await expect(keeper.accessToken(tenantId, 'salesforce')).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', vendor: 'salesforce', reason });
    expect(refreshes).toBe(1);
  });
});
