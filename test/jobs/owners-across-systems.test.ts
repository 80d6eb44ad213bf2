import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotPeopleSide } from '../../connectors/hubspot/index.ts';
import { salesforcePeopleSide } from '../../connectors/salesforce/index.ts';
import { loadSyncSettings } from '../../src/config/sync-settings.ts';
import { STANDARD_USER_PROFILE_ID } from '../../connectors/salesforce/sandbox/state/index.ts';
import { runContactSyncJob } from '../../src/jobs/contact-sync-job.ts';
import { JobLocks } from '../../src/jobs/job-lock.ts';
import { hubspotContacts, startSyncHarness } from '../support/sync-harness.ts';
import type { SyncHarness } from '../support/sync-harness.ts';

// An owner crosses systems as the person: the Salesforce owner's email finds the HubSpot owner, whose own
// id is what HubSpot gets; a person who is no owner in HubSpot is not sent at all.
let h: SyncHarness;
beforeEach(async () => { h = await startSyncHarness(); });
afterEach(async () => { await h.close(); });

const noSleep = async () => {};
const run = (mode: 'full' | 'incremental') => runContactSyncJob({
  store: h.store, locks: new JobLocks(), tenantId: h.tenant.id, mapping: h.mapping, settings: loadSyncSettings(), mode, dryRun: false,
  sides: { crm: salesforcePeopleSide(h.sf, { sleep: noSleep }), marketing: hubspotPeopleSide(h.hs, { sleep: noSleep }) },
});

async function salesforceUser(email: string): Promise<string> {
  const created = await h.sf.sobject('User').create({
    Username: `${email}.sbx`, LastName: 'Rep', Email: email, Alias: 'rep', IsActive: true, ProfileId: STANDARD_USER_PROFILE_ID,
    TimeZoneSidKey: 'America/New_York', LocaleSidKey: 'en_US', EmailEncodingKey: 'UTF-8', LanguageLocaleKey: 'en_US',
  });
  if (!('id' in created) || !created.id) throw new Error('user not created');
  return created.id;
}

describe('owners across systems', () => {
  it('writes the HubSpot owner who is the same person as the Salesforce owner', async () => {
    const userId = await salesforceUser('maria.rep@revops.example.net');
    const hubspotOwner = h.hubspot.state.owners.add({ email: 'maria.rep@revops.example.net', firstName: 'Maria', lastName: 'Rep' });
    await h.sf.sobject('Lead').create({ LastName: 'Lovelace', Company: 'Engines', Email: 'ada@engines.example.net', OwnerId: userId });
    await run('full');
    const [ada] = await hubspotContacts(h.hs);
    expect((await h.hs.crm.contacts.basicApi.getById(ada!.id, ['hubspot_owner_id'])).properties.hubspot_owner_id).toBe(hubspotOwner.id);
  });

  it('sends no owner when the Salesforce owner is nobody in HubSpot, and the next run writes nothing', async () => {
    const userId = await salesforceUser('solo.rep@revops.example.net');
    await h.sf.sobject('Lead').create({ LastName: 'Hopper', Company: 'Navy', Email: 'grace@navy.example.net', OwnerId: userId });
    const first = await run('full');
    expect(first.result.droppedWrites.ownerId).toBe(1);
    const again = await run('incremental');
    expect([again.result.applied.updated, again.result.applied.created]).toEqual([{ crm: 0, marketing: 0 }, { crm: 0, marketing: 0 }]);
  });
});
