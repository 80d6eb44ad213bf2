import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceConnection, salesforcePeopleReader } from '../../../connectors/salesforce/index.ts';
import type { PersonObject, SalesforcePeopleReaderOptions } from '../../../connectors/salesforce/index.ts';
import { idFromCounter } from '../../../connectors/salesforce/sandbox/ids.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The people reader through jsforce against the sandbox org: SOQL IN queries of 200 values, keys that match
// nothing absent, converted leads left out of email reads; calls counted from the sandbox's ledger.
let sandbox: StartedSalesforceSandbox;
const QUERY = 'GET /services/data/:version/query';

beforeAll(async () => {
  sandbox = await startSalesforceSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.running.ctx.faults.clear();
  sandbox.running.ctx.ledger.clear();
});

const readerOf = (sobject: PersonObject, options: Partial<SalesforcePeopleReaderOptions> = {}) => salesforcePeopleReader(
  createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token }),
  { sobject, ...options },
);
const insert = (sobject: PersonObject, fields: Record<string, unknown>) => {
  const { records, adminUserId } = sandbox.salesforce.state;
  return records.insert(sobject, { LastName: 'Reader', ...(sobject === 'Lead' ? { Company: 'Reader Co' } : {}), ...fields }, adminUserId, { system: true }).Id;
};
const idsOf = (records: ReadonlyArray<{ source: { id: string } }>) => records.map((r) => r.source.id).sort();
const NEVER_MINTED = idFromCounter('00Q', '5e', 999_999);

describe('salesforcePeopleReader.readByIds', () => {
  it('returns the leads found, whatever form their ids take, and leaves out the rest, in one call', async () => {
    const [a, b, gone] = ['ids-a', 'ids-b', 'ids-gone'].map((name) => insert('Lead', { Email: `${name}@reader.example` }));
    const contact = insert('Contact', { Email: 'ids-contact@reader.example' });
    sandbox.salesforce.state.records.softDelete(gone!, sandbox.salesforce.state.adminUserId);
    const result = await readerOf('Lead').readByIds([a!, b!.slice(0, 15), a!.toLowerCase(), gone!, NEVER_MINTED, contact, 'not-an-id', '']);
    expect(idsOf(result.records)).toEqual([a, b].sort());
    expect(result.records.find((r) => r.source.id === a)).toMatchObject({ kind: 'lead', email: 'ids-a@reader.example', source: { system: 'salesforce', objectType: 'Lead' } });
    expect([result.calls, sandbox.running.ctx.ledger.count(QUERY)]).toEqual([1, 1]);
  });

  it('reads 450 leads in ceil(450/200) = 3 queries', async () => {
    const ids = Array.from({ length: 450 }, (_, i) => insert('Lead', { Email: `many${i}@reader.example` }));
    const result = await readerOf('Lead').readByIds(ids);
    expect(idsOf(result.records)).toEqual([...ids].sort());
    expect([result.calls, sandbox.running.ctx.ledger.count()]).toEqual([3, 3]);
  });

  it('reads converted leads by id: the engine must see where they went', async () => {
    const contactId = insert('Contact', { Email: 'became@reader.example' });
    const lead = insert('Lead', { Email: 'became@reader.example', Status: 'Closed - Converted', IsConverted: true, ConvertedContactId: contactId });
    const result = await readerOf('Lead').readByIds([lead]);
    expect(result.records.map((r) => [r.source.id, r.leadStatus])).toEqual([[lead, 'converted']]);
  });

  it('makes no call when nothing could name a lead', async () => {
    expect(await readerOf('Lead').readByIds(['', 'not-an-id', insert('Contact', {})])).toEqual({ records: [], calls: 0 });
    expect(sandbox.running.ctx.ledger.count()).toBe(0);
  });

  it('retries an injected 503 once, counting both calls, and never retries REQUEST_LIMIT_EXCEEDED', async () => {
    const id = insert('Lead', { Email: 'retry@reader.example' });
    const waits: number[] = [];
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 503, match: { path: '/services/data' } });
    const result = await readerOf('Lead', { sleep: async (ms) => void waits.push(ms), random: () => 0 }).readByIds([id]);
    expect([idsOf(result.records), result.calls, sandbox.running.ctx.ledger.count(), waits.length]).toEqual([[id], 2, 2, 1]);
    sandbox.running.ctx.ledger.clear();
    sandbox.running.ctx.faults.inject({ kind: 'rate_limit', match: { path: '/services/data' } });
    await expect(readerOf('Lead', { sleep: async (ms) => void waits.push(ms) }).readByIds([id])).rejects.toMatchObject({ kind: 'quota_exhausted' });
    expect([sandbox.running.ctx.ledger.count(), waits.length]).toEqual([1, 1]);
  });
});

describe('salesforcePeopleReader.readByEmails', () => {
  it('matches emails trimmed and case-insensitively, and leaves out the ones nobody has', async () => {
    const [ada, bo] = ['ada', 'bo'].map((name) => insert('Contact', { Email: `${name}@case.example` }));
    const result = await readerOf('Contact').readByEmails([' ADA@Case.Example ', 'bo@case.example', 'BO@case.EXAMPLE', 'nobody@case.example', '']);
    expect(idsOf(result.records)).toEqual([ada, bo].sort());
    expect(result.calls).toBe(1);
  });

  it('leaves converted leads out: their person lives on as the Contact', async () => {
    const contactId = insert('Contact', { Email: 'moved@convert.example' });
    insert('Lead', { Email: 'moved@convert.example', Status: 'Closed - Converted', IsConverted: true, ConvertedContactId: contactId });
    const open = insert('Lead', { Email: 'open@convert.example' });
    const leads = await readerOf('Lead').readByEmails(['moved@convert.example', 'open@convert.example']);
    expect(idsOf(leads.records)).toEqual([open]);
    expect(idsOf((await readerOf('Contact').readByEmails(['moved@convert.example'])).records)).toEqual([contactId]);
  });

  it('quotes an email with an apostrophe, and one with a backslash matches nothing without breaking the query', async () => {
    const obrien = insert('Lead', { Email: "o'brien@quote.example" });
    const result = await readerOf('Lead').readByEmails(["O'Brien@quote.example", 'back\\slash@quote.example', "x') OR (Email != null"]);
    expect(idsOf(result.records)).toEqual([obrien]);
    expect(result.calls).toBe(1);
  });

  it('returns every person sharing an email, following nextRecordsUrl past 2,000 rows', async () => {
    const ids = Array.from({ length: 2001 }, () => insert('Lead', { Email: 'shared@many.example' }));
    const result = await readerOf('Lead').readByEmails(['shared@many.example']);
    expect(idsOf(result.records)).toEqual([...ids].sort());
    expect([result.calls, sandbox.running.ctx.ledger.count()]).toEqual([2, 2]);
  });

  it('splits long emails over more queries so each URL stays under the limit the org (and the sandbox) enforces', async () => {
    const emails = Array.from({ length: 200 }, (_, i) => `${'long'.repeat(15)}.${String(i).padStart(3, '0')}@length.example`);
    expect(emails[0]!.length).toBeLessThanOrEqual(80);
    const ids = emails.slice(0, 5).map((Email) => insert('Lead', { Email }));
    const result = await readerOf('Lead').readByEmails(emails);
    expect(idsOf(result.records)).toEqual([...ids].sort());
    expect(result.calls).toBeGreaterThan(1);
    expect(sandbox.running.ctx.ledger.count(QUERY)).toBe(result.calls);
  });
});
