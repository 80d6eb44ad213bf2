import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import {
  NOTHING_WRITTEN, hubspotByEmail, hubspotSets, salesforceByEmail, startSyncHarness, wroteNothing,
} from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// consent.emailOptOut is most_restrictive: an opt-out on either side wins over every other rule, and a later
// opt-in never takes it back. HubSpot keeps hs_email_optout read-only (a person unsubscribes through its
// email preferences), so an opt-out made in Salesforce goes there through the communication preferences
// API, never as a property write HubSpot would refuse, and only once.

const MINUTE = 60_000;
const ADA = 'ada@analytical.example.net';

let h: SyncHarness;
let clock: ManualClock;
let leadId: string;
let contactId: string;
beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  h = await startSyncHarness({ clock });
  const [created] = await h.sf.sobject('Lead').create([{ FirstName: 'Ada', LastName: 'Lovelace', Email: ADA, Company: 'Analytical Engines' }]);
  leadId = created!.id!;
  await h.sync({ mode: 'full' });
  contactId = (await hubspotByEmail(h.hs)).get(ADA)!.id;
  clock.advance(MINUTE);
});
afterEach(async () => { await h.close(); });

const lead = async () => (await salesforceByEmail(h.sf, 'Lead')).get(ADA)!;
const contact = async () => (await hubspotByEmail(h.hs)).get(ADA)!.properties;

describe('an opt-out in HubSpot', () => {
  it('reaches Salesforce\'s HasOptedOutOfEmail', async () => {
    hubspotSets(h, contactId, { hs_email_optout: 'true' });
    clock.advance(MINUTE);

    await h.sync({ mode: 'incremental' });

    expect((await lead()).HasOptedOutOfEmail).toBe(true);
  });

  it('wins even where the CRM edited the record last and would otherwise win', async () => {
    hubspotSets(h, contactId, { hs_email_optout: 'true' });
    clock.advance(MINUTE);
    await h.sf.sobject('Lead').update({ Id: leadId, FirstName: 'Augusta Ada', HasOptedOutOfEmail: false });
    clock.advance(MINUTE);

    await h.sync({ mode: 'incremental' });

    expect(await lead()).toMatchObject({ HasOptedOutOfEmail: true, FirstName: 'Augusta Ada' });
    expect(await contact()).toMatchObject({ hs_email_optout: 'true', firstname: 'Augusta Ada' });
  });
});

describe('an opt-out in Salesforce', () => {
  it('reaches HubSpot through its email preferences, never as a write of the read-only property', async () => {
    await h.sf.sobject('Lead').update({ Id: leadId, HasOptedOutOfEmail: true });
    clock.advance(MINUTE);

    const result = await h.sync({ mode: 'incremental' });

    expect((await contact()).hs_email_optout).toBe('true');
    expect(result.droppedWrites['consent.emailOptOut']).toBeUndefined();
    expect(result.applied.failed).toEqual({ crm: 0, marketing: 0 });
    expect(await h.store.deadLetters.listOpen(h.tenant.id, { limit: 10 })).toEqual([]);
  });

  it('is not sent again: the next incremental run writes nothing', async () => {
    await h.sf.sobject('Lead').update({ Id: leadId, HasOptedOutOfEmail: true });
    clock.advance(MINUTE);
    await h.sync({ mode: 'incremental' });
    clock.advance(MINUTE);

    expect(wroteNothing(await h.sync({ mode: 'incremental' }))).toEqual(NOTHING_WRITTEN);
  });

  it('is never taken back by a later opt-in in Salesforce: the opt-out stands on both sides', async () => {
    await h.sf.sobject('Lead').update({ Id: leadId, HasOptedOutOfEmail: true });
    clock.advance(MINUTE);
    await h.sync({ mode: 'incremental' });
    clock.advance(MINUTE);
    await h.sf.sobject('Lead').update({ Id: leadId, HasOptedOutOfEmail: false });
    clock.advance(MINUTE);

    await h.sync({ mode: 'incremental' });

    expect((await lead()).HasOptedOutOfEmail).toBe(true);
    expect((await contact()).hs_email_optout).toBe('true');
  });
});
