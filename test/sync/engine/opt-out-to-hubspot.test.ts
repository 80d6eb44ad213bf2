import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotContacts, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// An opt-out in Salesforce reaches HubSpot through HubSpot's subscription statuses (its opt-out is no
// writable property), whatever the other rules say, and is then an echo like any other write.
let h: SyncHarness;
beforeEach(async () => { h = await startSyncHarness(); });
afterEach(async () => { await h.close(); });

const optOutOf = async (email: string) => (await hubspotContacts(h.hs)).find((c) => c.properties.email === email)?.properties.hs_email_optout;

describe('an opt-out decided in the CRM', () => {
  it('unsubscribes a new HubSpot contact from all email', async () => {
    await h.sf.sobject('Lead').create({ LastName: 'Lovelace', Company: 'Engines', Email: 'ada@engines.example.net', HasOptedOutOfEmail: true });
    await h.sync({ mode: 'full' });
    expect(await optOutOf('ada@engines.example.net')).toBe('true');
  });

  it('unsubscribes an existing, linked contact when the lead opts out later, and the next run writes nothing', async () => {
    const created = await h.sf.sobject('Lead').create({ LastName: 'Hopper', Company: 'Navy', Email: 'grace@navy.example.net' });
    await h.sync({ mode: 'full' });
    await h.sf.sobject('Lead').update({ Id: 'id' in created ? created.id! : '', HasOptedOutOfEmail: true });
    const run = await h.sync();
    expect([await optOutOf('grace@navy.example.net'), run.applied.updated.marketing]).toEqual(['true', 1]);
    const again = await h.sync();
    expect([again.applied.updated, again.applied.created]).toEqual([{ crm: 0, marketing: 0 }, { crm: 0, marketing: 0 }]);
  });
});
