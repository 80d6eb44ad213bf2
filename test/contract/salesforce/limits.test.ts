import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { ApiUsage } from '../../../connectors/salesforce/sandbox/state/api-usage.ts';
import { readFixtureJson } from '../../support/fixtures.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { approvedCode, oauthClient } from './oauth-browser.ts';
import { jsforceError as rejection } from '../../support/salesforce-sandbox.ts';

// The org's rolling 24-hour API allocation: /limits, the Sforce-Limit-Info header on every API answer,
// and 403 REQUEST_LIMIT_EXCEEDED once it is spent.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm

const HOUR_MS = 60 * 60 * 1000;
type Allocation = { Max: number; Remaining: number };

describe('GET /limits through jsforce', () => {
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox();
  });
  afterAll(() => sandbox.close());

  it('lists DailyApiRequests with what is left, beside the org\'s other allocations', async () => {
    const conn = sandbox.connection();
    const limits = await conn.limits();
    expect(limits.DailyApiRequests).toEqual({ Max: 100_000, Remaining: 99_999 });
    for (const name of ['DailyBulkV2QueryJobs', 'DailyAsyncApexExecutions', 'DataStorageMB', 'FileStorageMB', 'DailyBulkApiBatches']) {
      expect(limits[name], name).toEqual({ Max: expect.any(Number), Remaining: expect.any(Number) });
    }
  });

  it('serves every entry of the documented example in the same shape', async () => {
    const documented = readFixtureJson<Record<string, Allocation>>('salesforce/docs/limits.response.json');
    const served = await sandbox.connection().limits();
    for (const [name, allocation] of Object.entries(documented)) {
      expect(Object.keys(served[name] ?? {}).sort(), name).toEqual(Object.keys(allocation).sort());
    }
  });

  it('counts each API call in Sforce-Limit-Info, which jsforce reads into limitInfo', async () => {
    const conn = sandbox.connection();
    await conn.limits();
    const before = conn.limitInfo.apiUsage!.used;
    await conn.limits();
    await conn.limits();
    expect(conn.limitInfo.apiUsage).toEqual({ used: before + 2, limit: 100_000 });
  });

  it('does not count OAuth and identity calls, which are not API calls', async () => {
    const conn = sandbox.connection();
    await conn.limits();
    const before = conn.limitInfo.apiUsage!.used;
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const tokens = await oauth2.requestToken(await approvedCode(oauth2));
    await oauth2.refreshToken(tokens.refresh_token!);
    await fetch(`${tokens.id}?oauth_token=${encodeURIComponent(tokens.access_token)}`);
    await conn.limits();
    expect(conn.limitInfo.apiUsage!.used).toBe(before + 1);
  });

  it('answers an unknown API version with 404 NOT_FOUND', async () => {
    const res = await fetch(`${sandbox.instanceUrl}/services/data/v99.0/limits`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  });
});

describe('a spent allocation', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ apiDailyLimit: 3 }, { clock });
  });
  afterAll(() => sandbox.close());

  it('refuses calls with 403 REQUEST_LIMIT_EXCEEDED until the oldest call is 24 hours old', async () => {
    const conn = sandbox.connection();
    await conn.limits();
    clock.advance(HOUR_MS);
    await conn.limits();
    await conn.limits();
    expect(conn.limitInfo.apiUsage).toEqual({ used: 3, limit: 3 });

    const error = await rejection(conn.limits());
    expect(error).toMatchObject({ name: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' });
    const raw = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(raw.status).toBe(403);
    expect(raw.headers.get('sforce-limit-info')).toBe('api-usage=3/3');
    expect(raw.headers.get('retry-after')).toBeNull();
    expect(await raw.json()).toEqual(readFixtureJson('salesforce/docs/error-request-limit.response.json'));

    // The first call leaves the rolling window 24 hours after it was made; the next two an hour later.
    clock.advance(23 * HOUR_MS);
    const limits = await conn.limits();
    expect(limits.DailyApiRequests).toEqual({ Max: 3, Remaining: 0 });
    expect(await rejection(conn.limits())).toMatchObject({ name: 'REQUEST_LIMIT_EXCEEDED' });
    clock.advance(HOUR_MS);
    await expect(conn.limits()).resolves.toMatchObject({ DailyApiRequests: { Max: 3, Remaining: 1 } });
  });
});

describe('an injected rate_limit fault', () => {
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox();
  });
  afterAll(() => sandbox.close());

  it('is Salesforce\'s 403 REQUEST_LIMIT_EXCEEDED (never a 429), keeping a Retry-After the fault asks for', async () => {
    sandbox.running.ctx.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 30, match: { path: '/services/data' } });
    const res = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    sandbox.running.ctx.faults.inject({ kind: 'rate_limit', match: { path: '/services/data' } });
    expect(await rejection(sandbox.connection().limits())).toMatchObject({ name: 'REQUEST_LIMIT_EXCEEDED' });
  });

  it('shapes injected 5xx answers and unknown paths as Salesforce\'s error array too', async () => {
    const call = () => fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 503 });
    const unavailable = await call();
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual([{ message: 'Server is unavailable, please try again later.', errorCode: 'SERVER_UNAVAILABLE' }]);
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 500 });
    const failed = await call();
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual([{ message: expect.stringMatching(/^An unexpected error occurred\. Please include this ErrorId/), errorCode: 'UNKNOWN_EXCEPTION' }]);
    const nowhere = await fetch(`${sandbox.instanceUrl}/services/nowhere`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(nowhere.status).toBe(404);
    expect(await nowhere.json()).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  });
});

describe('ApiUsage, the rolling 24-hour counter', () => {
  it('counts per org, refuses past the limit without counting the refusal, and frees calls minute by minute', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const usage = new ApiUsage({ clock, dailyLimit: 2 });
    expect(usage.take('org-a')).toEqual({ allowed: true, used: 1, max: 2 });
    clock.advance(90_000);
    expect(usage.take('org-a')).toEqual({ allowed: true, used: 2, max: 2 });
    expect(usage.take('org-a')).toEqual({ allowed: false, used: 2, max: 2 });
    expect(usage.take('org-b')).toEqual({ allowed: true, used: 1, max: 2 });
    clock.advance(24 * HOUR_MS - 90_000 - 1);
    expect(usage.peek('org-a').used).toBe(2);
    clock.advance(1);
    expect(usage.peek('org-a').used).toBe(1);
    clock.advance(2 * 60_000);
    expect(usage.peek('org-a').used).toBe(0);
  });

  it('keeps memory flat and stays exact for a million calls', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const usage = new ApiUsage({ clock, dailyLimit: 5_000_000 });
    for (let i = 0; i < 1_000_000; i++) {
      usage.take('org');
      if (i % 1000 === 999) clock.advance(60_000);
    }
    expect(usage.peek('org').used).toBe(1_000_000);
    clock.advance(24 * HOUR_MS);
    expect(usage.peek('org').used).toBe(0);
  });
});
