import { describe, expect, it } from 'vitest';
import { RecordNotFoundError } from '../../src/store/index.ts';
import type { OAuthTokens } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

const tokens: OAuthTokens = {
  accessToken: 'CJ-access-1',
  refreshToken: 'refresh-1',
  expiresAt: '2025-01-06T09:30:00.000Z',
};

async function connectedStore() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  await store.connections.upsert(tenant.id, {
    vendor: 'salesforce',
    scopes: ['api', 'refresh_token'],
    instanceUrl: 'https://acme.my.salesforce.com',
    externalAccountId: '00D5g000004ABCD',
    tokens,
  });
  return { store, tenantId: tenant.id, ...time };
}

describe('connections', () => {
  it('stores a connection with its metadata and a healthy status', async () => {
    const { store, tenantId } = await connectedStore();
    expect(await store.connections.get(tenantId, 'salesforce')).toEqual({
      tenantId,
      vendor: 'salesforce',
      status: 'healthy',
      statusReason: null,
      scopes: ['api', 'refresh_token'],
      instanceUrl: 'https://acme.my.salesforce.com',
      externalAccountId: '00D5g000004ABCD',
      createdAt: '2025-01-06T09:00:00.000Z',
      updatedAt: '2025-01-06T09:00:00.000Z',
    });
  });

  it('returns the decrypted tokens saved with the connection', async () => {
    const { store, tenantId } = await connectedStore();
    expect(await store.connections.getTokens(tenantId, 'salesforce')).toEqual(tokens);
  });

  it('replaces the refresh token when a refresh rotates it', async () => {
    const { store, tenantId } = await connectedStore();
    await store.connections.saveTokens(tenantId, 'salesforce', {
      accessToken: 'CJ-access-2', refreshToken: 'refresh-2', expiresAt: '2025-01-06T10:30:00.000Z',
    });
    expect(await store.connections.getTokens(tenantId, 'salesforce')).toEqual({
      accessToken: 'CJ-access-2', refreshToken: 'refresh-2', expiresAt: '2025-01-06T10:30:00.000Z',
    });
  });

  it('keeps the stored refresh token when a refresh does not rotate it', async () => {
    const { store, tenantId } = await connectedStore();
    await store.connections.saveTokens(tenantId, 'salesforce', { accessToken: 'CJ-access-2', expiresAt: null });
    expect(await store.connections.getTokens(tenantId, 'salesforce')).toEqual({
      accessToken: 'CJ-access-2', refreshToken: 'refresh-1', expiresAt: null,
    });
  });

  it('normalises token expiry to a UTC ISO timestamp', async () => {
    const { store, tenantId } = await connectedStore();
    await store.connections.saveTokens(tenantId, 'salesforce', { accessToken: 'a', expiresAt: '2025-01-06T11:30:00+01:00' });
    expect((await store.connections.getTokens(tenantId, 'salesforce'))?.expiresAt).toBe('2025-01-06T10:30:00.000Z');
  });

  it('refuses to save tokens for a connection that does not exist', async () => {
    const { store, tenantId } = await connectedStore();
    await expect(store.connections.saveTokens(tenantId, 'calendly', { accessToken: 'x', expiresAt: null }))
      .rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('records a status change with its reason, and a reconnect makes it healthy again', async () => {
    const { store, tenantId, advance } = await connectedStore();
    advance(5_000);
    const marked = await store.connections.markStatus(tenantId, 'salesforce', 'needs_reauth', 'refresh failed: invalid_grant');
    expect(marked).toMatchObject({ status: 'needs_reauth', statusReason: 'refresh failed: invalid_grant', updatedAt: '2025-01-06T09:00:05.000Z' });

    const reconnected = await store.connections.upsert(tenantId, { vendor: 'salesforce', scopes: ['api'], tokens });
    expect(reconnected).toMatchObject({ status: 'healthy', statusReason: null, scopes: ['api'], createdAt: '2025-01-06T09:00:00.000Z' });
  });

  it('deletes a connection together with its tokens', async () => {
    const { store, tenantId } = await connectedStore();
    expect(await store.connections.delete(tenantId, 'salesforce')).toBe(true);
    expect(await store.connections.get(tenantId, 'salesforce')).toBeUndefined();
    expect(await store.connections.getTokens(tenantId, 'salesforce')).toBeUndefined();
    expect(await store.connections.delete(tenantId, 'salesforce')).toBe(false);
  });

  it('keeps API-key vendors as an access token without refresh token or expiry', async () => {
    const { store, tenantId } = await connectedStore();
    await store.connections.upsert(tenantId, {
      vendor: 'clearbit', scopes: [], tokens: { accessToken: 'sk_clearbit', refreshToken: null, expiresAt: null },
    });
    expect(await store.connections.getTokens(tenantId, 'clearbit'))
      .toEqual({ accessToken: 'sk_clearbit', refreshToken: null, expiresAt: null });
    expect((await store.connections.list(tenantId)).map((c) => c.vendor)).toEqual(['clearbit', 'salesforce']);
  });
});
