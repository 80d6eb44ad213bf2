import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import type { FeedCursor, FeedPage } from '../../../src/connector-kit/index.ts';
import { createSalesforceConnection, salesforcePeopleFeed } from '../../../connectors/salesforce/index.ts';
import type { SalesforcePeopleFeedOptions } from '../../../connectors/salesforce/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The Lead change feed through jsforce against the sandbox org. 1,200 leads a second apart, then 5,000
// sharing one SystemModstamp (a bulk update), written straight into the org's state; calls come from the ledger.
const SPREAD = 1200;
const BULK = 5000;
const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
let sandbox: StartedSalesforceSandbox;
const leadIds: string[] = [];
let convertedLeadId = '';
let contactId = '';

const feedOf = (options: Partial<SalesforcePeopleFeedOptions> = {}) => salesforcePeopleFeed(
  createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token }),
  { sobject: 'Lead', ...options },
);

async function readAll<T>(pages: AsyncIterable<FeedPage<T>>, limit = Infinity): Promise<Array<FeedPage<T>>> {
  const read: Array<FeedPage<T>> = [];
  for await (const page of pages) {
    read.push(page);
    if (read.length >= limit) break;
  }
  return read;
}

const idsOf = (pages: ReadonlyArray<FeedPage<{ source: { id: string } }>>) => pages.flatMap((p) => p.records.map((r) => r.source.id));

beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
  const { records, adminUserId } = sandbox.salesforce.state;
  for (let i = 0; i < SPREAD; i++) {
    clock.advance(1000);
    leadIds.push(records.insert('Lead', { LastName: `Spread ${i}`, Company: 'Spread Co', Email: `spread${i}@example.com` }, adminUserId, { system: true }).Id);
  }
  clock.advance(60_000);
  contactId = records.insert('Contact', { LastName: 'Became' }, adminUserId, { system: true }).Id;
  for (let i = 0; i < BULK; i++) {
    leadIds.push(records.insert('Lead', { LastName: `Bulk ${i}`, Company: 'Bulk Co' }, adminUserId, { system: true }).Id);
  }
  clock.advance(60_000);
  convertedLeadId = records.insert('Lead', {
    LastName: 'Became', Company: 'Converted Co', Status: 'Closed - Converted', IsConverted: true, ConvertedContactId: contactId,
  }, adminUserId, { system: true }).Id;
  leadIds.push(convertedLeadId);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.running.ctx.ledger.clear());

describe('salesforcePeopleFeed over Leads', () => {
  it('reads every lead exactly once, 5,000 of them on one SystemModstamp, in ceil(N/2000) query calls', async () => {
    const pages = await readAll(feedOf().pages({}));
    expect(idsOf(pages)).toEqual(leadIds);
    expect(pages.map((p) => p.records.length)).toEqual([2000, 2000, 2000, 201]);
    const calls = Math.ceil(leadIds.length / 2000);
    expect(pages.reduce((sum, p) => sum + p.calls, 0)).toBe(calls);
    expect(sandbox.running.ctx.ledger.count()).toBe(calls);
  });

  it('resumes from a cursor saved inside the run of equal timestamps and returns exactly the rest', async () => {
    const firstTwo = await readAll(feedOf().pages({}), 2);
    const saved: FeedCursor | undefined = firstTwo[1]?.cursor;
    expect(saved).toEqual({ modifiedAt: '2026-03-02T09:21:00.000Z', id: leadIds[3999] });
    sandbox.running.ctx.ledger.clear();
    const rest = await readAll(feedOf().pages({ after: saved }));
    expect(idsOf(rest)).toEqual(leadIds.slice(4000));
    expect(sandbox.running.ctx.ledger.count()).toBe(Math.ceil((leadIds.length - 4000) / 2000));
  });

  it('opens a new SOQL window from the last cursor when one fills up, still reading each lead once', async () => {
    const pages = await readAll(feedOf({ windowSize: 4000 }).pages({}));
    expect(idsOf(pages)).toEqual(leadIds);
    expect(pages.map((p) => p.records.length)).toEqual([2000, 2000, 2000, 201]);
  });

  it('carries the converted lead\'s ConvertedContactId so the engine can follow it to the contact', async () => {
    const pages = await readAll(feedOf().pages({ after: { modifiedAt: '2026-03-02T09:21:00.000Z', id: leadIds.at(-2)! } }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.records.map((r) => [r.source.id, r.leadStatus])).toEqual([[convertedLeadId, 'converted']]);
    expect(pages[0]).toMatchObject({ conversions: [{ leadId: convertedLeadId, contactId }] });
  });

  it('retries an injected 503 through the kit\'s backoff (counted, not waited), jsforce\'s own retry off', async () => {
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 503, match: { path: '/services/data' } });
    const waits: number[] = [];
    const pages = await readAll(feedOf({ sleep: async (ms) => void waits.push(ms), random: () => 0.5 }).pages({}));
    expect(idsOf(pages)).toEqual(leadIds);
    expect(waits).toEqual([250]);
    expect(pages[0]?.calls).toBe(2);
    expect(sandbox.running.ctx.ledger.recent().map((e) => e.status)).toEqual([503, 200, 200, 200, 200]);
  });

  it('does not retry REQUEST_LIMIT_EXCEEDED: the daily allocation is spent, so it surfaces as quota_exhausted after one call', async () => {
    sandbox.running.ctx.faults.inject({ kind: 'rate_limit', match: { path: '/services/data' } });
    const waits: number[] = [];
    await expect(readAll(feedOf({ sleep: async (ms) => void waits.push(ms) }).pages({}))).rejects.toMatchObject({ kind: 'quota_exhausted', status: 403 });
    expect(waits).toEqual([]);
    expect(sandbox.running.ctx.ledger.count()).toBe(1);
  });

  it('reports the org\'s API usage from Sforce-Limit-Info after each answer', async () => {
    const feed = feedOf();
    expect(feed.apiUsage()).toBeUndefined();
    await readAll(feed.pages({}), 1);
    expect(feed.apiUsage()).toEqual({ used: expect.any(Number), limit: expect.any(Number) });
    expect(feed.apiUsage()!.used).toBeGreaterThan(0);
  });

  it('lists deleted leads through queryAll with their own cursor', async () => {
    const { records, adminUserId } = sandbox.salesforce.state;
    clock.advance(60_000);
    records.softDelete(leadIds[5]!, adminUserId);
    const deleted = await readAll(feedOf().deletions({}));
    expect(deleted.flatMap((p) => p.records)).toEqual([{ id: leadIds[5], sobject: 'Lead', deletedAt: new Date(clock.now()).toISOString() }]);
    expect(deleted[0]?.cursor).toEqual({ modifiedAt: new Date(clock.now()).toISOString(), id: leadIds[5] });
    const live = await readAll(feedOf().pages({}));
    expect(idsOf(live)).not.toContain(leadIds[5]);
  });
});
