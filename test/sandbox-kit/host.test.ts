import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenSandboxes } from '../../src/sandbox-kit/index.ts';
import type { ListeningSandboxes } from '../../src/sandbox-kit/index.ts';
import { echoVendor } from './echo-vendor.ts';
import { isLoopback } from '../../src/sandbox-kit/controls.ts';

let host: ListeningSandboxes;
let base: string;
let token: string;

beforeEach(async () => {
  host = await listenSandboxes({ vendors: [{ vendor: 'echo', create: echoVendor }] });
  base = host.get('echo').baseUrl();
  token = host.get('echo').sandbox.readyAccessToken();
});
afterEach(() => host.close());

const auth = () => ({ authorization: `Bearer ${token}` });

describe('sandbox host', () => {
  it('serves each vendor on 127.0.0.1 under its own base path', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/echo$/);
    const res = await fetch(`${base}/public/ping`);
    expect(await res.json()).toEqual({ pong: true });
  });

  it('refuses API calls without a token in the vendor shape', async () => {
    const res = await fetch(`${base}/api/items/7`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ echo: 'unauthorized', reason: 'missing' });
  });

  it('answers unknown paths with the vendor 404, not express HTML', async () => {
    const res = await fetch(`${base}/nowhere`, { headers: auth() });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ echo: 'not_found' });
  });

  it('turns a route that throws into the vendor 500 without leaking the stack', async () => {
    const res = await fetch(`${base}/api/crash`, { headers: auth() });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toContain('secret internal detail');
    expect(JSON.parse(text)).toEqual({ echo: 'server_error', status: 500 });
  });

  it('answers malformed JSON with the vendor 400', async () => {
    const res = await fetch(`${base}/api/items`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"name":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { echo: string }).echo).toBe('bad_request');
  });
});

describe('call ledger', () => {
  it('counts calls by route pattern so ids do not split the count', async () => {
    await fetch(`${base}/api/items/1`, { headers: auth() });
    await fetch(`${base}/api/items/2`, { headers: auth() });
    expect(host.get('echo').ctx.ledger.count('GET /api/items/:id')).toBe(2);
  });

  it('does not count sandbox control calls', async () => {
    await fetch(`${base}/__sandbox/state`);
    expect(host.get('echo').ctx.ledger.count()).toBe(0);
  });
});

describe('controls under /__sandbox', () => {
  it('shows the vendor state', async () => {
    const res = await fetch(`${base}/__sandbox/state`);
    expect(await res.json()).toEqual({ items: ['seeded'] });
  });

  it('resets the state to the seed', async () => {
    await fetch(`${base}/api/items`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"name":"x"}' });
    await fetch(`${base}/__sandbox/reset`, { method: 'POST' });
    expect(host.get('echo').sandbox.inspect()).toEqual({ items: ['seeded'] });
  });

  it('arms a fault from a JSON request and applies it to the next matching call', async () => {
    const armed = await fetch(`${base}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'rate_limit', retryAfterSeconds: 3, match: { method: 'GET', path: '/api/items' } }),
    });
    expect(armed.status).toBe(201);
    const limited = await fetch(`${base}/api/items/1`, { headers: auth() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    const next = await fetch(`${base}/api/items/1`, { headers: auth() });
    expect(next.status).toBe(200);
  });

  it('rejects a malformed fault with the field that is wrong', async () => {
    const res = await fetch(`${base}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'server_error', status: 200 }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: Array<{ path: string }> };
    expect(body.issues[0]?.path).toBe('0.status');
  });

  it('sets a latency for every call of the vendor', async () => {
    const res = await fetch(`${base}/__sandbox/latency`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"ms":5}' });
    expect(res.status).toBe(204);
    expect(host.get('echo').ctx.faults.defaultLatency()).toBe(5);
  });
});

describe('shutdown', () => {
  it('stops each vendor sandbox background work when the host closes', async () => {
    let closed = 0;
    const other = await listenSandboxes({
      vendors: [{ vendor: 'echo', create: (ctx, options) => ({ ...echoVendor(ctx, options), close: () => void (closed += 1) }) }],
    });
    await other.close();
    expect(closed).toBe(1);
  });
});

describe('who may use the controls', () => {
  it.each([['127.0.0.1', true], ['::ffff:127.0.0.1', true], ['::1', true], ['10.0.0.5', false], ['::ffff:172.17.0.1', false], [undefined, false]])(
    'treats %s as loopback: %s',
    (address, expected) => {
      expect(isLoopback(address)).toBe(expected);
    },
  );
});
