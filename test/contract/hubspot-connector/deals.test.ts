import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createHubspotSdk, dealPipelines, hubspotDealArchiver, hubspotDealFeed, hubspotDealReader, hubspotDealWriter,
} from '../../../connectors/hubspot/index.ts';
import type { HubspotDealFeedOptions } from '../../../connectors/hubspot/index.ts';
import type { FeedPage } from '../../../src/connector-kit/index.ts';
import type { CanonicalDeal } from '../../../src/core/canonical/index.ts';
import { CanonicalDealSchema } from '../../../src/core/canonical/index.ts';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The deal capabilities against the HubSpot sandbox through the official SDK: stage ids read through
// GET /crm/v3/pipelines/deals (one call per capability), stage and close-date histories, the search feed
// on hs_lastmodifieddate, batch writes with per-record failures, archive. Calls come from the ledger.
let sb: StartedHubspotSandbox;
const clock = new ManualClock(Date.UTC(2025, 0, 1));
const T0 = Date.UTC(2025, 0, 1);
const IMPORT = { sourceType: 'IMPORT' };
const CRM_UI = { sourceType: 'CRM_UI' };
const DAY = 86_400_000;
const PIPELINES = 'GET /crm/v3/pipelines/:objectType';
const SEARCH = 'POST /crm/v3/objects/:objectType/search';
const BATCH_READ = 'POST /crm/v3/objects/:objectType/batch/read';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 }, searchPerSecond: 100_000 }, { clock });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.reset();
  clock.set(T0);
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const sdk = () => createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token });
const deal = (properties: Record<string, string>, at = T0) => sb.hubspot.state.records.create('deals', {
  dealname: 'Deal', pipeline: 'default', dealstage: 'appointmentscheduled', ...properties,
}, IMPORT, { createdAt: T0, updatedAt: at, silent: true }).id;
const fromSalesforce = (i: number, overrides: Partial<CanonicalDeal> = {}): CanonicalDeal => ({
  ...CanonicalDealSchema.parse({
    name: `Opportunity ${i}`, stage: 'discovery', amount: 1000 + i, closeDate: '2025-06-30', createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z', source: { system: 'salesforce', id: `006${i}` },
  }),
  ...overrides,
});

async function readAll(pages: AsyncIterable<FeedPage<CanonicalDeal>>) {
  const read: CanonicalDeal[] = [];
  let calls = 0;
  for await (const page of pages) {
    read.push(...page.records);
    calls += page.calls;
  }
  return { read, calls };
}
const feed = (options: HubspotDealFeedOptions = {}) => hubspotDealFeed(sdk(), options);

describe('deal stages through the pipelines', () => {
  it('reads HubSpot\'s default stages as the neutral keys, won and lost from the stage metadata, one pipelines call', async () => {
    const stages = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost'];
    const ids = stages.map((dealstage) => deal({ dealstage }));
    const { records, calls } = await hubspotDealReader(sdk()).readByIds(ids);
    const byId = new Map(records.map((d) => [d.source.id, d]));
    expect(ids.map((id) => [byId.get(id)?.pipeline, byId.get(id)?.stage, byId.get(id)?.outcome])).toEqual([
      ['sales', 'qualification', 'open'], ['sales', 'discovery', 'open'], ['sales', 'demo', 'open'], ['sales', 'proposal', 'open'],
      ['sales', 'negotiation', 'open'], ['sales', 'closed_won', 'won'], ['sales', 'closed_lost', 'lost'],
    ]);
    expect([calls, sb.running.ctx.ledger.count(PIPELINES), sb.running.ctx.ledger.count(BATCH_READ)]).toEqual([2, 1, 1]);
  });

  it('reads another pipeline\'s labels as keys, and reads the pipelines again when a stage added since shows up', async () => {
    const created = sb.hubspot.state.pipelines.createPipeline('deals', {
      label: 'Renewals', displayOrder: 1, stages: [
        { label: 'Discovery', displayOrder: 0, metadata: { probability: '0.3', isClosed: 'false' } },
        { label: 'Renewed', displayOrder: 1, metadata: { probability: '1.0', isClosed: 'true' } },
      ],
    }, T0);
    if (!created.ok) throw new Error(created.message);
    const [discovery, renewed] = created.value.stages.map((s) => s.id);
    const reader = hubspotDealReader(sdk());
    const first = await reader.readByIds([deal({ pipeline: created.value.id, dealstage: discovery! })]);
    expect(first.records.map((d) => [d.pipeline, d.stage, d.outcome])).toEqual([['renewals', 'discovery', 'open']]);
    const added = sb.hubspot.state.pipelines.createStage('deals', created.value.id, { label: 'Legal Review', displayOrder: 2, metadata: { probability: '0.8' } }, T0);
    if (!added.ok) throw new Error(added.message);
    const second = await reader.readByIds([deal({ pipeline: created.value.id, dealstage: added.value.id }), deal({ pipeline: created.value.id, dealstage: renewed! })]);
    expect(second.records.map((d) => [d.stage, d.outcome])).toEqual([['legal_review', 'open'], ['closed_won', 'won']]);
    expect(sb.running.ctx.ledger.count(PIPELINES)).toBe(2);
  });
});

describe('deal histories', () => {
  it('reads stays in each stage and the close dates the deal was moved off, from property histories', async () => {
    const id = deal({ closedate: '2025-03-31T00:00:00.000Z', amount: '5000' });
    clock.set(T0 + DAY);
    sb.hubspot.state.records.update('deals', id, { dealstage: 'qualifiedtobuy' }, CRM_UI);
    clock.set(T0 + 2 * DAY);
    sb.hubspot.state.records.update('deals', id, { closedate: '2025-04-30T00:00:00.000Z' }, CRM_UI);
    clock.set(T0 + 3 * DAY);
    sb.hubspot.state.records.update('deals', id, { dealstage: 'closedwon' }, CRM_UI);
    const iso = (ms: number) => new Date(ms).toISOString();
    const expected = {
      stage: 'closed_won', outcome: 'won', amount: 5000, closeDate: '2025-04-30', closedAt: iso(T0 + 3 * DAY),
      stageHistory: [
        { stage: 'qualification', enteredAt: iso(T0), exitedAt: iso(T0 + DAY) },
        { stage: 'discovery', enteredAt: iso(T0 + DAY), exitedAt: iso(T0 + 3 * DAY) },
        { stage: 'closed_won', enteredAt: iso(T0 + 3 * DAY) },
      ],
      closeDateHistory: [{ closeDate: '2025-03-31', changedAt: iso(T0 + 2 * DAY) }],
    };
    expect((await hubspotDealReader(sdk()).readByIds([id])).records[0]).toMatchObject(expected);
    const { read, calls } = await readAll(feed().pages({}));
    expect(read[0]).toMatchObject(expected);
    // The search, the pipelines, and the page's histories.
    expect(calls).toBe(3);
  });
});

describe('hubspotDealFeed', () => {
  it('reads 300 deals on one hs_lastmodifieddate once each: searches plus one pipelines call without histories', async () => {
    const ids = [
      ...Array.from({ length: 50 }, (_, i) => deal({ dealname: `Spread ${i}` }, T0 + i)),
      ...Array.from({ length: 300 }, (_, i) => deal({ dealname: `Bulk ${i}` }, T0 + 5_000)),
    ];
    const { read, calls } = await readAll(feed({ withHistory: false }).pages({ pageSize: 100 }));
    expect(read.map((d) => d.source.id).sort()).toEqual([...ids].sort());
    expect(read.every((d) => d.stageHistory.length === 0)).toBe(true);
    const searches = sb.running.ctx.ledger.count(SEARCH);
    expect([calls, sb.running.ctx.ledger.count(PIPELINES), sb.running.ctx.ledger.count()]).toEqual([searches + 1, 1, searches + 1]);
  });

  it('with histories, each page costs its search and one history read per 50 deals', async () => {
    Array.from({ length: 120 }, (_, i) => deal({ dealname: `D${i}` }, T0 + i));
    const { read, calls } = await readAll(feed().pages({ pageSize: 100 }));
    expect(read).toHaveLength(120);
    expect(read.every((d) => d.stageHistory.length === 1)).toBe(true);
    expect([sb.running.ctx.ledger.count(SEARCH), sb.running.ctx.ledger.count(BATCH_READ), calls]).toEqual([2, 3, 2 + 3 + 1]);
  });
});

describe('hubspotDealWriter', () => {
  it('creates deals with their stage keys as the pipeline\'s stage ids; a key no stage has is refused without a call', async () => {
    const batch = [fromSalesforce(1), fromSalesforce(2, { stage: 'closed_won', outcome: 'won', dealType: 'renewal' }), fromSalesforce(3, { stage: 'no_such_stage' })];
    const outcome = await hubspotDealWriter(sdk()).write(batch);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind, r.vendorMessage])).toEqual([['0063', 'rejected_record', 'no stage of HubSpot pipeline default is the "no_such_stage" stage']]);
    expect(outcome.written.map((w) => w.created)).toEqual([true, true]);
    expect(sb.hubspot.state.records.get('deals', outcome.written[1]!.vendorId)?.properties).toMatchObject({
      dealname: 'Opportunity 2', pipeline: 'default', dealstage: 'closedwon', dealtype: 'existingbusiness', amount: '1002', closedate: String(Date.UTC(2025, 5, 30)),
    });
    // The pipelines, then one batch create.
    expect([outcome.calls, sb.running.ctx.ledger.count()]).toEqual([2, 2]);
  });

  it('answers a stage archived since the pipelines were read alone in the 207, writing the rest', async () => {
    const writer = hubspotDealWriter(sdk());
    await writer.write([fromSalesforce(1)]);
    const archived = sb.hubspot.state.pipelines.updateStage('deals', 'default', 'contractsent', { archived: true }, T0);
    if (!archived.ok) throw new Error(archived.message);
    sb.running.ctx.ledger.clear();
    const outcome = await writer.write([fromSalesforce(2), fromSalesforce(3, { stage: 'negotiation' }), fromSalesforce(4)]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind, r.vendorCode])).toEqual([['0063', 'rejected_record', 'VALIDATION_ERROR']]);
    expect(outcome.rejected[0]?.vendorMessage).toContain('contractsent');
    expect(outcome.written.map((w) => w.record.source.id)).toEqual(['0062', '0064']);
    expect([outcome.calls, sb.running.ctx.ledger.count()]).toEqual([1, 1]);
  });

  it('updates deals read from HubSpot by id', async () => {
    const ids = [deal({ dealname: 'A' }), deal({ dealname: 'B' })];
    const read = (await hubspotDealReader(sdk()).readByIds(ids)).records;
    sb.running.ctx.ledger.clear();
    const outcome = await hubspotDealWriter(sdk()).write(read.map((d) => ({ ...d, stage: 'demo', amount: 99 })));
    expect(outcome.written.map((w) => [w.vendorId, w.created]).sort()).toEqual(ids.map((id) => [id, false]).sort());
    expect(ids.map((id) => sb.hubspot.state.records.get('deals', id)?.properties.dealstage)).toEqual(['presentationscheduled', 'presentationscheduled']);
    expect(outcome.calls).toBe(2);
  });

  it('shares one pipelines read between capabilities given the same pipelines', async () => {
    const pipelines = dealPipelines(sdk());
    const id = deal({});
    await hubspotDealReader(sdk(), { pipelines }).readByIds([id]);
    await hubspotDealWriter(sdk(), { pipelines }).write([fromSalesforce(1)]);
    expect(sb.running.ctx.ledger.count(PIPELINES)).toBe(1);
  });
});

describe('hubspotDealArchiver', () => {
  it('archives deals, 100 ids a call', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => deal({ dealname: `X${i}` }));
    expect(await hubspotDealArchiver(sdk()).archive(ids)).toEqual({ archived: ids, rejected: [], calls: 2 });
    expect(sb.hubspot.state.records.count('deals')).toEqual({ live: 0, archived: 101 });
  });
});
