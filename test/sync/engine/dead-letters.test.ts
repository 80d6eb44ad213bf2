import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotByEmail, salesforceByEmail, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// A record the vendor refuses inside a batch it otherwise accepts (HubSpot's 207, a Salesforce save
// result with success false) is set aside in the dead-letter list with the vendor's own message,
// while its neighbours in the same batch are written.

const email = (n: number) => `person${n}@letters.example.net`;

let h: SyncHarness;
beforeEach(async () => { h = await startSyncHarness(); });
afterEach(async () => { await h.close(); });

describe('a HubSpot contact removed behind the engine\'s back', () => {
  it.each(['archive', 'purge'] as const)('(%s) dead-letters the update of its edited lead with HubSpot\'s message, and writes the rest of the batch', async (removal) => {
    const created = await h.sf.sobject('Lead').create([1, 2, 3, 4].map((n) => ({ LastName: `Person${n}`, Email: email(n), Company: 'Acme' })));
    const leadIds = created.map((r) => r.id!);
    await h.sync({ mode: 'full' });
    const gone = (await hubspotByEmail(h.hs)).get(email(2))!.id;
    h.hubspot.state.records[removal]('contacts', gone, { sourceType: 'CRM_UI' });
    await h.sf.sobject('Lead').update(leadIds.map((Id, i) => ({ Id, FirstName: `First${i + 1}` })));

    const result = await h.sync({ mode: 'incremental' });

    const contacts = await hubspotByEmail(h.hs);
    expect([1, 3, 4].map((n) => contacts.get(email(n))?.properties.firstname)).toEqual(['First1', 'First3', 'First4']);
    expect(contacts.has(email(2))).toBe(false);
    const letters = await h.store.deadLetters.listOpen(h.tenant.id, { limit: 10 });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ vendor: 'hubspot', recordKey: gone, failureKind: 'not_found', vendorCode: 'OBJECT_NOT_FOUND' });
    expect(letters[0]!.vendorMessage).toMatch(/^OBJECT_NOT_FOUND: /);
    expect(result.applied).toMatchObject({ updated: { crm: 0, marketing: 3 }, failed: { crm: 0, marketing: 1 } });
  });
});

describe('a handed-off contact Salesforce refuses', () => {
  it('is dead-lettered with Salesforce\'s error while its neighbours become leads', async () => {
    await h.sync({ mode: 'full' });
    await h.hs.crm.contacts.batchApi.create({
      inputs: [1, 2, 3].map((n) => ({
        properties: { email: email(n), lastname: `Person${n}`, lifecyclestage: 'marketingqualifiedlead', ...(n === 2 ? {} : { company: 'Acme' }) },
        associations: [],
      })),
    });

    // A hand-off rule without the company requirement of mappings/sync.yaml: Salesforce itself refuses the lead.
    const result = await h.sync({ mode: 'incremental', handOff: (c) => c.lifecycleStage === 'mql' });

    const leads = await salesforceByEmail(h.sf, 'Lead');
    expect([...leads.keys()].sort()).toEqual([email(1), email(3)]);
    const letters = await h.store.deadLetters.listOpen(h.tenant.id, { limit: 10 });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ vendor: 'salesforce', recordKey: email(2), failureKind: 'rejected_record', vendorCode: 'REQUIRED_FIELD_MISSING' });
    expect(letters[0]!.vendorMessage).toMatch(/Company/);
    expect(result.applied).toMatchObject({ created: { crm: 2, marketing: 0 }, failed: { crm: 1, marketing: 0 } });
  });
});
