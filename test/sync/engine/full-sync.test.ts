import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotContacts, salesforcePeople, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

let h: SyncHarness;
beforeEach(async () => { h = await startSyncHarness(); });
afterEach(async () => { await h.close(); });

async function seed() {
  await h.sf.sobject('Lead').create([
    { FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.example.net', Company: 'Analytical Engines', Title: 'CTO' },
    { FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@navy.example.net', Company: 'US Navy' },
  ]);
  await h.sf.sobject('Contact').create([{ FirstName: 'Alan', LastName: 'Turing', Email: 'alan@bletchley.example.net', Title: 'Cryptanalyst' }]);
  await h.hs.crm.contacts.batchApi.create({ inputs: [
    { properties: { email: 'Grace@Navy.example.net', firstname: 'Amazing Grace', jobtitle: 'Rear Admiral' }, associations: [] },
    { properties: { email: 'kay@smalltalk.example.net', firstname: 'Alan', lastname: 'Kay', lifecyclestage: 'lead' }, associations: [] },
  ] });
}

describe('a full sync from Salesforce to HubSpot', () => {
  it('creates every CRM person missing from marketing and links the one already there by email', async () => {
    await seed();
    const result = await h.sync({ mode: 'full' });
    const contacts = await hubspotContacts(h.hs);
    const byEmail = new Map(contacts.map((c) => [c.properties.email?.toLowerCase(), c]));
    expect([...byEmail.keys()].sort()).toEqual(['ada@analytical.example.net', 'alan@bletchley.example.net', 'grace@navy.example.net', 'kay@smalltalk.example.net']);
    expect(result.applied.created).toEqual({ crm: 0, marketing: 2 });
    expect(result.planned.linkedByEmail).toBe(1);
    expect(result.applied.failed).toEqual({ crm: 0, marketing: 0 });
  });

  it('writes the CRM value where the CRM wins and fills the CRM where it was empty', async () => {
    await seed();
    await h.sync({ mode: 'full' });
    const grace = (await hubspotContacts(h.hs)).find((c) => c.properties.email?.toLowerCase() === 'grace@navy.example.net')!;
    expect(grace.properties.firstname).toBe('Grace');
    const [lead] = (await salesforcePeople(h.sf, 'Lead')).filter((l) => l.Email === 'grace@navy.example.net');
    expect(lead?.Title).toBe('Rear Admiral');
  });

  it('leaves a marketing contact that does not meet the hand-off rule out of the CRM', async () => {
    await seed();
    await h.sync({ mode: 'full' });
    const emails = [...await salesforcePeople(h.sf, 'Lead'), ...await salesforcePeople(h.sf, 'Contact')].map((p) => p.Email);
    expect(emails).not.toContain('kay@smalltalk.example.net');
  });

  it('writes nothing on an incremental run right after', async () => {
    await seed();
    await h.sync({ mode: 'full' });
    const again = await h.sync({ mode: 'incremental' });
    expect(again.applied.updated).toEqual({ crm: 0, marketing: 0 });
    expect(again.applied.created).toEqual({ crm: 0, marketing: 0 });
    expect(again.planned.fields).toBe(0);
  });
});
