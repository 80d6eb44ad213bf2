import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHubspotSdk } from '../../../connectors/hubspot/client.ts';
import { hubspotContactFeed } from '../../../connectors/hubspot/contacts-feed.ts';
import { hubspotContactWriter } from '../../../connectors/hubspot/contacts-writer.ts';
import { toCanonicalContact } from '../../../connectors/hubspot/map/contact.ts';
import { readFixtureJson } from '../../support/fixtures.ts';

// One documented exchange each: a search page, a 207 multi-status batch answer, a 429 with its body.
const BASE = 'https://api.hubapi.com';
const json = { 'content-type': 'application/json' };
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

const sdk = () => createHubspotSdk({ baseUrl: BASE, accessToken: 'token' });
const record = (id: string, modified: string, email: string) => ({
  id, properties: { email, lastname: 'L', hs_object_id: id, createdate: '2025-01-01T00:00:00.000Z', lastmodifieddate: modified },
  createdAt: '2025-01-01T00:00:00.000Z', updatedAt: modified, archived: false,
});

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('HubSpot contact exchanges', () => {
  it('asks for one search page sorted by lastmodifieddate and hands out its records with the cursor', async () => {
    nock(BASE)
      .post('/crm/v3/objects/contacts/search', (body: { sorts: Array<{ propertyName: string }>; limit: number; filterGroups: unknown[] }) =>
        body.sorts[0]?.propertyName === 'lastmodifieddate' && body.limit === 100 && body.filterGroups.length === 0)
      .reply(200, { total: 2, results: [record('11', '2025-03-01T00:00:00.000Z', 'a@x.example'), record('12', '2025-03-02T00:00:00.000Z', 'b@x.example')] }, json);
    const pages = await collect(hubspotContactFeed(sdk()).pages({}));
    expect(pages.map((p) => [p.records.map((r) => r.source.id), p.cursor, p.calls])).toEqual([
      [['11', '12'], { modifiedAt: '2025-03-02T00:00:00.000Z', id: '12' }, 1],
    ]);
  });

  it('lands the documented 207 error in rejected with HubSpot\'s message and writes the other input', async () => {
    const answer = readFixtureJson('hubspot/docs/batch-create-multi-status.response.json') as { errors: Array<{ context: Record<string, string[]> }> };
    answer.errors[0]!.context = { objectWriteTraceId: ['u1'] };
    nock(BASE)
      .post('/crm/v3/objects/contacts/batch/update', (body: { inputs: Array<{ objectWriteTraceId: string }> }) =>
        body.inputs.map((i) => i.objectWriteTraceId).join() === 'u0,u1')
      .reply(207, answer, json);
    const good = toCanonicalContact(record('1145814089', '2025-03-01T00:00:00.000Z', 'a@x.example'));
    const bad = toCanonicalContact(record('1145814090', '2025-03-01T00:00:00.000Z', 'b@x.example'));
    const outcome = await hubspotContactWriter(sdk()).write([good, bad]);
    expect(outcome.written.map((w) => [w.vendorId, w.created])).toEqual([['1145814089', false]]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind, r.vendorMessage])).toEqual([
      ['1145814090', 'rejected_record', expect.stringContaining('Property \\"missing\\" does not exist')],
    ]);
    expect(outcome.calls).toBe(1);
  });

  it('retries the documented 429 body after the Retry-After it came with', async () => {
    const waits: number[] = [];
    nock(BASE)
      .post('/crm/v3/objects/contacts/search').reply(429, { ...(readFixtureJson('hubspot/docs/error-rate-limited.response.json') as object), category: 'RATE_LIMITS' }, { ...json, 'retry-after': '3' })
      .post('/crm/v3/objects/contacts/search').reply(200, { total: 0, results: [] }, json);
    const pages = await collect(hubspotContactFeed(sdk(), { sleep: async (ms) => void waits.push(ms) }).pages({}));
    expect([pages.map((p) => p.calls), waits]).toEqual([[2], [3000]]);
  });
});
