import { describe, expect, it } from 'vitest';
import { ConnectionNeedsReauthError, createTokenKeeper, tokenSession } from '../../src/connections/index.ts';
import type { TokenKeeperOptions } from '../../src/connections/index.ts';
import { VendorCallError, callWithRetry } from '../../src/connector-kit/index.ts';
import type { FailureKind } from '../../src/connector-kit/index.ts';
import type { RefreshedTokens } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from '../store/store-fixture.ts';

// The token keeper against a real store and a refresher that counts its calls: tokens renew once,
// ahead of expiry or after a refusal, and a refused refresh pauses the connection until a reconnect.

const MINUTE = 60_000;
const START = '2026-03-02T09:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

/** Hands out at-2, at-3… (at-n expiring n hours after the start); rotates when asked; fails with scripted kinds first. */
function countingRefresher(options: { rotate?: boolean; failWith?: FailureKind[]; noExpiry?: boolean } = {}) {
  const failures = [...(options.failWith ?? [])];
  const seen: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    seen,
    /** Holds every refresh until the returned function is called, so callers really overlap. */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    refresh: async (refreshToken: string): Promise<RefreshedTokens> => {
      seen.push(refreshToken);
      await gate;
      const kind = failures.shift();
      if (kind) throw new VendorCallError({ vendor: 'hubspot', kind, status: 400, vendorMessage: kind === 'forbidden' ? 'invalid_grant: refresh token is revoked' : kind });
      const n = seen.length + 1;
      const expiresAt = options.noExpiry ? null : at(n * 60 * MINUTE);
      return { accessToken: `at-${n}`, expiresAt, ...(options.rotate ? { refreshToken: `rt-${n}` } : {}) };
    },
  };
}

async function connected(options: { refresher?: ReturnType<typeof countingRefresher>; expiresAt?: string | null; refreshToken?: string | null } = {}) {
  const time = manualClock(START);
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  const tokens = { accessToken: 'at-1', refreshToken: options.refreshToken === undefined ? 'rt-1' : options.refreshToken, expiresAt: options.expiresAt === undefined ? at(30 * MINUTE) : options.expiresAt };
  await store.connections.upsert(tenant.id, { vendor: 'hubspot', scopes: ['oauth'], tokens });
  const refresher = options.refresher ?? countingRefresher();
  const unhealthy: Array<[string, string, string]> = [];
  const sleeps: number[] = [];
  const keeperOptions: TokenKeeperOptions = {
    connections: store.connections,
    refreshers: { hubspot: refresher.refresh },
    clock: time.clock,
    onUnhealthy: (tenantId, vendor, reason) => void unhealthy.push([tenantId, vendor, reason]),
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
  };
  const keeper = createTokenKeeper(keeperOptions);
  return { time, store, tenantId: tenant.id, keeper, refresher, unhealthy, sleeps };
}

describe('handing out access tokens', () => {
  it('hands out the stored token without calling the vendor while it is fresh', async () => {
    const { keeper, tenantId, refresher, time } = await connected();
    time.advance(24 * MINUTE);
    expect(await keeper.accessToken(tenantId, 'hubspot')).toBe('at-1');
    expect(refresher.seen).toEqual([]);
  });

  it('refreshes a token that expires within five minutes before handing it out, and stores the new one', async () => {
    const { keeper, tenantId, refresher, time, store } = await connected();
    time.advance(26 * MINUTE);
    expect(await keeper.accessToken(tenantId, 'hubspot')).toBe('at-2');
    expect(refresher.seen).toEqual(['rt-1']);
    expect(await store.connections.getTokens(tenantId, 'hubspot')).toEqual({ accessToken: 'at-2', refreshToken: 'rt-1', expiresAt: at(120 * MINUTE) });
    expect(await keeper.accessToken(tenantId, 'hubspot')).toBe('at-2');
    expect(refresher.seen).toHaveLength(1);
  });

  it('uses a token with no expiry (Salesforce) until the vendor refuses it', async () => {
    const { keeper, tenantId, refresher, time } = await connected({ expiresAt: null, refresher: countingRefresher({ noExpiry: true }) });
    time.advance(30 * 24 * 60 * MINUTE);
    expect(await keeper.accessToken(tenantId, 'hubspot')).toBe('at-1');
    expect(await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).toBe('at-2');
    expect(refresher.seen).toEqual(['rt-1']);
  });
});

describe('refreshing after a refusal', () => {
  it('refreshes once for twenty calls refused at the same time, and gives them all the new token', async () => {
    const { keeper, tenantId, refresher } = await connected();
    const release = refresher.hold();
    const waiting = Array.from({ length: 20 }, () => keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1'));
    const meanwhile = keeper.accessToken(tenantId, 'hubspot');
    release();
    expect(new Set(await Promise.all([...waiting, meanwhile]))).toEqual(new Set(['at-2']));
    expect(refresher.seen).toEqual(['rt-1']);
  });

  it('does not refresh when the refused token was already replaced by another caller', async () => {
    const { keeper, tenantId, refresher } = await connected();
    expect(await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).toBe('at-2');
    expect(await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).toBe('at-2');
    expect(refresher.seen).toEqual(['rt-1']);
  });

  it('saves a rotated refresh token and refreshes with it next time', async () => {
    const { keeper, tenantId, refresher, store } = await connected({ refresher: countingRefresher({ rotate: true }) });
    await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1');
    expect(await store.connections.getTokens(tenantId, 'hubspot')).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-2' });
    await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-2');
    expect(refresher.seen).toEqual(['rt-1', 'rt-2']);
    expect(await store.connections.getTokens(tenantId, 'hubspot')).toMatchObject({ accessToken: 'at-3', refreshToken: 'rt-3' });
  });

  it('retries a refresh that failed for a passing reason, with backoff', async () => {
    const { keeper, tenantId, refresher, sleeps, unhealthy } = await connected({ refresher: countingRefresher({ failWith: ['network', 'vendor_down'] }) });
    expect(await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).toBe('at-4');
    expect(refresher.seen).toEqual(['rt-1', 'rt-1', 'rt-1']);
    expect(sleeps).toEqual([500, 1000]);
    expect(unhealthy).toEqual([]);
  });

  it('throws a passing failure that outlasts the retries and leaves the connection healthy', async () => {
    const { keeper, tenantId, store, unhealthy } = await connected({ refresher: countingRefresher({ failWith: ['vendor_down', 'vendor_down', 'vendor_down'] }) });
    await expect(keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).rejects.toMatchObject({ name: 'VendorCallError', kind: 'vendor_down' });
    expect((await store.connections.get(tenantId, 'hubspot'))?.status).toBe('healthy');
    expect(unhealthy).toEqual([]);
  });
});

describe('a refresh the vendor refuses', () => {
  const reason = 'refresh failed: invalid_grant: refresh token is revoked';

  it('marks the connection needs_reauth, says so once, and fails every caller with the reason', async () => {
    const { keeper, tenantId, store, unhealthy } = await connected({ refresher: countingRefresher({ failWith: ['forbidden'] }) });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as unknown;
      expect(error).toBeInstanceOf(ConnectionNeedsReauthError);
      expect(error).toMatchObject({ tenantId, vendor: 'hubspot', reason });
      expect((error as Error).message).toMatch(/An admin must reconnect HubSpot/);
    }
    expect(await store.connections.get(tenantId, 'hubspot')).toMatchObject({ status: 'needs_reauth', statusReason: reason });
    expect(unhealthy).toEqual([[tenantId, 'hubspot', reason]]);
  });

  it('fails later calls fast, without calling the vendor, until the admin reconnects', async () => {
    const { keeper, tenantId, store, refresher, unhealthy } = await connected({ refresher: countingRefresher({ failWith: ['forbidden'] }) });
    await expect(keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).rejects.toBeInstanceOf(ConnectionNeedsReauthError);

    await expect(keeper.accessToken(tenantId, 'hubspot')).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', reason });
    await expect(keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-1')).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', reason });
    expect(refresher.seen).toEqual(['rt-1']);
    expect(unhealthy).toHaveLength(1);

    await store.connections.upsert(tenantId, { vendor: 'hubspot', scopes: ['oauth'], tokens: { accessToken: 'at-new', refreshToken: 'rt-new', expiresAt: at(30 * MINUTE) } });
    expect(await keeper.accessToken(tenantId, 'hubspot')).toBe('at-new');
    expect(await keeper.refreshAfterRejection(tenantId, 'hubspot', 'at-new')).toBe('at-3');
    expect(refresher.seen).toEqual(['rt-1', 'rt-new']);
  });

  it('treats an expiring token with no refresh token as a connection to reconnect', async () => {
    const { keeper, tenantId, time, refresher, unhealthy } = await connected({ refreshToken: null });
    time.advance(29 * MINUTE);
    await expect(keeper.accessToken(tenantId, 'hubspot')).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', reason: 'the access token cannot be renewed: no refresh token' });
    expect(refresher.seen).toEqual([]);
    expect(unhealthy).toHaveLength(1);
  });

  it('names a connection that does not exist without touching the store', async () => {
    const { keeper } = await connected();
    await expect(keeper.accessToken('no-such-tenant', 'hubspot')).rejects.toMatchObject({ name: 'ConnectionNeedsReauthError', reason: 'not connected' });
  });
});

describe('with callWithRetry', () => {
  it('renews a refused token once for twenty calls and sends each call again with the new token', async () => {
    const { keeper, tenantId, refresher } = await connected();
    const accepted = new Set(['at-2']);
    let sent = 0;
    const results = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const session = tokenSession(keeper, tenantId, 'hubspot');
      return callWithRetry(async () => {
        sent += 1;
        const token = await session.token();
        if (!accepted.has(token)) throw new VendorCallError({ vendor: 'hubspot', kind: 'auth_expired', status: 401, vendorMessage: 'EXPIRED_AUTHENTICATION' });
        return `${i}:${token}`;
      }, { classify: (error) => error as VendorCallError, reauthorize: session.reauthorize });
    }));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => `${i}:at-2`));
    expect(sent).toBe(40);
    expect(refresher.seen).toEqual(['rt-1']);
  });
});
