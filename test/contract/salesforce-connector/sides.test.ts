import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceConnection, salesforceCompanySide, salesforceDealSide, salesforcePeopleSide } from '../../../connectors/salesforce/index.ts';
import type { RecordReader } from '../../../src/connector-kit/capabilities.ts';
import type { CompanySide, DealSide, RecordSide } from '../../../src/connector-kit/record-side.ts';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The Account and Opportunity sides put together from the capabilities, as the engine would take them.
let sandbox: StartedSalesforceSandbox;

beforeAll(async () => {
  sandbox = await startSalesforceSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.salesforce.state.reset();
  sandbox.running.ctx.ledger.clear();
});

const conn = () => createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
const insert = (sobject: string, fields: Record<string, unknown>) =>
  sandbox.salesforce.state.records.insert(sobject, fields, sandbox.salesforce.state.adminUserId, { system: true }).Id;

describe('salesforceCompanySide and salesforceDealSide', () => {
  it('name their streams and records, and say which fields they read and write', () => {
    const companies: CompanySide = salesforceCompanySide(conn());
    const deals: DealSide = salesforceDealSide(conn());
    expect([companies.streams.map((s) => s.name), companies.refOf('001X'), companies.streams[0]?.deletions !== undefined])
      .toEqual([['salesforce:Account'], { system: 'salesforce', id: '001X', objectType: 'Account' }, true]);
    expect([deals.streams.map((s) => s.name), deals.refOf('006X')]).toEqual([['salesforce:Opportunity'], { system: 'salesforce', id: '006X', objectType: 'Opportunity' }]);
    expect([deals.fields(undefined).writable.has('stage'), deals.fields(undefined).writable.has('companyId')]).toEqual([true, false]);
  });

  it('read the stages once for the deal feed, reader and writer together, and report the API usage', async () => {
    const id = insert('Opportunity', { Name: 'Big', StageName: 'Closed Won', CloseDate: '2026-06-30' });
    const side = salesforceDealSide(conn(), { withHistory: false });
    for await (const page of side.streams[0]!.feed.pages({})) expect(page.records.map((d) => [d.stage, d.outcome])).toEqual([['closed_won', 'won']]);
    const { records } = await side.reader.readByIds([id]);
    const outcome = await side.writer.write(records.map((d) => ({ ...d, amount: 10 })));
    // The feed's query and the stages, the reader's query, the writer's update.
    expect([outcome.written.length, sandbox.running.ctx.ledger.count()]).toEqual([1, 4]);
    expect(side.apiUsage?.()).toEqual({ used: expect.any(Number), limit: expect.any(Number) });
  });

  it('match accounts by Website domain through the side\'s reader', async () => {
    const id = insert('Account', { Name: 'Acme', Website: 'https://www.acme.example' });
    expect((await salesforceCompanySide(conn()).reader.readByDomains(['acme.example'])).records.map((a) => a.source.id)).toEqual([id]);
  });

  it('keep PeopleSide the contact instance of the same contract', () => {
    const people: RecordSide<CanonicalContact, RecordReader<CanonicalContact>> = salesforcePeopleSide(conn());
    expect(people.streams.map((s) => s.name)).toEqual(['salesforce:Lead', 'salesforce:Contact']);
  });
});
