import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import type { ContactSyncPlan } from '../../../src/sync/plan-types.ts';
import { hubspotByEmail, salesforceByEmail, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// Each rule of mappings/fields/contact.yaml, end to end: a linked lead and contact, an edit on one
// side or both (ordered by one clock), one incremental run, and both systems read back.

const MINUTE = 60_000;
const ADA = 'ada@analytical.example.net';

let h: SyncHarness;
let clock: ManualClock;
let leadId: string;
let contactId: string;
beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  h = await startSyncHarness({ clock });
});
afterEach(async () => { await h.close(); });

/** Ada as a Salesforce lead, linked to her HubSpot contact by a full sync; the clock then moves on. */
async function linkedAda(lead: Record<string, unknown> = {}) {
  const [created] = await h.sf.sobject('Lead').create([{ FirstName: 'Ada', LastName: 'Lovelace', Email: ADA, Company: 'Analytical Engines', Phone: '+12125550100', ...lead }]);
  leadId = created!.id!;
  await h.sync({ mode: 'full' });
  contactId = (await hubspotByEmail(h.hs)).get(ADA)!.id;
  clock.advance(MINUTE);
}

const editLead = async (values: Record<string, unknown>) => { await h.sf.sobject('Lead').update({ Id: leadId, ...values }); clock.advance(MINUTE); };
const editContact = async (properties: Record<string, string>) => { await h.hs.crm.contacts.basicApi.update(contactId, { properties }); clock.advance(MINUTE); };
const lead = async () => (await salesforceByEmail(h.sf, 'Lead')).get(ADA)!;
const contact = async () => (await hubspotByEmail(h.hs)).get(ADA)!.properties;

describe('crm_wins (firstName)', () => {
  it('keeps the CRM\'s value on both sides when both sides edit the field', async () => {
    await linkedAda();
    await editContact({ firstname: 'Countess' });
    await editLead({ FirstName: 'Augusta Ada' });
    await editContact({ firstname: 'Lady Ada' });

    await h.sync({ mode: 'incremental' });

    expect((await lead()).FirstName).toBe('Augusta Ada');
    expect((await contact()).firstname).toBe('Augusta Ada');
  });
});

describe('most_recent_wins (phone)', () => {
  it('writes HubSpot\'s phone to Salesforce when HubSpot edited it after the CRM', async () => {
    await linkedAda();
    await editLead({ Phone: '+12125550111' });
    await editContact({ phone: '+12125550122' });

    await h.sync({ mode: 'incremental' });

    expect((await lead()).Phone).toBe('+12125550122');
    expect((await contact()).phone).toBe('+12125550122');
  });

  it('writes the CRM\'s phone to HubSpot when the CRM edited it after HubSpot', async () => {
    await linkedAda();
    await editContact({ phone: '+12125550122' });
    await editLead({ Phone: '+12125550111' });

    await h.sync({ mode: 'incremental' });

    expect((await lead()).Phone).toBe('+12125550111');
    expect((await contact()).phone).toBe('+12125550111');
  });

  it('takes the later phone although the other side edited another field after it', async () => {
    await linkedAda();
    await editContact({ phone: '+12125550122' });
    await editLead({ LastName: 'King' });

    await h.sync({ mode: 'incremental' });

    expect(await lead()).toMatchObject({ Phone: '+12125550122', LastName: 'King' });
    expect(await contact()).toMatchObject({ phone: '+12125550122', lastname: 'King' });
  });
});

describe('fill_empty_only (title)', () => {
  it('fills an empty CRM title from HubSpot', async () => {
    await linkedAda();
    await editContact({ jobtitle: 'Analyst' });

    await h.sync({ mode: 'incremental' });

    expect((await lead()).Title).toBe('Analyst');
  });

  it('never overwrites a CRM title, and leaves HubSpot\'s own title alone', async () => {
    await linkedAda({ Title: 'Mathematician' });
    await editContact({ jobtitle: 'Analyst' });

    const result = await h.sync({ mode: 'incremental' });

    expect((await lead()).Title).toBe('Mathematician');
    expect((await contact()).jobtitle).toBe('Analyst');
    expect(result.applied.updated).toEqual({ crm: 0, marketing: 0 });
  });
});

describe('never_sync (createdAt)', () => {
  it('never writes a creation time: each system keeps its own, and no change records one', async () => {
    const [created] = await h.sf.sobject('Lead').create([{ FirstName: 'Ada', LastName: 'Lovelace', Email: ADA, Company: 'Analytical Engines' }]);
    leadId = created!.id!;
    clock.advance(3 * 24 * 60 * MINUTE);
    await h.sync({ mode: 'full' });
    contactId = (await hubspotByEmail(h.hs)).get(ADA)!.id;
    clock.advance(MINUTE);
    await editLead({ FirstName: 'Augusta Ada' });
    await editContact({ jobtitle: 'Analyst' });

    await h.sync({ mode: 'incremental' });
    await h.sync({ mode: 'full' });

    expect(Date.parse(String((await lead()).CreatedDate).replace('+0000', 'Z'))).toBe(Date.UTC(2026, 2, 2, 9, 0, 0));
    expect((await contact()).createdate).toBe(new Date(Date.UTC(2026, 2, 5, 9, 0, 0)).toISOString());
    const runs = await h.store.jobRuns.listRecent(h.tenant.id, 'sync:contacts', 10);
    const changes = (await Promise.all(runs.map((run) => h.store.changeLog.listForRun(h.tenant.id, run.id)))).flat();
    expect(changes.map((c) => c.field)).toEqual(expect.arrayContaining([null, 'firstName', 'title']));
    expect(changes.filter((c) => c.field === 'createdAt' || (c.operation === 'create' && 'createdAt' in (c.after as object)))).toEqual([]);
  });
});

describe('direction limits', () => {
  it('never writes a marketing_to_crm field to marketing, nor a crm_to_marketing field to the CRM', async () => {
    const plans: ContactSyncPlan[] = [];
    await linkedAda({ LeadSource: 'Partner Referral' });
    await h.hs.crm.contacts.basicApi.update(contactId, { properties: { lifecyclestage: 'marketingqualifiedlead', firstname: 'Countess' } });
    clock.advance(MINUTE);

    const result = await h.sync({ mode: 'incremental', onPlan: (plan) => plans.push(plan) });

    const decisions = plans.flatMap((plan) => plan.pairs).flatMap((pair) => pair.decisions);
    expect(decisions.find((d) => d.field === 'leadSource')).toMatchObject({ from: 'unchanged', because: expect.stringContaining('direction marketing_to_crm') });
    expect(decisions.find((d) => d.field === 'lifecycleStage')).toMatchObject({ from: 'unchanged', because: expect.stringContaining('direction crm_to_marketing') });
    expect((await contact())).toMatchObject({ hs_analytics_source: null, lifecyclestage: 'marketingqualifiedlead', firstname: 'Ada' });
    expect((await lead()).LeadSource).toBe('Partner Referral');
    expect(result.applied.updated).toEqual({ crm: 0, marketing: 1 });
  });
});
