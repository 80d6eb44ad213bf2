import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultInjector, listenSandboxes } from '../../src/sandbox-kit/index.ts';
import type { ListeningSandboxes } from '../../src/sandbox-kit/index.ts';
import { echoVendor } from './echo-vendor.ts';

describe('fault injector', () => {
  const injector = () => new FaultInjector({ onExpireTokens: () => {} });

  it('fires a fault once by default', () => {
    const faults = injector();
    faults.inject({ kind: 'server_error', status: 502 });
    expect(faults.take('GET', '/a')?.kind).toBe('server_error');
    expect(faults.take('GET', '/a')).toBeUndefined();
  });

  it('lets the first calls through when asked to fail a later one', () => {
    const faults = injector();
    faults.inject({ kind: 'drop', after: 2 });
    expect([faults.take('GET', '/p'), faults.take('GET', '/p'), faults.take('GET', '/p')?.kind]).toEqual([undefined, undefined, 'drop']);
  });

  it('matches on method and path prefix only', () => {
    const faults = injector();
    faults.inject({ kind: 'rate_limit', match: { method: 'post', path: '/crm/v3/objects' } });
    expect(faults.take('GET', '/crm/v3/objects/contacts')).toBeUndefined();
    expect(faults.take('POST', '/crm/v4/associations')).toBeUndefined();
    expect(faults.take('POST', '/crm/v3/objects/contacts/batch/upsert')?.kind).toBe('rate_limit');
  });

  it('keeps an "always" fault until cleared', () => {
    const faults = injector();
    faults.inject({ kind: 'server_error', times: 'always' });
    expect(faults.take('GET', '/x')).toBeDefined();
    expect(faults.take('GET', '/x')).toBeDefined();
    faults.clear();
    expect(faults.take('GET', '/x')).toBeUndefined();
  });

  it('faults a steady share of calls with every: N', () => {
    const faults = injector();
    faults.inject({ kind: 'server_error', times: 'always', every: 10 });
    const faulted = Array.from({ length: 100 }, () => faults.take('GET', '/x')).filter((f) => f !== undefined);
    expect(faulted).toHaveLength(10);
  });

  it('expires tokens at once instead of waiting for a request', () => {
    let expired = 0;
    const faults = new FaultInjector({ onExpireTokens: () => (expired += 1) });
    faults.inject({ kind: 'expire_tokens' });
    expect(expired).toBe(1);
    expect(faults.list()).toEqual([]);
  });
});

describe('faults over HTTP', () => {
  let host: ListeningSandboxes;
  let base: string;
  let auth: Record<string, string>;
  beforeEach(async () => {
    host = await listenSandboxes({ vendors: [{ vendor: 'echo', create: echoVendor }] });
    base = host.get('echo').baseUrl();
    auth = { authorization: `Bearer ${host.get('echo').sandbox.readyAccessToken()}` };
  });
  afterEach(() => host.close());

  it('drops the connection without an answer', async () => {
    host.get('echo').ctx.faults.inject({ kind: 'drop' });
    await expect(fetch(`${base}/api/items/1`, { headers: auth })).rejects.toThrow();
  });

  it('answers an injected 5xx in the vendor shape', async () => {
    host.get('echo').ctx.faults.inject({ kind: 'server_error', status: 503 });
    const res = await fetch(`${base}/api/items/1`, { headers: auth });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ echo: 'server_error', status: 503 });
  });

  it('answers an injected status with the given body and headers', async () => {
    host.get('echo').ctx.faults.inject({ kind: 'status', status: 423, headers: { 'x-why': 'locked' }, body: { locked: true } });
    const res = await fetch(`${base}/api/items/1`, { headers: auth });
    expect([res.status, res.headers.get('x-why'), await res.json()]).toEqual([423, 'locked', { locked: true }]);
  });

  it('makes every issued token answer as expired after expire_tokens', async () => {
    host.get('echo').ctx.faults.inject({ kind: 'expire_tokens' });
    const res = await fetch(`${base}/api/items/1`, { headers: auth });
    expect(await res.json()).toEqual({ echo: 'unauthorized', reason: 'expired' });
  });

  it('holds a timed-out call until the client gives up', async () => {
    host.get('echo').ctx.faults.inject({ kind: 'timeout', holdMs: 60_000 });
    await expect(fetch(`${base}/api/items/1`, { headers: auth, signal: AbortSignal.timeout(200) })).rejects.toThrow();
  });
});

describe('the ledger under faults', () => {
  it('counts a dropped call as received with status 0', async () => {
    const own = await listenSandboxes({ vendors: [{ vendor: 'echo', create: echoVendor }] });
    own.get('echo').ctx.faults.inject({ kind: 'drop' });
    const token = own.get('echo').sandbox.readyAccessToken();
    await expect(fetch(`${own.get('echo').baseUrl()}/api/items/1`, { headers: { authorization: `Bearer ${token}` } })).rejects.toThrow();
    await own.close();
    expect(own.get('echo').ctx.ledger.byEndpoint()).toEqual([{ endpoint: 'GET /api/items/:id', calls: 1, byStatus: { 0: 1 } }]);
  });

  it('folds record ids in calls refused before routing, so counts do not split per record', async () => {
    const own = await listenSandboxes({ vendors: [{ vendor: 'echo', create: echoVendor }] });
    const base = own.get('echo').baseUrl();
    await fetch(`${base}/api/items/33451`);
    await fetch(`${base}/api/items/33452`);
    await own.close();
    expect(own.get('echo').ctx.ledger.byEndpoint()).toEqual([{ endpoint: 'GET /api/items/:id', calls: 2, byStatus: { 401: 2 } }]);
  });
});
