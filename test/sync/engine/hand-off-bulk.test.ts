import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSyncSettings } from '../../../src/config/sync-settings.ts';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { contactHandOff } from '../../../src/sync/contact-rules.ts';
import { hubspotContacts, salesforcePeople, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// A bulk import or a workflow stamps thousands of HubSpot contacts with one lastmodifieddate. The
// marketing feed must hand every one of them out exactly once, past search's 10,000-result cap, and
// each one that meets mappings/sync.yaml's hand-off rule becomes exactly one Salesforce lead.

const COUNT = 12_000;
const STAMP = Date.UTC(2026, 2, 2, 9, 0, 0);
const handOff = contactHandOff(loadSyncSettings().contacts.handOff);
const emailOf = (n: number) => `person${String(n).padStart(5, '0')}@bulk.example.net`;

let h: SyncHarness;
beforeEach(async () => {
  h = await startSyncHarness({ hubspotClock: new ManualClock(STAMP) });
});
afterEach(async () => { await h.close(); });

/** COUNT marketing-qualified contacts, 100 per batch create (HubSpot's limit), a few batches at a time. */
async function importContacts() {
  const batches = Array.from({ length: COUNT / 100 }, (_, b) => Array.from({ length: 100 }, (_, i) => b * 100 + i));
  for (let i = 0; i < batches.length; i += 10) {
    await Promise.all(batches.slice(i, i + 10).map((batch) => h.hs.crm.contacts.batchApi.create({
      inputs: batch.map((n) => ({
        properties: { email: emailOf(n), firstname: `Person${n}`, lastname: 'Bulk', company: `Company ${n % 97}`, lifecyclestage: 'marketingqualifiedlead' },
        associations: [],
      })),
    })));
  }
}

// About 10 s of it is the hand-off itself and about as much reading the new leads back from Salesforce's feed
// in the same run (their lead status goes to HubSpot); most of both is the store writing the local copy (one row
// per field and system: about 480,000 rows per pass) and the sandboxes scanning every record per search and query.
const SLOW = { timeout: 60_000 };

describe('contacts sharing one lastmodifieddate', () => {
  it(`hands all ${COUNT.toLocaleString('en')} off as Salesforce leads exactly once`, SLOW, async () => {
    await importContacts();
    await h.store.cursors.save(h.tenant.id, 'hubspot:contacts', { modifiedAt: new Date(STAMP - 1).toISOString(), id: '0' });

    const result = await h.sync({ mode: 'incremental', handOff });

    const leads = await salesforcePeople(h.sf, 'Lead');
    expect(leads).toHaveLength(COUNT);
    expect(new Set(leads.map((l) => l.Email)).size).toBe(COUNT);
    expect(leads.find((l) => l.Email === emailOf(11_999))).toMatchObject({ FirstName: 'Person11999', LastName: 'Bulk', Company: 'Company 68' });
    expect(result.read.marketing).toBe(COUNT);
    expect(result.applied.created).toEqual({ crm: COUNT, marketing: 0 });
    expect(result.applied.failed).toEqual({ crm: 0, marketing: 0 });
    const links = await h.store.idMap.lookupMany(h.tenant.id, 'contact', 'salesforce', leads.map((l) => String(l.Id)), 'hubspot');
    expect(new Set(links.values()).size).toBe(COUNT);
    expect((await hubspotContacts(h.hs)).filter((c) => c.properties.hs_lead_status === 'NEW')).toHaveLength(COUNT);
  });
});
