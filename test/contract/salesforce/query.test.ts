import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsforce from 'jsforce';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { API_VERSION, jsforceError, startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// jsforce, unchanged, against the sandbox's query, queryAll and locator resources:
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
// 4,500 bulk leads are written straight into the org's state (not through the API), then read back
// across nextRecordsUrl pages with exact counts.

const BULK = 4500;
const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
let sandbox: StartedSalesforceSandbox;
const bulkIds: string[] = [];
const deletedIds: string[] = [];
let oreillyId = '';

interface LeadRow {
  Id: string;
  LastName?: string;
  IsDeleted?: boolean;
  Owner?: { attributes: { type: string; url: string }; Name: string } | null;
  attributes: { type: string; url: string };
}

beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
  const { records } = sandbox.salesforce.state;
  const admin = sandbox.salesforce.state.adminUserId;
  for (let i = 1; i <= BULK; i++) {
    const lead = { LastName: `Bulk ${String(i).padStart(5, '0')}`, Company: 'Bulk Co', Status: i % 3 === 0 ? 'Working - Contacted' : 'Open - Not Contacted', NumberOfEmployees: i };
    bulkIds.push(records.insert('Lead', lead, admin, { system: true }).Id);
  }
  for (const id of bulkIds.slice(10, 13)) {
    records.softDelete(id, admin);
    deletedIds.push(id);
  }
  oreillyId = records.insert('Lead', { LastName: 'Tim', Company: "O'Reilly Media", Email: 'tim@oreilly.example', Status: 'Working - Contacted' }, admin, { system: true }).Id;
});
afterAll(() => sandbox.close());

const liveBulk = () => bulkIds.filter((id) => !deletedIds.includes(id));

describe('conn.query and nextRecordsUrl', () => {
  it('answers the first 2,000 rows with totalSize, done false and a locator jsforce can follow', async () => {
    const result = await sandbox.connection().query<LeadRow>("SELECT Id, LastName FROM Lead WHERE Company = 'Bulk Co'");
    expect(result.totalSize).toBe(BULK - 3);
    expect(result.done).toBe(false);
    expect(result.records).toHaveLength(2000);
    expect(result.nextRecordsUrl).toMatch(new RegExp(`/services/data/v${API_VERSION}/query/01g[a-zA-Z0-9]{15}-2000$`));
    expect(result.records[0]).toEqual({
      attributes: { type: 'Lead', url: `/services/data/v${API_VERSION}/sobjects/Lead/${bulkIds[0]}` }, Id: bulkIds[0], LastName: 'Bulk 00001',
    });
  });

  it('fetches every row with autoFetch, exactly once and in order', async () => {
    const records: LeadRow[] = [];
    const result = await sandbox.connection().query<LeadRow>("SELECT Id FROM Lead WHERE Company = 'Bulk Co'")
      .on('record', (record: LeadRow) => records.push(record))
      .run({ autoFetch: true, maxFetch: 10_000 });
    expect(result.totalSize).toBe(BULK - 3);
    expect(result.records.map((r) => r.Id)).toEqual(liveBulk());
    expect(records).toHaveLength(BULK - 3);
  });

  it('stops at maxFetch', async () => {
    const result = await sandbox.connection().query<LeadRow>('SELECT Id FROM Lead ORDER BY LastName').run({ autoFetch: true, maxFetch: 2500 });
    expect(result.records).toHaveLength(2500);
    expect(result.totalSize).toBe(BULK - 3 + 1);
  });

  it('pages with queryMore until done', async () => {
    const conn = sandbox.connection();
    const first = await conn.query<LeadRow>("SELECT Id FROM Lead WHERE Company = 'Bulk Co' ORDER BY NumberOfEmployees DESC");
    const second = await conn.queryMore<LeadRow>(first.nextRecordsUrl ?? '');
    const third = await conn.queryMore<LeadRow>(second.nextRecordsUrl ?? '');
    expect([first.records.length, second.records.length, third.records.length]).toEqual([2000, 2000, 497]);
    expect(third.done).toBe(true);
    expect(third.nextRecordsUrl).toBeUndefined();
    expect([...first.records, ...second.records, ...third.records].map((r) => r.Id)).toEqual(liveBulk().reverse());
  });

  it('honours Sforce-Query-Options: batchSize', async () => {
    const result = await sandbox.connection().query<LeadRow>("SELECT Id FROM Lead WHERE Company = 'Bulk Co'", { headers: { 'Sforce-Query-Options': 'batchSize=500' } });
    expect(result.records).toHaveLength(500);
    expect(result.nextRecordsUrl).toMatch(/-500$/);
  });

  it('answers COUNT() and sobject().count() with totalSize', async () => {
    const conn = sandbox.connection();
    expect((await conn.query("SELECT COUNT() FROM Lead WHERE Status = 'Working - Contacted'")).totalSize).toBe(1500 - 1 + 1);
    expect(await conn.sobject('Lead').count({ Company: 'Bulk Co' })).toBe(BULK - 3);
  });

  it('nests the owner with its own attributes', async () => {
    const result = await sandbox.connection().query<LeadRow>(`SELECT Id, Owner.Name FROM Lead WHERE Id = '${oreillyId}'`);
    expect(result.records[0]?.Owner).toEqual({
      attributes: { type: 'Name', url: `/services/data/v${API_VERSION}/sobjects/User/${sandbox.salesforce.state.adminUserId}` },
      Name: 'Sandbox Admin',
    });
  });
});

describe("sobject('Lead').find() through jsforce's SOQL builder", () => {
  it('answers conditions, $like, $in, $or, null, escaped quotes, sort, limit and skip', async () => {
    const found = await sandbox.connection().sobject('Lead').find({
      Company: 'Bulk Co', LastName: { $like: 'Bulk 001%' }, Status: ['Working - Contacted', 'Closed - Converted'], Email: null,
      IsConverted: false, $or: [{ NumberOfEmployees: { $lt: 120 } }, { NumberOfEmployees: { $gte: 198 } }],
    }, ['Id', 'LastName']).sort({ NumberOfEmployees: -1 }).limit(3).skip(1);
    // Working leads 102…198 step 3, of which <120 or >=198, by size descending, the first skipped.
    expect(found.map((r) => r.LastName)).toEqual(['Bulk 00117', 'Bulk 00114', 'Bulk 00111']);
    const quoted = await sandbox.connection().sobject('Lead').find({ Company: "O'Reilly Media", Email: { $exists: true } }, ['Id']);
    expect(quoted.map((r) => r.Id)).toEqual([oreillyId]);
  });

  it('answers $nlike, $nin and SfDate literals', async () => {
    const since = jsforce.SfDate.toDateTimeLiteral(new Date(clock.now() - 60_000));
    const found = await sandbox.connection().sobject('Lead').find({
      CreatedDate: { $gte: since }, LastName: { $nlike: 'Bulk%' }, Status: { $nin: ['Open - Not Contacted'] },
    }, ['Id']);
    expect(found.map((r) => r.Id)).toEqual([oreillyId]);
  });
});

// jsforce 3 has no conn.queryAll(): the query option scanAll sends the same SOQL to /queryAll.
describe('queryAll (jsforce scanAll)', () => {
  it('includes recycle-bin rows, across pages, where query leaves them out', async () => {
    const conn = sandbox.connection();
    const all = await conn.query<LeadRow>("SELECT Id, IsDeleted FROM Lead WHERE Company = 'Bulk Co'").scanAll(true).run({ autoFetch: true, maxFetch: 10_000 });
    expect(all.totalSize).toBe(BULK);
    expect(all.records.map((r) => r.Id)).toEqual(bulkIds);
    expect(all.records.filter((r) => r.IsDeleted).map((r) => r.Id)).toEqual(deletedIds);
    const deleted = await conn.query<LeadRow>('SELECT Id FROM Lead WHERE IsDeleted = true', { scanAll: true });
    expect(deleted.records.map((r) => r.Id)).toEqual(deletedIds);
    expect((await conn.query('SELECT Id FROM Lead WHERE IsDeleted = true')).totalSize).toBe(0);
  });
});

describe('refusals', () => {
  it('turns a malformed query into MALFORMED_QUERY with the caret message', async () => {
    const error = await jsforceError(sandbox.connection().query('SELECT Id FROM Lead WHERE'));
    expect(error.errorCode).toBe('MALFORMED_QUERY');
    expect(error.message).toBe('\nSELECT Id FROM Lead WHERE\n                         ^\nERROR at Row:1:Column:26\nunexpected token: <EOF>');
  });

  it.each([
    ['SELECT Id, Foo__c FROM Lead', 'INVALID_FIELD'],
    ['SELECT Id FROM Foo', 'INVALID_TYPE'],
    ['SELECT Id, (SELECT Id FROM Contacts) FROM Account', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Lead OFFSET 2001', 'NUMBER_OUTSIDE_VALID_RANGE'],
  ])('refuses %s with %s', async (soql, code) => {
    expect((await jsforceError(sandbox.connection().query(soql))).errorCode).toBe(code);
  });

  it('answers INVALID_QUERY_LOCATOR once a cursor is more than 2 days old', async () => {
    const conn = sandbox.connection();
    const first = await conn.query("SELECT Id FROM Lead WHERE Company = 'Bulk Co'");
    clock.advance(2 * 24 * 60 * 60_000 + 1);
    const error = await jsforceError(conn.queryMore(first.nextRecordsUrl ?? ''));
    expect(error).toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' });
  });
});

describe('the wire', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${sandbox.instanceUrl}${path}`, { headers: { Authorization: `Bearer ${sandbox.token}`, ...headers } });

  it('serves a queryAll locator under any version and either resource', async () => {
    const first = await get(`/services/data/v62.0/queryAll?q=${encodeURIComponent("SELECT Id FROM Lead WHERE Company = 'Bulk Co'")}`);
    const body = (await first.json()) as { nextRecordsUrl: string };
    expect(body.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/queryAll\/01g/);
    const locator = body.nextRecordsUrl.split('/').pop() ?? '';
    for (const path of [`/services/data/v58.0/query/${locator}`, `/services/data/v66.0/queryAll/${locator}`]) {
      const page = (await (await get(path)).json()) as { totalSize: number; records: LeadRow[] };
      expect(page.totalSize).toBe(BULK);
      expect(page.records[0]?.attributes.url).toContain(path.slice(0, 20));
    }
  });

  it('answers errors as a JSON array with status 400', async () => {
    const res = await get('/services/data/v62.0/query?q=SELECT');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual([{ message: '\nSELECT\n      ^\nERROR at Row:1:Column:7\nunexpected token: <EOF>', errorCode: 'MALFORMED_QUERY' }]);
    const missing = await get('/services/data/v62.0/query');
    expect(await missing.json()).toEqual([{ message: 'A query string has to be specified', errorCode: 'MALFORMED_QUERY' }]);
    const explain = await get(`/services/data/v62.0/query/?explain=${encodeURIComponent('SELECT Id FROM Lead')}`);
    expect(explain.status).toBe(400);
    expect(await explain.json()).toEqual([{ message: expect.stringContaining('explain') as unknown, errorCode: 'MALFORMED_QUERY' }]);
    expect((await get('/services/data/v19.0/query?q=SELECT+Id+FROM+Lead')).status).toBe(410);
    expect((await get('/services/data/v99.0/query?q=SELECT+Id+FROM+Lead')).status).toBe(404);
  });
});

describe('query URL length', () => {
  // Salesforce: "the maximum length for the combined URI and headers is 16,384 bytes" (431 past it, 414
  // when the URI alone is too long; help article 000386264). The sandbox's HTTP server refuses both with 431.
  const inList = (n: number) => Array.from({ length: n }, (_, i) => `'person${i}@example.com'`).join(', ');
  const get = (soql: string) => fetch(`${sandbox.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`, { headers: { Authorization: `Bearer ${sandbox.token}` } });

  it('answers an IN list of 400 emails (a 12 KB URL) and refuses one of 600 (18 KB)', async () => {
    expect((await get(`SELECT Id FROM Lead WHERE Email IN (${inList(400)})`)).status).toBe(200);
    expect((await get(`SELECT Id FROM Lead WHERE Email IN (${inList(600)})`)).status).toBe(431);
  });
});
