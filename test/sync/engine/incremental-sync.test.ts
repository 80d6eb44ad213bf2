import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { contactHandOff } from '../../../src/sync/contact-rules.ts';
import {
  NOTHING_WRITTEN, hubspotByEmail, salesforceByEmail, startSyncHarness, wroteNothing,
} from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// Incremental runs after a full sync: each side's edit reaches the other side under its field's rule,
// and a run right after any sync finds nothing to write.

const MINUTE = 60_000;
const handOff = contactHandOff({ lifecycleStages: ['mql', 'sql'], requireFields: ['email', 'lastName', 'companyName'] });

let h: SyncHarness;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  h = await startSyncHarness({ clock });
});
afterEach(async () => { await h.close(); });

async function seedAndFullSync(engineClockSkewMs = 0) {
  await h.sf.sobject('Lead').create([
    { FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.example.net', Company: 'Analytical Engines', Phone: '+12125550100' },
    { FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@navy.example.net', Company: 'US Navy', Title: 'Rear Admiral' },
  ]);
  await h.sf.sobject('Contact').create([{ FirstName: 'Alan', LastName: 'Turing', Email: 'alan@bletchley.example.net', Title: 'Cryptanalyst', Phone: '+442079460000' }]);
  await h.sync({ mode: 'full', now: () => new Date(clock.now() + engineClockSkewMs).toISOString() });
  clock.advance(MINUTE);
}

/** A HubSpot contact that meets the hand-off rule and has no Salesforce counterpart. */
async function marketingQualifiedKay() {
  await h.hs.crm.contacts.basicApi.create({
    properties: { email: 'kay@smalltalk.example.net', firstname: 'Alan', lastname: 'Kay', company: 'Xerox PARC', lifecyclestage: 'marketingqualifiedlead' },
    associations: [],
  });
  clock.advance(MINUTE);
}

async function idsByEmail() {
  const leads = await salesforceByEmail(h.sf, 'Lead');
  const contacts = await salesforceByEmail(h.sf, 'Contact');
  const hubspot = await hubspotByEmail(h.hs);
  return {
    sf: (email: string) => String((leads.get(email) ?? contacts.get(email))!.Id),
    hs: (email: string) => hubspot.get(email)!.id,
  };
}

describe('an incremental sync after a full sync', () => {
  it('carries each side\'s edits to the other side under each field\'s rule', async () => {
    await seedAndFullSync();
    const ids = await idsByEmail();
    // The CRM renames Ada (crm_wins); marketing gives Ada a title the CRM lacks (fill_empty_only) and Alan a new phone (most_recent_wins).
    await h.sf.sobject('Lead').update({ Id: ids.sf('ada@analytical.example.net'), FirstName: 'Augusta Ada' });
    clock.advance(MINUTE);
    await h.hs.crm.contacts.basicApi.update(ids.hs('ada@analytical.example.net'), { properties: { jobtitle: 'Analyst' } });
    await h.hs.crm.contacts.basicApi.update(ids.hs('alan@bletchley.example.net'), { properties: { phone: '+441619460000' } });
    clock.advance(MINUTE);

    const result = await h.sync({ mode: 'incremental' });

    const hubspot = await hubspotByEmail(h.hs);
    const leads = await salesforceByEmail(h.sf, 'Lead');
    const contacts = await salesforceByEmail(h.sf, 'Contact');
    expect(hubspot.get('ada@analytical.example.net')?.properties).toMatchObject({ firstname: 'Augusta Ada', jobtitle: 'Analyst', phone: '+12125550100' });
    expect(leads.get('ada@analytical.example.net')).toMatchObject({ FirstName: 'Augusta Ada', Title: 'Analyst', Phone: '+12125550100' });
    expect(hubspot.get('alan@bletchley.example.net')?.properties).toMatchObject({ firstname: 'Alan', jobtitle: 'Cryptanalyst', phone: '+441619460000' });
    expect(contacts.get('alan@bletchley.example.net')).toMatchObject({ FirstName: 'Alan', Title: 'Cryptanalyst', Phone: '+441619460000' });
    expect(hubspot.get('grace@navy.example.net')?.properties).toMatchObject({ firstname: 'Grace', jobtitle: 'Rear Admiral' });
    expect(result.applied.updated).toEqual({ crm: 2, marketing: 1 });
    expect(result.applied.failed).toEqual({ crm: 0, marketing: 0 });
  });
});

describe('an incremental sync that hands a marketing contact off', () => {
  it('gives the contact the lead status Salesforce set on the new lead, in the same run', async () => {
    await seedAndFullSync();
    await marketingQualifiedKay();

    await h.sync({ mode: 'incremental', handOff });

    expect((await salesforceByEmail(h.sf, 'Lead')).get('kay@smalltalk.example.net')).toMatchObject({ Status: 'Open - Not Contacted' });
    expect((await hubspotByEmail(h.hs)).get('kay@smalltalk.example.net')?.properties).toMatchObject({ hs_lead_status: 'NEW', lifecyclestage: 'marketingqualifiedlead' });
  });
});

describe('an incremental sync right after another sync', () => {
  it('takes every contact the full sync created in HubSpot for its own echo, though HubSpot\'s clock is not the engine\'s', async () => {
    await seedAndFullSync(-1500);
    const result = await h.sync({ mode: 'incremental' });
    expect(result.read.marketing).toBe(3);
    expect(result.unchanged.marketing).toBe(3);
  });

  it('writes nothing after a full sync', async () => {
    await seedAndFullSync();
    expect(wroteNothing(await h.sync({ mode: 'incremental' }))).toEqual(NOTHING_WRITTEN);
  });

  it('writes nothing after an incremental sync that carried edits both ways', async () => {
    await seedAndFullSync();
    const ids = await idsByEmail();
    await h.sf.sobject('Contact').update({ Id: ids.sf('alan@bletchley.example.net'), LastName: 'Mathison Turing', Phone: '+442079460001' });
    clock.advance(MINUTE);
    await h.hs.crm.contacts.basicApi.update(ids.hs('grace@navy.example.net'), { properties: { phone: '+12025550199', firstname: 'Amazing Grace' } });
    clock.advance(MINUTE);
    const edits = await h.sync({ mode: 'incremental' });
    expect(edits.applied.updated).toEqual({ crm: 1, marketing: 2 });
    clock.advance(MINUTE);

    expect(wroteNothing(await h.sync({ mode: 'incremental' }))).toEqual(NOTHING_WRITTEN);
  });

  it('writes nothing after an incremental sync that handed a marketing contact off as a lead', async () => {
    await seedAndFullSync();
    await marketingQualifiedKay();
    const handedOff = await h.sync({ mode: 'incremental', handOff });
    expect(handedOff.applied.created).toEqual({ crm: 1, marketing: 0 });
    expect((await salesforceByEmail(h.sf, 'Lead')).get('kay@smalltalk.example.net')).toMatchObject({ LastName: 'Kay', Company: 'Xerox PARC' });
    clock.advance(MINUTE);

    expect(wroteNothing(await h.sync({ mode: 'incremental', handOff }))).toEqual(NOTHING_WRITTEN);
  });
});
