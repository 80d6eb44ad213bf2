import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSandboxHubspot } from '../../src/commands/install-sandbox-hubspot.ts';
import type { Store } from '../../src/store/index.ts';
import { openMemoryStore } from '../store/store-fixture.ts';
import { startHubspotSandbox } from '../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../support/hubspot-sandbox.ts';

let sandbox: StartedHubspotSandbox;
let store: Store;
beforeEach(async () => {
  sandbox = await startHubspotSandbox();
  store = await openMemoryStore();
});
afterEach(async () => {
  await sandbox.close();
  await store.close();
});

const install = () => installSandboxHubspot({ store, sandboxBaseUrl: sandbox.baseUrl, appUrl: 'http://127.0.0.1:3000' });

describe('installing the app into the sandbox portal', () => {
  it('creates a tenant for the portal the token belongs to', async () => {
    const tenant = await install();
    expect([tenant.crm, tenant.externalAccountId]).toEqual(['hubspot', String(sandbox.hubspot.deps.settings.portalId)]);
  });

  it('stores tokens that the sandbox accepts for API calls', async () => {
    const tenant = await install();
    const tokens = await store.connections.getTokens(tenant.id, 'hubspot');
    const page = await sandbox.client(tokens!.accessToken).crm.owners.ownersApi.getPage();
    expect(page.results.length).toBeGreaterThanOrEqual(0);
    expect(tokens!.refreshToken).toBeTruthy();
  });

  it('goes through the token endpoint and token info, as a real install does', async () => {
    await install();
    const ledger = sandbox.running.ctx.ledger;
    expect([ledger.count('POST /oauth/v1/token'), ledger.count('GET /oauth/v1/access-tokens/:token')]).toEqual([1, 1]);
  });

  it('finds the same tenant when the install runs again', async () => {
    const first = await install();
    const second = await install();
    expect(second.id).toBe(first.id);
    expect(await store.tenants.list()).toHaveLength(1);
  });
});
