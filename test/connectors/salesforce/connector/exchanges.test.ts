import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import type { CanonicalContact } from '../../../../src/core/canonical/index.ts';
import { createSalesforceConnection, feedSoql, LEAD_FIELDS, salesforcePeopleFeed, salesforcePeopleWriter } from '../../../../connectors/salesforce/index.ts';
import { salesforceDocFixture } from '../../../support/salesforce-doc-fixtures.ts';

// One documented exchange each, shapes from fixtures/salesforce/docs (query, collections, errors).
const INSTANCE = 'https://acme.my.salesforce.com';
const connection = () => createSalesforceConnection({ instanceUrl: INSTANCE, accessToken: '00Dxx!session' });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

const row = (id: string, stamp: string) => ({
  attributes: { type: 'Lead', url: `/services/data/v62.0/sobjects/Lead/${id}` },
  Id: id, FirstName: null, LastName: `Lead ${id.slice(-4)}`, Email: null, Phone: null, Title: null, Company: 'Acme', LeadSource: null,
  Status: 'Open - Not Contacted', OwnerId: '005RO000000AbCdYAK', HasOptedOutOfEmail: false, DoNotCall: false, IsConverted: false,
  ConvertedContactId: null, ConvertedAccountId: null, ConvertedDate: null,
  CreatedDate: '2026-03-01T09:00:00.000+0000', LastModifiedDate: stamp, SystemModstamp: stamp,
});

describe('the change feed over GET /query and its nextRecordsUrl', () => {
  it('asks for rows after the cursor in (SystemModstamp, Id) order, follows nextRecordsUrl, and hands out each page\'s cursor and calls', async () => {
    const after = { modifiedAt: '2026-03-01T10:00:00.000Z', id: '00QRO0000001AAAYA2' };
    const soql = feedSoql({ sobject: 'Lead', fields: LEAD_FIELDS, after, window: 50_000 });
    expect(soql).toBe(`SELECT ${LEAD_FIELDS.join(', ')} FROM Lead WHERE ((SystemModstamp > 2026-03-01T10:00:00Z) OR `
      + "(SystemModstamp = 2026-03-01T10:00:00Z AND Id > '00QRO0000001AAAYA2')) ORDER BY SystemModstamp, Id LIMIT 50000");
    const documented = salesforceDocFixture('query.response.json') as { nextRecordsUrl: string };
    const locator = documented.nextRecordsUrl.replace(/-500$/, '-2000');
    nock(INSTANCE)
      .get('/services/data/v62.0/query').query({ q: soql })
      .reply(200, { totalSize: 3, done: false, nextRecordsUrl: locator, records: [row('00QRO0000001AABYA2', '2026-03-01T10:00:00.000+0000'), row('00QRO0000001AACYA2', '2026-03-01T10:05:00.000+0000')] }, { 'Sforce-Limit-Info': 'api-usage=17/15000' })
      .get(locator)
      .reply(200, { totalSize: 3, done: true, records: [row('00QRO0000001AADYA2', '2026-03-01T10:05:00.000+0000')] }, { 'Sforce-Limit-Info': 'api-usage=18/15000' });

    const feed = salesforcePeopleFeed(connection(), { sobject: 'Lead' });
    const pages = [];
    for await (const page of feed.pages({ after })) pages.push(page);
    expect(pages.map((p) => ({ ids: p.records.map((r) => r.source.id), cursor: p.cursor, calls: p.calls }))).toEqual([
      { ids: ['00QRO0000001AABYA2', '00QRO0000001AACYA2'], cursor: { modifiedAt: '2026-03-01T10:05:00.000Z', id: '00QRO0000001AACYA2' }, calls: 1 },
      { ids: ['00QRO0000001AADYA2'], cursor: { modifiedAt: '2026-03-01T10:05:00.000Z', id: '00QRO0000001AADYA2' }, calls: 1 },
    ]);
    expect(feed.apiUsage()).toEqual({ used: 18, limit: 15000 });
  });

  it('stops at once on 401 INVALID_SESSION_ID when there is no refresh token, calling it auth_expired', async () => {
    nock(INSTANCE).get('/services/data/v62.0/query').query(true).reply(401, salesforceDocFixture('error-invalid-session.response.json'));
    const feed = salesforcePeopleFeed(connection(), { sobject: 'Contact', sleep: () => Promise.reject(new Error('must not wait')) });
    await expect(feed.pages({})[Symbol.asyncIterator]().next()).rejects.toMatchObject({
      name: 'VendorCallError', kind: 'auth_expired', status: 401, vendorMessage: 'INVALID_SESSION_ID: Session expired or invalid',
    });
  });
});

describe('the people writer over POST /composite/sobjects', () => {
  const person = (email: string, lastName: string): CanonicalContact => ({
    kind: 'lead', source: { system: 'hubspot', id: lastName }, email, lastName, companyName: 'Acme', additionalEmails: [],
    scores: { isMql: false }, consent: { emailOptOut: false, doNotCall: false, privacyDeletionRequested: false },
    createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z',
  });

  it('sends allOrNone false and splits a partial failure into written and rejected with Salesforce\'s statusCode and message', async () => {
    let sent: unknown;
    nock(INSTANCE)
      .post('/services/data/v62.0/composite/sobjects', (body: unknown) => ((sent = body), true))
      .reply(200, [
        { id: '00QRO0000001AAEYA2', success: true, errors: [] },
        { success: false, errors: [{ statusCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: nope', fields: ['Email'] }] },
      ]);
    const writer = salesforcePeopleWriter(connection(), { sobject: 'Lead' });
    const outcome = await writer.write([person('ada@example.com', 'Lovelace'), person('nope', 'Hopper')]);
    expect(sent).toEqual({
      allOrNone: false,
      records: [
        { attributes: { type: 'Lead' }, LastName: 'Lovelace', Email: 'ada@example.com', Company: 'Acme', HasOptedOutOfEmail: false, DoNotCall: false },
        { attributes: { type: 'Lead' }, LastName: 'Hopper', Email: 'nope', Company: 'Acme', HasOptedOutOfEmail: false, DoNotCall: false },
      ],
    });
    expect(outcome.written).toEqual([{ record: expect.objectContaining({ lastName: 'Lovelace' }), vendorId: '00QRO0000001AAEYA2', created: true }]);
    expect(outcome.rejected).toEqual([{
      record: expect.objectContaining({ lastName: 'Hopper' }), kind: 'rejected_record', vendorCode: 'INVALID_EMAIL_ADDRESS', vendorMessage: 'Email: invalid email address: nope',
    }]);
    expect(outcome.calls).toBe(1);
    expect(writer.maxBatch).toBe(200);
  });

  it('halves a batch Salesforce refused whole (400 JSON_PARSER_ERROR) until the bad record is alone, counting every call', async () => {
    const refused = [{ message: 'Cannot deserialize instance of double from VALUE_STRING value abc', errorCode: 'JSON_PARSER_ERROR' }];
    const sizes: number[] = [];
    const ok = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `00QRO000000${i}AAAYA2`.slice(0, 18), success: true, errors: [] }));
    nock(INSTANCE)
      .post('/services/data/v62.0/composite/sobjects', (b: { records: unknown[] }) => (sizes.push(b.records.length), b.records.length === 3)).reply(400, refused)
      .post('/services/data/v62.0/composite/sobjects', (b: { records: unknown[] }) => (sizes.push(b.records.length), b.records.length === 2)).reply(200, ok(2))
      .post('/services/data/v62.0/composite/sobjects', (b: { records: unknown[] }) => (sizes.push(b.records.length), b.records.length === 1)).reply(400, refused);
    const outcome = await salesforcePeopleWriter(connection(), { sobject: 'Lead' }).write([person('a@example.com', 'A'), person('b@example.com', 'B'), person('c@example.com', 'C')]);
    expect(outcome.written.map((w) => w.record.lastName)).toEqual(['A', 'B']);
    expect(outcome.rejected).toEqual([{ record: expect.objectContaining({ lastName: 'C' }), kind: 'rejected_record', vendorMessage: `JSON_PARSER_ERROR: ${refused[0]!.message}` }]);
    expect(outcome.calls).toBe(3);
  });
});
