import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError as rejection, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/contacts/index.js';
import { docFixture, shapeDifferences, withIds } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK against the sandbox's basic object endpoints (/crm/v3/objects/{objectType}).
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.reset();
  sb.running.ctx.ledger.clear();
});

function seedContacts(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    sb.hubspot.state.records.create('contacts', { email: `person${i}@example.com`, firstname: `P${i}` }, IMPORT, { silent: true }).id);
}

describe('list and get', () => {
  it('pages through every contact with getAll, one call per page, in id order', async () => {
    const ids = seedContacts(25);
    const all = await sb.client().crm.contacts.getAll(10, undefined, ['email']);
    expect(all.map((c) => c.id)).toEqual(ids);
    expect(all[0]!.properties.email).toBe('person0@example.com');
    expect(sb.running.ctx.ledger.count('GET /crm/v3/objects/:objectType')).toBe(3);
  });

  it('leaves paging out on the last page and links the next page with a full URL', async () => {
    seedContacts(3);
    const first = await sb.client().crm.contacts.basicApi.getPage(2, undefined, ['email']);
    expect(first.paging?.next?.link).toMatch(new RegExp(`^${sb.baseUrl}/crm/v3/objects/contacts\\?`));
    const last = await wireJson(await sb.client().apiRequest({ path: `/crm/v3/objects/contacts?limit=2&after=${first.paging!.next!.after}` }));
    expect(last.results).toHaveLength(1);
    expect(last).not.toHaveProperty('paging');
  });

  it('reads properties sent as repeated parameters and as a comma-joined list alike', async () => {
    const [id] = seedContacts(1);
    const repeated = await wireJson(await sb.client().apiRequest({ path: `/crm/v3/objects/contacts/${id}?properties=email&properties=firstname` }));
    const joined = await wireJson(await sb.client().apiRequest({ path: `/crm/v3/objects/contacts/${id}?properties=email,firstname` }));
    expect(joined.properties).toEqual(repeated.properties);
    expect(repeated.properties).toMatchObject({ email: 'person0@example.com', firstname: 'P0', hs_object_id: id });
  });

  it('answers 400 for a list page larger than 100', async () => {
    const err = await rejection(sb.client().crm.contacts.basicApi.getPage(101));
    expect(err.code).toBe(400);
  });

  it('gets a contact by email with idProperty, and a requested property without a value as null', async () => {
    const [id] = seedContacts(1);
    const contact = await sb.client().crm.contacts.basicApi.getById('PERSON0@example.com', ['email', 'phone'], undefined, undefined, false, 'email');
    expect(contact.id).toBe(id);
    expect(contact.properties.phone).toBeNull();
  });

  it('serves activities and the generic objects API, naming types by name or type id', async () => {
    const task = await sb.client().crm.objects.tasks.basicApi.create({ properties: { hs_task_subject: 'Call back', hs_timestamp: '2026-01-20T10:00:00.000Z' }, associations: [] });
    const byTypeId = await sb.client().crm.objects.basicApi.getById('0-27', task.id, ['hs_task_subject']);
    expect(byTypeId.properties.hs_task_subject).toBe('Call back');
    expect(Object.keys(task.properties)).toEqual(expect.arrayContaining(['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id']));
    const err = await rejection(sb.client().crm.objects.basicApi.getPage('widgets'));
    expect(err.code).toBe(400);
    expect(err.body.message).toBe('Unable to infer object type from: widgets');
  });
});

describe('create, update, archive', () => {
  it('creates with 201 and associations, and reads the association back', async () => {
    const company = sb.hubspot.state.records.create('companies', { name: 'Acme', domain: 'acme.com' }, IMPORT);
    const contact = await sb.client().crm.contacts.basicApi.create({
      properties: { email: 'ada@acme.com', firstname: 'Ada' },
      associations: [{ to: { id: company.id }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as AssociationSpecAssociationCategoryEnum, associationTypeId: 279 }] }],
    });
    expect(contact.properties).toMatchObject({ email: 'ada@acme.com', hs_object_id: contact.id });
    const read = await sb.client().crm.contacts.basicApi.getById(contact.id, undefined, undefined, ['companies']);
    expect(read.associations?.companies?.results).toEqual([{ id: company.id, type: 'contact_to_company_unlabeled' }]);
  });

  it('updates by email and keeps each value in propertiesWithHistory, newest first', async () => {
    const [id] = seedContacts(1);
    const updated = await sb.client().crm.contacts.basicApi.update('person0@example.com', { properties: { firstname: 'Ada' } }, 'email');
    expect(updated.id).toBe(id);
    const read = await sb.client().crm.contacts.basicApi.getById(id!, ['firstname'], ['firstname']);
    const history = read.propertiesWithHistory!.firstname!;
    expect(history.map((h) => [h.value, h.sourceType])).toEqual([['Ada', 'INTEGRATION'], ['P0', 'IMPORT']]);
  });

  it('archives with 204: the record is gone from get, and there with archived=true', async () => {
    const [id] = seedContacts(1);
    await sb.client().crm.contacts.basicApi.archive(id!);
    const err = await rejection(sb.client().crm.contacts.basicApi.getById(id!));
    expect([err.code, err.body.category]).toEqual([404, 'OBJECT_NOT_FOUND']);
    const archived = await sb.client().crm.contacts.basicApi.getById(id!, undefined, undefined, undefined, true);
    expect(archived.archived).toBe(true);
    expect(archived.archivedAt).toBeInstanceOf(Date);
  });

  it('refuses a second contact with the same email (any letter case) with 409 naming the existing id', async () => {
    const [id] = seedContacts(1);
    const err = await rejection(sb.client().crm.contacts.basicApi.create({ properties: { email: 'Person0@Example.com' }, associations: [] }));
    expect([err.code, err.body.category, err.body.message]).toEqual([409, 'CONFLICT', `Contact already exists. Existing ID: ${id}`]);
  });

  it('checks a deal stage sent alone against the deal\'s own pipeline, not any pipeline', async () => {
    const renewals = sb.hubspot.state.pipelines.createPipeline('deals', {
      label: 'Renewals', displayOrder: 1, stages: [{ label: 'Up for renewal', displayOrder: 0, metadata: { probability: '0.5' } }],
    }, Date.now());
    if (!renewals.ok) throw new Error(renewals.message);
    const deal = sb.hubspot.state.records.create('deals', { dealname: 'Big', pipeline: 'default', dealstage: 'qualifiedtobuy' }, IMPORT);
    const err = await rejection(sb.client().crm.deals.basicApi.update(deal.id, { properties: { dealstage: renewals.value.stages[0]!.id } }));
    expect([err.code, err.body.errors?.[0]?.code]).toEqual([400, 'INVALID_OPTION']);
    expect(sb.hubspot.state.records.get('deals', deal.id)!.properties.dealstage).toBe('qualifiedtobuy');
  });

  it('lets two companies share a domain: HubSpot does not keep domains unique', async () => {
    await sb.client().crm.companies.basicApi.create({ properties: { name: 'Acme', domain: 'acme.com' }, associations: [] });
    await sb.client().crm.companies.basicApi.create({ properties: { name: 'Acme Inc', domain: 'acme.com' }, associations: [] });
    expect(sb.hubspot.state.records.count('companies').live).toBe(2);
  });

  it('refuses unknown properties and bad values with VALIDATION_ERROR details per property', async () => {
    const err = await rejection(sb.client().crm.contacts.basicApi.create({ properties: { favorite_food: 'Pizza', lifecyclestage: 'nope' }, associations: [] }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
    expect(err.body.message).toMatch(/^Property values were not valid: \[/);
    expect(err.body.errors?.map((e) => [e.code, e.context?.propertyName])).toEqual([
      ['PROPERTY_DOESNT_EXIST', ['favorite_food']], ['INVALID_OPTION', ['lifecyclestage']],
    ]);
  });
});

describe('payload examples from the docs', () => {
  it('accepts the documented contact create with a company association', async () => {
    const company = sb.hubspot.state.records.create('companies', { name: 'HubSpot' }, IMPORT);
    const body = withIds(docFixture('objects-create-contact-with-associations.request.json'), { 123456: company.id });
    const res = await sb.client().apiRequest({ method: 'POST', path: '/crm/v3/objects/contacts', body });
    expect(res.status).toBe(201);
    const created = await wireJson(res);
    expect(sb.hubspot.state.associations.typesBetween('contacts', created.id, 'companies', company.id)).toEqual([279]);
  });

  it('accepts the documented update once its custom property exists', async () => {
    sb.hubspot.state.properties.create('contacts', { name: 'favorite_food', label: 'Favorite food', type: 'string', fieldType: 'text', groupName: 'contactinformation' }, Date.now());
    const [id] = seedContacts(1);
    const res = await sb.client().apiRequest({ method: 'PATCH', path: `/crm/v3/objects/contacts/${id}`, body: docFixture('objects-update-contact.request.json') });
    expect(res.status).toBe(200);
    expect((await wireJson(res)).properties).toMatchObject({ favorite_food: 'burger', jobtitle: 'Manager', lifecyclestage: 'customer' });
  });

  it('answers a meeting get in the documented shape', async () => {
    const meeting = sb.hubspot.state.records.create('meetings', { hs_meeting_body: '<p>New meeting</p>', hs_timestamp: '2024-11-20T20:12:03.054Z' }, IMPORT);
    const res = await sb.client().apiRequest({ path: `/crm/v3/objects/0-47/${meeting.id}?properties=hs_meeting_body,hs_timestamp` });
    const body = await wireJson(res);
    expect(shapeDifferences(docFixture('objects-get-meeting.response.json'), body)).toEqual([]);
    expect(Object.keys(body.properties).sort()).toEqual(['hs_createdate', 'hs_lastmodifieddate', 'hs_meeting_body', 'hs_object_id', 'hs_timestamp']);
  });

  it('answers a list page in the documented shape', async () => {
    sb.hubspot.state.records.create('notes', { hs_note_body: 'a' }, IMPORT);
    sb.hubspot.state.records.create('notes', { hs_note_body: 'b' }, IMPORT);
    const body = await wireJson(await sb.client().apiRequest({ path: '/crm/v3/objects/notes?limit=1' }));
    expect(shapeDifferences(docFixture('objects-list-page.response.json'), body)).toEqual([]);
  });
});

describe('sandbox controls', () => {
  const control = (path: string, body?: unknown) => fetch(`${sb.baseUrl}/__sandbox${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });

  it('records a person\'s edit in HubSpot as CRM_UI, and restores an archived record', async () => {
    const [id] = seedContacts(1);
    expect((await control(`/crm/contacts/${id}`, { properties: { jobtitle: 'VP Sales' } })).status).toBe(204);
    const read = await sb.client().crm.contacts.basicApi.getById(id!, ['jobtitle'], ['jobtitle']);
    expect(read.propertiesWithHistory?.jobtitle?.[0]).toMatchObject({ value: 'VP Sales', sourceType: 'CRM_UI' });
    await sb.client().crm.contacts.basicApi.archive(id!);
    expect((await control(`/crm/contacts/${id}/restore`)).status).toBe(204);
    expect((await sb.client().crm.contacts.basicApi.getById(id!)).archived).toBe(false);
  });

  it('refuses a person\'s edit that would give a contact another contact\'s email with 409 CONFLICT', async () => {
    const [first, second] = seedContacts(2);
    const answer = await control(`/crm/contacts/${second}`, { properties: { email: 'PERSON0@example.com' } });
    expect([answer.status, (await wireJson(answer)).category]).toEqual([409, 'CONFLICT']);
    expect(sb.hubspot.state.records.findByUnique('contacts', 'email', 'person0@example.com')?.id).toBe(first);
  });
});
