import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSalesforceConnection, salesforceAccountArchiver, salesforceAccountFeed, salesforceAccountReader, salesforceAccountWriter,
} from '../../../connectors/salesforce/index.ts';
import type { FeedCursor, FeedPage } from '../../../src/connector-kit/index.ts';
import type { CanonicalCompany } from '../../../src/core/canonical/index.ts';
import { CanonicalCompanySchema } from '../../../src/core/canonical/index.ts';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The Account capabilities through jsforce against the sandbox org: the (SystemModstamp, Id) feed with 2,500
// accounts on one stamp, deletions, reads by Id and by Website domain, collections writes with per-record
// failures, deletes. Calls come from the sandbox's ledger.
const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
let sandbox: StartedSalesforceSandbox;
const QUERY = 'GET /services/data/:version/query';
const AT = '2026-03-01T09:00:00.000Z';

beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.salesforce.state.reset();
  sandbox.running.ctx.faults.clear();
  sandbox.running.ctx.ledger.clear();
});

const conn = () => createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
const account = (fields: Record<string, unknown>) => {
  const { records, adminUserId } = sandbox.salesforce.state;
  return records.insert('Account', { Name: 'Account', ...fields }, adminUserId, { system: true }).Id;
};
const fromHubspot = (i: number, overrides: Partial<CanonicalCompany> = {}): CanonicalCompany => ({
  ...CanonicalCompanySchema.parse({ name: `Company ${i}`, domain: `company${i}.example`, createdAt: AT, updatedAt: AT, source: { system: 'hubspot', id: `${9000 + i}` } }),
  ...overrides,
});

async function readAll<T>(pages: AsyncIterable<FeedPage<T>>, limit = Infinity) {
  const read: Array<FeedPage<T>> = [];
  for await (const page of pages) {
    read.push(page);
    if (read.length >= limit) break;
  }
  return read;
}
const idsOf = (pages: ReadonlyArray<FeedPage<{ source: { id: string } }>>) => pages.flatMap((p) => p.records.map((r) => r.source.id));

describe('salesforceAccountFeed', () => {
  it('reads every account once, 2,500 on one SystemModstamp, in ceil(N/2000) calls, and resumes inside the run', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) {
      clock.advance(1000);
      ids.push(account({ Name: `Spread ${i}`, Website: `https://www.spread${i}.example/` }));
    }
    clock.advance(60_000);
    for (let i = 0; i < 2500; i++) ids.push(account({ Name: `Bulk ${i}` }));
    const pages = await readAll(salesforceAccountFeed(conn()).pages({}));
    expect(idsOf(pages)).toEqual(ids);
    // The query and its nextRecordsUrl page.
    expect([pages.reduce((sum, p) => sum + p.calls, 0), sandbox.running.ctx.ledger.count()]).toEqual([2, 2]);
    expect(pages[0]?.records[0]).toMatchObject({ name: 'Spread 0', domain: 'spread0.example', website: 'https://www.spread0.example/', source: { system: 'salesforce', objectType: 'Account' } });
    const saved: FeedCursor | undefined = pages[0]?.cursor;
    const rest = await readAll(salesforceAccountFeed(conn()).pages({ after: saved }));
    expect(idsOf(rest)).toEqual(ids.slice(2000));
  });

  it('lists deleted accounts, a merged one with its survivor', async () => {
    const [kept, gone, merged] = [account({ Name: 'Kept' }), account({ Name: 'Gone' }), account({ Name: 'Merged' })];
    clock.advance(60_000);
    const { records, adminUserId } = sandbox.salesforce.state;
    records.softDelete(gone, adminUserId);
    records.softDelete(merged, adminUserId, { masterRecordId: kept });
    const deleted = (await readAll(salesforceAccountFeed(conn()).deletions({}))).flatMap((p) => p.records);
    const at = new Date(clock.now()).toISOString();
    expect(deleted).toEqual([{ id: gone, deletedAt: at }, { id: merged, deletedAt: at, mergedInto: kept }]);
  });
});

describe('salesforceAccountReader', () => {
  it('reads accounts by Id, 200 a query, another object\'s ids and malformed ones dropped unsent', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => account({ Name: `R${i}` }));
    const result = await salesforceAccountReader(conn()).readByIds([...ids, 'not-an-id', '003000000000001AAA']);
    expect(result.records.map((a) => a.source.id).sort()).toEqual([...ids].sort());
    expect([result.calls, sandbox.running.ctx.ledger.count()]).toEqual([2, 2]);
  });

  it('matches domains on the host of Website, however it was typed, in one query', async () => {
    const [a, b, c] = [account({ Website: 'https://www.Acme.example/about' }), account({ Website: 'acme.example' }), account({ Website: 'globex.example' })];
    account({ Website: 'notacme.example' });
    account({ Website: 'https://acme.example.evil.example' });
    const result = await salesforceAccountReader(conn()).readByDomains(['ACME.example', 'http://www.globex.example', 'nobody.example']);
    expect(result.records.map((r) => r.source.id).sort()).toEqual([a, b, c].sort());
    expect(result.records.every((r) => r.domain === 'acme.example' || r.domain === 'globex.example')).toBe(true);
    expect([result.calls, sandbox.running.ctx.ledger.count(QUERY)]).toEqual([1, 1]);
  });

  it('makes no call for no usable domain or id', async () => {
    const reader = salesforceAccountReader(conn());
    expect(await reader.readByDomains(['', 'not a domain'])).toEqual({ records: [], calls: 0 });
    expect(await reader.readByIds(['nope'])).toEqual({ records: [], calls: 0 });
    expect(sandbox.running.ctx.ledger.count()).toBe(0);
  });
});

describe('salesforceAccountWriter', () => {
  it('creates 250 accounts in 2 calls; the one Salesforce refuses comes back alone with its code', async () => {
    const batch = Array.from({ length: 250 }, (_, i) => fromHubspot(i, i === 123 ? { name: 'N'.repeat(300) } : { accountType: 'customer', employeeCount: 40 }));
    const outcome = await salesforceAccountWriter(conn()).write(batch);
    expect(outcome.written).toHaveLength(249);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind, r.vendorCode])).toEqual([['9123', 'rejected_record', 'STRING_TOO_LONG']]);
    expect([outcome.calls, sandbox.running.ctx.ledger.count()]).toEqual([2, 2]);
    expect(sandbox.salesforce.state.records.get(outcome.written[0]!.vendorId)?.fields).toMatchObject({
      Name: 'Company 0', Website: 'company0.example', Type: 'Customer - Direct', NumberOfEmployees: 40,
    });
  });

  it('updates accounts read from this org by Id; one deleted since comes back alone', async () => {
    const ids = [account({ Name: 'A' }), account({ Name: 'B' })];
    const read = (await salesforceAccountReader(conn()).readByIds(ids)).records;
    sandbox.salesforce.state.records.softDelete(ids[1]!, sandbox.salesforce.state.adminUserId);
    sandbox.running.ctx.ledger.clear();
    const outcome = await salesforceAccountWriter(conn()).write(read.map((a) => ({ ...a, city: 'Berlin' })));
    expect(outcome.written.map((w) => [w.vendorId, w.created])).toEqual([[ids[0], false]]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.vendorCode])).toEqual([[ids[1], 'ENTITY_IS_DELETED']]);
    expect(sandbox.salesforce.state.records.get(ids[0]!)?.fields.BillingCity).toBe('Berlin');
    expect(outcome.calls).toBe(1);
  });

  it('upserts on HubSpot_Company_Id__c: created once, matched after', async () => {
    const writer = salesforceAccountWriter(conn(), { externalIdField: 'HubSpot_Company_Id__c' });
    const first = await writer.write([fromHubspot(1)]);
    const second = await writer.write([fromHubspot(1, { phone: '+1 415 555 0100' })]);
    expect([first.written[0]?.created, second.written[0]?.created, second.written[0]?.vendorId]).toEqual([true, false, first.written[0]?.vendorId]);
  });
});

describe('salesforceAccountArchiver', () => {
  it('deletes accounts 200 a call, never another object\'s record', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => account({ Name: `D${i}` }));
    const contact = sandbox.salesforce.state.records.insert('Contact', { LastName: 'Kept' }, sandbox.salesforce.state.adminUserId, { system: true }).Id;
    const outcome = await salesforceAccountArchiver(conn()).archive([...ids, contact]);
    expect([outcome.archived.length, outcome.rejected.map((r) => r.id), outcome.calls]).toEqual([201, [contact], 2]);
    expect(sandbox.salesforce.state.records.count('Account')).toBe(0);
  });
});
