import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences, withIds } from '../../support/hubspot-doc-fixtures.ts';
import type { RecordChangeEvent } from '../../../connectors/hubspot/sandbox/state/record-changes.ts';

// Merge (POST /crm/v3/objects/{type}/merge) and GDPR delete through the official SDK. HubSpot's
// merge gives the result a new record id and points both old ids at it
// (https://developers.hubspot.com/changelog/updated-merge-functionality-for-contacts-and-companies);
// the "primary ID preservation" beta keeps the primary's id instead.
const IMPORT = { sourceType: 'IMPORT' };

describe('merge', () => {
  let sb: StartedHubspotSandbox;
  beforeAll(async () => {
    sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 } });
  });
  afterAll(() => sb.close());
  beforeEach(() => sb.hubspot.reset());

  function twoAdas() {
    const { records, associations } = sb.hubspot.state;
    const primary = records.create('contacts', { email: 'ada@acme.com', firstname: 'Ada' }, IMPORT);
    const merged = records.create('contacts', { email: 'ada.lovelace@gmail.com', firstname: 'Augusta', jobtitle: 'Analyst' }, IMPORT);
    const company = records.create('companies', { name: 'Acme' }, IMPORT);
    associations.add('contacts', merged.id, 'companies', company.id, [1]);
    return { primary, merged, company };
  }

  it('leaves one record holding both: primary values win, gaps filled, the other email kept aside', async () => {
    const { primary, merged } = twoAdas();
    const survivor = await sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    expect(survivor.properties).toMatchObject({ email: 'ada@acme.com', firstname: 'Ada', hs_additional_emails: 'ada.lovelace@gmail.com' });
    expect(survivor.properties.hs_merged_object_ids?.split(';').sort()).toEqual([primary.id, merged.id].sort());
    const read = await sb.client().crm.contacts.basicApi.getById(survivor.id, ['jobtitle']);
    expect(read.properties.jobtitle).toBe('Analyst');
  });

  it('gives the result a new id, and both old ids still get it', async () => {
    const { primary, merged } = twoAdas();
    const survivor = await sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    expect([primary.id, merged.id]).not.toContain(survivor.id);
    for (const oldId of [primary.id, merged.id]) {
      expect((await sb.client().crm.contacts.basicApi.getById(oldId)).id).toBe(survivor.id);
    }
    expect(sb.hubspot.state.records.get('contacts', merged.id)).toBeUndefined();
  });

  it('honours an old id on the basic update only: batch update answers it as not found', async () => {
    const { primary, merged } = twoAdas();
    const survivor = await sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    const updated = await sb.client().crm.contacts.basicApi.update(merged.id, { properties: { jobtitle: 'CTO' } });
    expect(updated.id).toBe(survivor.id);
    const batch = await sb.client().crm.contacts.batchApi.update({ inputs: [{ id: merged.id, properties: { jobtitle: 'CEO' } }] });
    expect('errors' in batch && batch.errors?.[0]?.category).toBe('OBJECT_NOT_FOUND');
  });

  it('moves associations to the merged record and finds it by either email', async () => {
    const { primary, merged, company } = twoAdas();
    const survivor = await sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    expect(sb.hubspot.state.associations.typesBetween('contacts', survivor.id, 'companies', company.id)).toEqual([1, 279]);
    const byOldEmail = await sb.client().crm.contacts.basicApi.getById('ada.lovelace@gmail.com', undefined, undefined, undefined, false, 'email');
    expect(byOldEmail.id).toBe(survivor.id);
  });

  it('tells change listeners which records were merged into which', async () => {
    const { primary, merged } = twoAdas();
    const events: RecordChangeEvent[] = [];
    const stop = sb.hubspot.state.records.onChange((e) => events.push(e));
    const survivor = await sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    stop();
    expect(events).toEqual([expect.objectContaining({
      kind: 'merge', objectId: survivor.id, primaryObjectId: primary.id, mergedObjectIds: [merged.id], newObjectId: survivor.id, changeSource: 'INTEGRATION',
    })]);
  });

  it('refuses to merge a record into itself, and an unknown id with 404', async () => {
    const { primary } = twoAdas();
    expect((await sdkError(sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: primary.id }))).code).toBe(400);
    expect((await sdkError(sb.client().crm.contacts.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: '424242' }))).code).toBe(404);
  });

  it('answers the documented company merge in the documented shape', async () => {
    const a = sb.hubspot.state.records.create('companies', { name: 'Acme' }, IMPORT);
    const b = sb.hubspot.state.records.create('companies', { name: 'Acme Inc', domain: 'acme.com' }, IMPORT);
    const res = await sb.client().apiRequest({ method: 'POST', path: '/crm/v3/objects/companies/merge', body: withIds(docFixture('merge-companies.request.json'), { 12345: a.id, 45678: b.id }) });
    expect(res.status).toBe(200);
    const body = await wireJson(res);
    expect(shapeDifferences(docFixture('merge-companies.response.json'), body)).toEqual([]);
    expect(body.properties).toMatchObject({ name: 'Acme', domain: 'acme.com' });
  });
});

describe('merge with primary ID preservation', () => {
  it('keeps the primary id and points the merged id at it', async () => {
    const sb = await startHubspotSandbox({}, { mergeKeepsPrimaryId: true });
    try {
      const primary = sb.hubspot.state.records.create('deals', { dealname: 'Big', pipeline: 'default', dealstage: 'qualifiedtobuy' }, IMPORT);
      const merged = sb.hubspot.state.records.create('deals', { dealname: 'Big (dup)', amount: '5000', pipeline: 'default', dealstage: 'qualifiedtobuy' }, IMPORT);
      const survivor = await sb.client().crm.deals.basicApi.merge({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
      expect(survivor.id).toBe(primary.id);
      expect(survivor.properties).toMatchObject({ dealname: 'Big', amount: '5000', hs_merged_object_ids: merged.id });
      expect((await sb.client().crm.deals.basicApi.getById(merged.id)).id).toBe(primary.id);
      expect((await sb.client().crm.deals.getAll()).map((d) => d.id)).toEqual([primary.id]);
    } finally {
      await sb.close();
    }
  });
});

describe('GDPR delete', () => {
  it('removes a contact for good: no archived copy, and its email is free again', async () => {
    const sb = await startHubspotSandbox();
    try {
      const contact = sb.hubspot.state.records.create('contacts', { email: 'forget@me.com' }, IMPORT);
      await sb.client().crm.contacts.basicApi.purge({ objectId: 'forget@me.com', idProperty: 'email' });
      expect((await sdkError(sb.client().crm.contacts.basicApi.getById(contact.id, undefined, undefined, undefined, true))).code).toBe(404);
      const again = await sb.client().crm.contacts.basicApi.create({ properties: { email: 'forget@me.com' }, associations: [] });
      expect(again.id).not.toBe(contact.id);
    } finally {
      await sb.close();
    }
  });
});
