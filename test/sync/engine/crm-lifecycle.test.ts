import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotByEmail, hubspotContacts, salesforceByEmail, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// What happens to a synced lead in Salesforce after it was linked: deleted (the HubSpot twin is archived
// and never recreated) or converted to a contact (the link follows it; HubSpot keeps one contact).

const ADA = 'ada@analytical.example.net';
const GRACE = 'grace@navy.example.net';

let h: SyncHarness;
let adaLead: string;
beforeEach(async () => {
  h = await startSyncHarness();
  const created = await h.sf.sobject('Lead').create([
    { FirstName: 'Ada', LastName: 'Lovelace', Email: ADA, Company: 'Analytical Engines', Title: 'Analyst' },
    { FirstName: 'Grace', LastName: 'Hopper', Email: GRACE, Company: 'US Navy' },
  ]);
  adaLead = created[0]!.id!;
  await h.sync({ mode: 'full' });
});
afterEach(async () => { await h.close(); });

describe('a synced lead deleted in Salesforce', () => {
  it('archives its HubSpot contact on the next incremental run', async () => {
    const adaContact = (await hubspotByEmail(h.hs)).get(ADA)!.id;
    await h.sf.sobject('Lead').destroy(adaLead);

    const result = await h.sync({ mode: 'incremental' });

    expect([...(await hubspotByEmail(h.hs)).keys()]).toEqual([GRACE]);
    const archived = await h.hs.crm.contacts.basicApi.getById(adaContact, ['email'], undefined, undefined, true);
    expect(archived.archived).toBe(true);
    expect(result.archived).toBe(1);
  });

  it('is not recreated in HubSpot by a later full sync: both ids and the email are tombstoned', async () => {
    const adaContact = (await hubspotByEmail(h.hs)).get(ADA)!.id;
    await h.sf.sobject('Lead').destroy(adaLead);
    await h.sync({ mode: 'incremental' });

    const full = await h.sync({ mode: 'full' });

    expect([...(await hubspotByEmail(h.hs)).keys()]).toEqual([GRACE]);
    expect(full.applied.created).toEqual({ crm: 0, marketing: 0 });
    expect((await h.store.tombstones.findByEmails(h.tenant.id, 'contact', [ADA])).get(ADA)).toMatchObject({ reason: 'deleted', email: ADA });
    expect((await h.store.tombstones.findByIds(h.tenant.id, 'contact', 'salesforce', [adaLead])).has(adaLead)).toBe(true);
    expect((await h.store.tombstones.findByIds(h.tenant.id, 'contact', 'hubspot', [adaContact])).has(adaContact)).toBe(true);
  });

  it('is not handed back to Salesforce when its archived HubSpot twin is recreated by a form', async () => {
    await h.sf.sobject('Lead').destroy(adaLead);
    await h.sync({ mode: 'incremental' });
    await h.hs.crm.contacts.basicApi.create({ properties: { email: ADA, lastname: 'Lovelace', company: 'Analytical Engines', lifecyclestage: 'marketingqualifiedlead' }, associations: [] });

    await h.sync({ mode: 'incremental', handOff: () => true });

    expect((await salesforceByEmail(h.sf, 'Lead')).has(ADA)).toBe(false);
  });
});

describe('a synced lead converted in Salesforce', () => {
  async function convertAda() {
    const converted = await h.sf.soap.convertLead({ leadId: adaLead, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: true });
    return converted.contactId!;
  }

  it('moves the link from the lead to the contact', async () => {
    const adaContact = (await hubspotByEmail(h.hs)).get(ADA)!.id;
    const contactId = await convertAda();

    const result = await h.sync({ mode: 'incremental' });

    expect(await h.store.idMap.lookup(h.tenant.id, 'contact', { system: 'salesforce', id: contactId }, 'hubspot')).toBe(adaContact);
    expect(await h.store.idMap.lookup(h.tenant.id, 'contact', { system: 'hubspot', id: adaContact }, 'salesforce')).toBe(contactId);
    expect(result.conversionsFollowed).toBe(1);
  });

  it('keeps exactly one HubSpot contact through later incremental runs and edits', async () => {
    const adaContact = (await hubspotByEmail(h.hs)).get(ADA)!.id;
    const contactId = await convertAda();
    await h.sync({ mode: 'incremental' });
    await h.sf.sobject('Contact').update({ Id: contactId, FirstName: 'Augusta Ada' });
    await h.sync({ mode: 'incremental' });
    await h.sync({ mode: 'incremental' });

    const contacts = (await hubspotContacts(h.hs)).filter((c) => c.properties.email === ADA);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: adaContact, properties: { firstname: 'Augusta Ada', jobtitle: 'Analyst' } });
    expect(await hubspotContacts(h.hs)).toHaveLength(2);
  });

  it('keeps exactly one HubSpot contact through a later full sync', async () => {
    await convertAda();
    await h.sync({ mode: 'incremental' });

    const full = await h.sync({ mode: 'full' });

    expect((await hubspotContacts(h.hs)).filter((c) => c.properties.email === ADA)).toHaveLength(1);
    expect(full.applied.created).toEqual({ crm: 0, marketing: 0 });
  });
});
