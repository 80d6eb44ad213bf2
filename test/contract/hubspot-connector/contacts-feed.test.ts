import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotContactFeed } from '../../../connectors/hubspot/index.ts';
import type { FeedCursor, FeedPage } from '../../../src/connector-kit/index.ts';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The contact change feed against the HubSpot sandbox, driven through the official SDK. Limits are
// raised so 12,000 records page without meeting the search window (the limiter is the connector's).
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const T0 = Date.UTC(2025, 0, 1);
const BULK_AT = T0 + 5_000;

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 }, searchPerSecond: 100_000 });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.records.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

/** Contacts before, inside (12,000 on one millisecond, as a month-end bulk update leaves them) and after a tie run. */
function seed(): string[] {
  const ids: string[] = [];
  const add = (i: number, at: number) =>
    ids.push(sb.hubspot.state.records.create('contacts', { email: `c${i}@seed.example`, lastname: `L${i}` }, IMPORT, { createdAt: T0, updatedAt: at, silent: true }).id);
  for (let i = 0; i < 250; i++) add(i, T0 + Math.floor(i / 3)); // small runs of three equal times
  for (let i = 250; i < 12_250; i++) add(i, BULK_AT);
  for (let i = 12_250; i < 12_400; i++) add(i, BULK_AT + 1 + (i % 40));
  return ids;
}

const feed = (sleep?: (ms: number) => Promise<void>) =>
  hubspotContactFeed(createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token }), sleep ? { sleep } : {});

async function read(pages: AsyncIterable<FeedPage<CanonicalContact>>, stopAfter = Infinity) {
  const ids: string[] = [];
  let calls = 0;
  let cursor: FeedCursor | undefined;
  let seen = 0;
  for await (const page of pages) {
    ids.push(...page.records.map((r) => r.source.id));
    calls += page.calls;
    cursor = page.cursor;
    if (++seen >= stopAfter) break;
  }
  return { ids, calls, cursor };
}

const sorted = (ids: string[]) => [...ids].sort((a, b) => Number(a) - Number(b));

describe('hubspotContactFeed against the sandbox', () => {
  it('reads every contact exactly once, 12,000 sharing one modified time included, counting every call', async () => {
    const seeded = seed();
    const { ids, calls } = await read(feed().pages({ pageSize: 200 }));
    expect(ids.length).toBe(seeded.length);
    expect(sorted(ids)).toEqual(sorted(seeded));
    expect(calls).toBe(sb.running.ctx.ledger.count());
    // 62 pages hold 12,400 records at 200 a page; the tie run costs a re-read of its first page, and
    // its last id-keyed page is followed by the range page after it: 64 measured.
    expect(calls).toBe(Math.ceil(seeded.length / 200) + 2);
  });

  it('resumes from a cursor saved inside the tie run and returns exactly the rest', async () => {
    const seeded = seed();
    const first = await read(feed().pages({ pageSize: 200 }), 20);
    expect(first.cursor?.modifiedAt).toBe(new Date(BULK_AT).toISOString());
    const rest = await read(feed().pages({ after: first.cursor, pageSize: 200 }));
    expect(sorted([...first.ids, ...rest.ids])).toEqual(sorted(seeded));
    expect(new Set([...first.ids, ...rest.ids]).size).toBe(seeded.length);
  });

  it('resumes from the last cursor of a finished read with nothing new', async () => {
    seed();
    const all = await read(feed().pages({ pageSize: 200 }));
    const again = await read(feed().pages({ after: all.cursor, pageSize: 200 }));
    expect([again.ids, again.calls]).toEqual([[], 2]);
  });

  it('retries an injected 429 (after its Retry-After) and an injected 503, without waiting', async () => {
    for (let i = 0; i < 30; i++) sb.hubspot.state.records.create('contacts', { email: `r${i}@seed.example` }, IMPORT, { updatedAt: T0 + i, silent: true });
    sb.running.ctx.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 4, times: 1 });
    sb.running.ctx.faults.inject({ kind: 'server_error', status: 503, times: 1 });
    const waits: number[] = [];
    const { ids, calls } = await read(feed(async (ms) => void waits.push(ms)).pages({ pageSize: 10 }));
    expect(ids.length).toBe(30);
    expect(calls).toBe(sb.running.ctx.ledger.count());
    expect(sb.running.ctx.ledger.recent().map((e) => e.status).filter((s) => s !== 200).sort()).toEqual([429, 503]);
    expect(waits[0]).toBe(4000);
    expect(waits.length).toBe(2);
  });
});
