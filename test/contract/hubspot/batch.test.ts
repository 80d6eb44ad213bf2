import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences, withIds } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK against /crm/v3/objects/{objectType}/batch/*: 100 inputs at most, 207 multi-status.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const contactsNow = () => sb.hubspot.state.records.count('contacts').live;

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.reset();
  sb.running.ctx.ledger.clear();
});

const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ email: `p${from + i}@example.com`, firstname: `P${from + i}` }));

describe('batch writes and reads', () => {
  it('creates with 201 and reads back with 200', async () => {
    const created = await sb.client().crm.contacts.batchApi.create({ inputs: people(3).map((properties) => ({ properties, associations: [] })) });
    expect(created.status).toBe('COMPLETE');
    expect(created.results).toHaveLength(3);
    const read = await sb.client().crm.contacts.batchApi.read({
      inputs: created.results.map((r) => ({ id: r.id })), properties: ['email'], propertiesWithHistory: [],
    });
    expect(read.results.map((r) => r.properties.email).sort()).toEqual(['p0@example.com', 'p1@example.com', 'p2@example.com']);
    expect('numErrors' in read).toBe(false);
  });

  it('reads unknown ids as a 207 OBJECT_NOT_FOUND error listing them', async () => {
    const known = sb.hubspot.state.records.create('contacts', { email: 'k@example.com' }, IMPORT);
    const read = await sb.client().crm.contacts.batchApi.read({ inputs: [{ id: known.id }, { id: '999999' }], properties: [], propertiesWithHistory: [] });
    expect(read.results.map((r) => r.id)).toEqual([known.id]);
    expect('numErrors' in read && read.numErrors).toBe(1);
    expect('errors' in read && read.errors?.[0]).toMatchObject({ category: 'OBJECT_NOT_FOUND', context: { ids: ['999999'] } });
  });

  it('updates with 200 and upserts by email, telling new records from updated ones', async () => {
    const existing = sb.hubspot.state.records.create('contacts', { email: 'old@example.com' }, IMPORT);
    const updated = await sb.client().crm.contacts.batchApi.update({ inputs: [{ id: existing.id, properties: { jobtitle: 'CTO' } }] });
    expect(updated.results[0]!.properties.jobtitle).toBe('CTO');
    const upserted = await sb.client().crm.contacts.batchApi.upsert({
      inputs: [
        { id: 'OLD@example.com', idProperty: 'email', properties: { firstname: 'Olga' } },
        { id: 'new@example.com', idProperty: 'email', properties: { firstname: 'Nina' } },
      ],
    });
    const byEmail = Object.fromEntries(upserted.results.map((r) => [r.properties.email, r]));
    expect(byEmail['old@example.com']).toMatchObject({ id: existing.id, _new: false });
    expect(byEmail['new@example.com']?._new).toBe(true);
  });

  it('archives with 204', async () => {
    const ids = people(2).map((p) => sb.hubspot.state.records.create('contacts', p, IMPORT).id);
    await sb.client().crm.contacts.batchApi.archive({ inputs: ids.map((id) => ({ id })) });
    expect(sb.hubspot.state.records.count('contacts')).toEqual({ live: 0, archived: 2 });
  });

  it('counts one batch upsert of 100 contacts as one call', async () => {
    await sb.client().crm.contacts.batchApi.upsert({ inputs: people(100).map((p) => ({ id: p.email, idProperty: 'email', properties: p })) });
    expect(contactsNow()).toBe(100);
    expect(sb.running.ctx.ledger.count('POST /crm/v3/objects/:objectType/batch/upsert')).toBe(1);
    expect(sb.running.ctx.ledger.count()).toBe(1);
  });
});

describe('batch failures', () => {
  it('answers 207 per input when the inputs carry objectWriteTraceId, writing the good ones', async () => {
    const answer = await sb.client().crm.contacts.batchApi.create({
      inputs: [
        { objectWriteTraceId: 't-good', properties: { email: 'good@example.com' }, associations: [] },
        { objectWriteTraceId: 't-bad', properties: { email: 'bad@example.com', shoe_size: '42' }, associations: [] },
      ],
    });
    expect(answer.constructor.name).toBe('BatchResponseSimplePublicObjectWithErrors');
    expect(answer.results.map((r) => r.properties.email)).toEqual(['good@example.com']);
    expect('errors' in answer && answer.errors?.[0]).toMatchObject({ category: 'VALIDATION_ERROR', context: { objectWriteTraceId: ['t-bad'] } });
    expect(contactsNow()).toBe(1);
  });

  it('refuses the whole batch with 400, writing nothing, when one input is bad and there are no trace ids', async () => {
    const err = await sdkError(sb.client().crm.contacts.batchApi.create({
      inputs: [{ properties: { email: 'good@example.com' }, associations: [] }, { properties: { shoe_size: '42' }, associations: [] }],
    }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
    expect(err.body.errors?.[0]).toMatchObject({ code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: ['shoe_size'] } });
    expect(sb.hubspot.state.records.snapshot().contacts).toEqual([]);
  });

  it('refuses more than 100 inputs with 400 on every batch endpoint', async () => {
    const many = people(101);
    const api = sb.client().crm.contacts.batchApi;
    const calls = [
      api.create({ inputs: many.map((properties) => ({ properties, associations: [] })) }),
      api.read({ inputs: many.map((_, i) => ({ id: String(i + 1) })), properties: [], propertiesWithHistory: [] }),
      api.update({ inputs: many.map((properties, i) => ({ id: String(i + 1), properties })) }),
      api.upsert({ inputs: many.map((p) => ({ id: p.email, idProperty: 'email', properties: p })) }),
      api.archive({ inputs: many.map((_, i) => ({ id: String(i + 1) })) }),
    ];
    for (const call of calls) {
      const err = await sdkError(call);
      expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
    }
    expect(contactsNow()).toBe(0);
  });

  it('refuses an email upsert batch as a whole when one input fails: partial upserts are not supported', async () => {
    const err = await sdkError(sb.client().crm.contacts.batchApi.upsert({
      inputs: [
        { id: 'a@example.com', idProperty: 'email', properties: { firstname: 'A' } },
        { id: 'b@example.com', idProperty: 'email', properties: { lifecyclestage: 'nope' } },
      ],
    }));
    expect(err.code).toBe(400);
    expect(contactsNow()).toBe(0);
  });
});

describe('ids that name no record', () => {
  it('are answered per input on update and on upsert by record id, without trace ids, and the other inputs are written', async () => {
    const known = sb.hubspot.state.records.create('contacts', { email: 'k@example.com' }, IMPORT);
    const api = sb.client().crm.contacts.batchApi;
    const inputs = [{ id: known.id, properties: { jobtitle: 'CTO' } }, { id: '999999', properties: { jobtitle: 'CEO' } }];
    for (const answer of [await api.update({ inputs }), await api.upsert({ inputs })]) {
      expect(answer.results.map((r) => r.id)).toEqual([known.id]);
      expect('errors' in answer && answer.errors).toEqual([expect.objectContaining({ category: 'OBJECT_NOT_FOUND', context: { ids: ['999999'] } })]);
    }
    expect(sb.hubspot.state.records.get('contacts', known.id)!.properties.jobtitle).toBe('CTO');
  });
});

describe('reads by a unique property, and archives of what is not there', () => {
  it('reads contacts by email case-insensitively, and lists the emails nobody has in a 207 as they were sent', async () => {
    const ada = sb.hubspot.state.records.create('contacts', { email: 'ada@example.com' }, IMPORT);
    const read = await sb.client().crm.contacts.batchApi.read({
      inputs: [{ id: 'ADA@Example.com' }, { id: 'Nobody@example.com' }], idProperty: 'email', properties: ['email'], propertiesWithHistory: [],
    }, false);
    expect(read.results.map((r) => [r.id, r.properties.email, r.archived])).toEqual([[ada.id, 'ada@example.com', false]]);
    expect(read.results[0]!.createdAt).toBeInstanceOf(Date);
    expect('errors' in read && read.errors).toEqual([expect.objectContaining({ category: 'OBJECT_NOT_FOUND', context: { ids: ['Nobody@example.com'] } })]);
  });

  it('finds a contact by an address in its hs_additional_emails too', async () => {
    const merged = sb.hubspot.state.records.create('contacts', { email: 'new@example.com', hs_additional_emails: 'old@example.com' }, IMPORT);
    const read = await sb.client().crm.contacts.batchApi.read({ inputs: [{ id: 'old@example.com' }], idProperty: 'email', properties: ['email'], propertiesWithHistory: [] });
    expect(read.results.map((r) => [r.id, r.properties.email])).toEqual([[merged.id, 'new@example.com']]);
  });

  it('refuses a property that is not unique as idProperty', async () => {
    const err = await sdkError(sb.client().crm.contacts.batchApi.read({ inputs: [{ id: 'Ada' }], idProperty: 'firstname', properties: [], propertiesWithHistory: [] }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('archives with 204 whatever the state of each id: live, already archived, never there', async () => {
    const [live, gone] = people(2).map((p) => sb.hubspot.state.records.create('contacts', p, IMPORT).id);
    sb.hubspot.state.records.archive('contacts', gone!, IMPORT);
    await sb.client().crm.contacts.batchApi.archive({ inputs: [{ id: live! }, { id: gone! }, { id: '999999' }] });
    expect(sb.hubspot.state.records.count('contacts')).toEqual({ live: 0, archived: 2 });
  });
});

describe('payload examples from the docs', () => {
  const post = (path: string, body: unknown) => sb.client().apiRequest({ method: 'POST', path, body });

  it('accepts the documented contact batch create once its custom property exists', async () => {
    sb.hubspot.state.properties.create('contacts', { name: 'favorite_food', label: 'Favorite food', type: 'string', fieldType: 'text', groupName: 'contactinformation' }, Date.now());
    const res = await post('/crm/v3/objects/contacts/batch/create', docFixture('batch-create-contacts.request.json'));
    expect(res.status).toBe(201);
    expect(contactsNow()).toBe(2);
  });

  it('accepts the documented deal batch create with a primary company and a meeting', async () => {
    const company = sb.hubspot.state.records.create('companies', { name: 'Acme' }, IMPORT);
    const meeting = sb.hubspot.state.records.create('meetings', { hs_timestamp: '2026-01-10T10:00:00.000Z' }, IMPORT);
    const res = await post('/crm/v3/objects/deals/batch/create', withIds(docFixture('batch-create-deals-with-associations.request.json'), { 23125848331: company.id, 65059681027: meeting.id }));
    expect(res.status).toBe(201);
    const deal = (await wireJson(res)).results[0]!;
    expect(sb.hubspot.state.associations.typesBetween('deals', deal.id, 'companies', company.id)).toEqual([5, 341]);
    expect(sb.hubspot.state.associations.typesBetween('deals', deal.id, 'meetings', meeting.id)).toEqual([211]);
  });

  it('answers the documented multi-status create in the documented shape', async () => {
    const res = await post('/crm/v3/objects/contacts/batch/create', docFixture('batch-create-multi-status.request.json'));
    expect(res.status).toBe(207);
    const body = await wireJson(res);
    expect(shapeDifferences(docFixture('batch-create-multi-status.response.json'), body, ['errors[].errors'])).toEqual([]);
    expect(body.errors[0]!.message).toMatch(/^Property values were not valid: \[\{"isValid":false,"message":"Property \\"missing\\" does not exist"/);
  });

  it('accepts the documented batch read, upsert and archive bodies', async () => {
    const deals = ['A', 'B'].map((n) => sb.hubspot.state.records.create('deals', { dealname: n, pipeline: 'default', dealstage: 'qualifiedtobuy' }, IMPORT));
    const read = await post('/crm/v3/objects/deals/batch/read', withIds(docFixture('batch-read-deals.request.json'), { 7891023: deals[0]!.id, 987654: deals[1]!.id }));
    expect(read.status).toBe(200);
    expect((await wireJson(read)).results[0]!.properties).toHaveProperty('dealstage', 'qualifiedtobuy');
    expect((await post('/crm/v3/objects/contacts/batch/upsert', docFixture('batch-upsert-contacts-by-email.request.json'))).status).toBe(200);
    expect(contactsNow()).toBe(3);
    const ids = sb.hubspot.state.records.snapshot().contacts.map((c) => c.id);
    const archive = await post('/crm/v3/objects/contacts/batch/archive', withIds(docFixture('batch-archive.request.json'), { 123456: ids[0]!, 7891011: ids[1]!, 12123434: ids[2]! }));
    expect(archive.status).toBe(204);
    expect(contactsNow()).toBe(0);
  });
});
