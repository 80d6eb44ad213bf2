import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSalesforceConnection, salesforceOpportunityArchiver, salesforceOpportunityFeed, salesforceOpportunityReader,
  salesforceOpportunityStages, salesforceOpportunityWriter,
} from '../../../connectors/salesforce/index.ts';
import type { SalesforceOpportunityOptions } from '../../../connectors/salesforce/index.ts';
import type { FeedPage } from '../../../src/connector-kit/index.ts';
import type { CanonicalDeal } from '../../../src/core/canonical/index.ts';
import { CanonicalDealSchema } from '../../../src/core/canonical/index.ts';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The Opportunity capabilities through jsforce against the sandbox org: StageName read through the org's
// OpportunityStage rows (one query per capability), histories from OpportunityHistory, the feed with a run of
// equal SystemModstamps, collections writes with per-record failures, deletes. Calls come from the ledger.
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const DAY = 86_400_000;
const clock = new ManualClock(T0);
let sandbox: StartedSalesforceSandbox;
const STAGES_QUERY = 'FROM OpportunityStage';
const HISTORY_QUERY = 'FROM OpportunityHistory';

beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.salesforce.state.reset();
  clock.set(T0);
  sandbox.running.ctx.faults.clear();
  sandbox.running.ctx.ledger.clear();
  soql = [];
});

let soql: string[] = [];
/** A connection whose query URLs are kept in `soql`, so queries are counted by what they ask. */
function conn() {
  const c = createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
  const request = c.request.bind(c) as (req: unknown, options?: unknown) => Promise<unknown>;
  (c as unknown as { request: typeof request }).request = (req, options) => {
    const url = typeof req === 'string' ? req : String((req as { url?: string }).url ?? '');
    if (url.includes('/query')) soql.push(decodeURIComponent(url));
    return request(req, options);
  };
  return c;
}
const state = () => sandbox.salesforce.state;
const opportunity = (fields: Record<string, unknown> = {}) =>
  state().records.insert('Opportunity', { Name: 'Opp', StageName: 'Prospecting', CloseDate: '2026-03-31', ...fields }, state().adminUserId, { system: true }).Id;
const change = (id: string, fields: Record<string, unknown>) => state().records.update(id, fields, state().adminUserId);
const queries = (text: string) => soql.filter((q) => q.includes(text)).length;
const fromHubspot = (i: number, overrides: Partial<CanonicalDeal> = {}): CanonicalDeal => ({
  ...CanonicalDealSchema.parse({
    name: `Deal ${i}`, stage: 'discovery', amount: 500 + i, closeDate: '2026-06-30', createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z', source: { system: 'hubspot', id: `${7000 + i}` },
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
const feed = (options: SalesforceOpportunityOptions = {}) => salesforceOpportunityFeed(conn(), options);

describe('StageName through OpportunityStage', () => {
  it('reads each default stage as a neutral key, won and lost from IsWon/IsClosed, with one stage query', async () => {
    const names = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis',
      'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
    const ids = names.map((StageName) => opportunity({ StageName }));
    const { records, calls } = await salesforceOpportunityReader(conn()).readByIds(ids);
    const byId = new Map(records.map((d) => [d.source.id, d]));
    expect(ids.map((id) => [byId.get(id)?.stage, byId.get(id)?.outcome])).toEqual([
      ['prospecting', 'open'], ['qualification', 'open'], ['discovery', 'open'], ['demo', 'open'], ['id_decision_makers', 'open'],
      ['perception_analysis', 'open'], ['proposal', 'open'], ['negotiation', 'open'], ['closed_won', 'won'], ['closed_lost', 'lost'],
    ]);
    expect(records.every((d) => d.pipeline === 'sales')).toBe(true);
    // The opportunities, their histories, the stages.
    expect([calls, sandbox.running.ctx.ledger.count(), queries(STAGES_QUERY), queries(HISTORY_QUERY)]).toEqual([3, 3, 1, 1]);
  });
});

describe('opportunity histories', () => {
  it('reads stays in each stage and the close dates it was moved off from OpportunityHistory', async () => {
    const account = state().records.insert('Account', { Name: 'Acme' }, state().adminUserId, { system: true }).Id;
    const id = opportunity({ Amount: 5000, AccountId: account, Type: 'New Customer', LeadSource: 'Web' });
    clock.set(T0 + DAY);
    change(id, { StageName: 'Needs Analysis' });
    clock.set(T0 + 2 * DAY);
    change(id, { CloseDate: '2026-04-30' });
    clock.set(T0 + 3 * DAY);
    change(id, { Amount: 6000 });
    clock.set(T0 + 4 * DAY);
    change(id, { StageName: 'Closed Won' });
    const iso = (ms: number) => new Date(ms).toISOString();
    const expected = {
      stage: 'closed_won', outcome: 'won', amount: 6000, closeDate: '2026-04-30', closedAt: iso(T0 + 4 * DAY), companyId: account,
      dealType: 'new_business', leadSource: 'organic_search',
      stageHistory: [
        { stage: 'prospecting', enteredAt: iso(T0), exitedAt: iso(T0 + DAY) },
        { stage: 'discovery', enteredAt: iso(T0 + DAY), exitedAt: iso(T0 + 4 * DAY) },
        { stage: 'closed_won', enteredAt: iso(T0 + 4 * DAY) },
      ],
      closeDateHistory: [{ closeDate: '2026-03-31', changedAt: iso(T0 + 2 * DAY) }],
    };
    expect((await salesforceOpportunityReader(conn()).readByIds([id])).records[0]).toMatchObject(expected);
    expect((await readAll(feed().pages({}))).read[0]).toMatchObject(expected);
  });
});

describe('salesforceOpportunityFeed', () => {
  it('reads 450 opportunities on one SystemModstamp once each; without histories a page costs its query alone', async () => {
    const ids = Array.from({ length: 450 }, (_, i) => opportunity({ Name: `Bulk ${i}` }));
    const { read, calls } = await readAll(feed({ withHistory: false }).pages({ pageSize: 200 }));
    expect(read.map((d) => d.source.id)).toEqual(ids);
    expect(read.every((d) => d.stageHistory.length === 0)).toBe(true);
    // Three pages of 200, and the stages once.
    expect([calls, sandbox.running.ctx.ledger.count(), queries(STAGES_QUERY)]).toEqual([4, 4, 1]);
  });

  it('with histories, each page adds one OpportunityHistory query per 200 opportunities', async () => {
    Array.from({ length: 450 }, (_, i) => opportunity({ Name: `H${i}` }));
    const { read, calls } = await readAll(feed().pages({ pageSize: 200 }));
    expect(read.every((d) => d.stageHistory.length === 1)).toBe(true);
    expect([calls, queries(HISTORY_QUERY), queries(STAGES_QUERY)]).toEqual([3 + 3 + 1, 3, 1]);
  });

  it('lists deleted opportunities through queryAll', async () => {
    const id = opportunity();
    clock.advance(60_000);
    state().records.softDelete(id, state().adminUserId);
    const pages = [];
    for await (const page of feed().deletions({})) pages.push(...page.records);
    expect(pages).toEqual([{ id, deletedAt: new Date(clock.now()).toISOString() }]);
  });
});

describe('salesforceOpportunityWriter', () => {
  it('creates deals with their stage keys as StageName; unknown keys are refused unsent, a missing CloseDate by Salesforce', async () => {
    const batch = [
      fromHubspot(1), fromHubspot(2, { stage: 'closed_won', outcome: 'won', dealType: 'renewal' }), fromHubspot(3, { stage: 'no_such_stage' }),
      { ...fromHubspot(4), closeDate: undefined },
    ];
    const outcome = await salesforceOpportunityWriter(conn()).write(batch);
    expect(outcome.written.map((w) => [w.record.source.id, w.created])).toEqual([['7001', true], ['7002', true]]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind, r.vendorCode ?? r.vendorMessage])).toEqual([
      ['7004', 'rejected_record', 'REQUIRED_FIELD_MISSING'], ['7003', 'rejected_record', 'no active Opportunity stage is the "no_such_stage" stage'],
    ]);
    expect(state().records.get(outcome.written[1]!.vendorId)?.fields).toMatchObject({
      Name: 'Deal 2', StageName: 'Closed Won', IsWon: true, Amount: 502, CloseDate: '2026-06-30', Type: 'Existing Customer - Replacement',
    });
    // The stages, then one create.
    expect([outcome.calls, sandbox.running.ctx.ledger.count()]).toEqual([2, 2]);
  });

  it('updates opportunities read from this org by Id, and reads the stages once per writer', async () => {
    const ids = [opportunity({ Name: 'A' }), opportunity({ Name: 'B' })];
    const stages = salesforceOpportunityStages(conn());
    const read = (await salesforceOpportunityReader(conn(), { stages, withHistory: false }).readByIds(ids)).records;
    const writer = salesforceOpportunityWriter(conn(), { stages });
    const outcome = await writer.write(read.map((d) => ({ ...d, stage: 'negotiation', amount: 99 })));
    await writer.write(read.map((d) => ({ ...d, stage: 'proposal' })));
    expect(outcome.written.map((w) => [w.vendorId, w.created])).toEqual(ids.map((id) => [id, false]));
    expect(ids.map((id) => state().records.get(id)?.fields.StageName)).toEqual(['Proposal/Price Quote', 'Proposal/Price Quote']);
    expect(queries(STAGES_QUERY)).toBe(1);
  });
});

describe('salesforceOpportunityArchiver', () => {
  it('deletes opportunities, their histories going along', async () => {
    const id = opportunity();
    const outcome = await salesforceOpportunityArchiver(conn()).archive([id]);
    expect(outcome).toEqual({ archived: [id], rejected: [], calls: 1 });
    expect(state().records.count('Opportunity')).toBe(0);
    expect(state().records.count('OpportunityHistory')).toBe(0);
  });
});
