import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEAL_STAGES, generateDemoData } from '../../../src/demo/index.ts';
import type { DemoDataSet, DemoDealStage } from '../../../src/demo/index.ts';
import { DEMO_STAGE_TO_STAGE_NAME, seedSalesforceState } from '../../../connectors/salesforce/sandbox/seed.ts';
import { SalesforceSandboxSettings } from '../../../connectors/salesforce/sandbox/settings.ts';
import { SalesforceSandboxState } from '../../../connectors/salesforce/sandbox/state/index.ts';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The demo data set loaded into the org and read back through jsforce.
let sb: StartedSalesforceSandbox;
let data: DemoDataSet;

beforeAll(async () => {
  data = generateDemoData({ size: 300, seed: 7 });
  sb = await startSalesforceSandbox({}, { seed: data });
});
afterAll(() => sb.close());

/** Seeds `seed` into an org of its own, with the running sandbox's context (its log). */
function seedFresh(seed: DemoDataSet) {
  const state = new SalesforceSandboxState({ clock: new ManualClock(Date.UTC(2026, 0, 10)), settings: SalesforceSandboxSettings.parse({}) });
  return seedSalesforceState({ ...sb.salesforce.deps, state }, seed);
}

describe('seeding from the demo data set', () => {
  it('leaves out no value and no record of the demo data set', () => {
    expect(seedFresh(data)).toEqual({ droppedFields: {}, skippedRecords: {} });
  });

  it('counts a value the org refuses, leaving the rest of its record in', () => {
    const [first, ...rest] = data.contacts.filter((c) => c.presentIn.includes('crm'));
    const broken = { ...first!, email: 'not an email' };
    const summary = seedFresh({ ...data, contacts: [broken, ...rest] });
    expect(summary).toEqual({ droppedFields: { [`${broken.kind === 'lead' ? 'Lead' : 'Contact'}.Email`]: 1 }, skippedRecords: {} });
  });

  it('loads owners as Users, CRM companies as Accounts, CRM people as Leads and Contacts', () => {
    const { records } = sb.salesforce.state;
    const crm = data.contacts.filter((c) => c.presentIn.includes('crm'));
    expect(records.count('User')).toBe(data.owners.length + 1);
    expect(records.count('Account')).toBe(data.companies.filter((c) => c.presentIn.includes('crm')).length);
    expect(records.count('Lead')).toBe(crm.filter((c) => c.kind === 'lead').length);
    expect(records.count('Contact')).toBe(crm.filter((c) => c.kind === 'contact').length);
    expect(records.count('Opportunity')).toBe(data.deals.length);
    expect(records.count('Task')).toBe(data.tasks.length);
    expect(records.count('Event')).toBe(data.meetings.filter((m) => m.status !== 'cancelled').length);
    expect(crm.some((c) => c.kind === 'lead') && crm.some((c) => c.kind === 'contact')).toBe(true);
  });

  it('keeps the demo\'s dates and owners, and writes opportunity history from the stage history', async () => {
    const { records } = sb.salesforce.state;
    const deal = data.deals.find((d) => d.stageHistory.length >= 3)!;
    const opportunity = records.findByField('Opportunity', 'Name', deal.name)[0]!;
    expect(opportunity.fields.StageName).toBe(DEMO_STAGE_TO_STAGE_NAME[deal.stage as DemoDealStage]);
    expect(opportunity.fields.CreatedDate).toBe(deal.createdAt.replace(/Z$/, '+0000').replace(/(\.\d{3})?\+0000$/, (m, ms: string | undefined) => `${ms ?? '.000'}+0000`));
    const stages = records.findByField('OpportunityHistory', 'OpportunityId', opportunity.Id).map((h) => h.fields.StageName);
    expect(stages.filter((s, i) => s !== stages[i - 1])).toEqual(deal.stageHistory.map((s) => DEMO_STAGE_TO_STAGE_NAME[s.stage as DemoDealStage]));
    const owner = records.get(String(opportunity.fields.OwnerId));
    expect(owner?.sobject).toBe('User');

    const [first] = [...records.all('Lead')];
    const lead = await sb.connection().sobject('Lead').retrieve(first!.Id);
    expect(lead).toMatchObject({ Company: expect.any(String), Status: expect.any(String), OwnerId: expect.stringMatching(/^005/) });
  });

  it('maps the demo\'s neutral stage keys one to one, in order, onto the default StageName picklist', () => {
    const picklist = sb.salesforce.state.schema.fields('Opportunity').find((f) => f.name === 'StageName')!.picklistValues.map((p) => p.value);
    const names = DEMO_DEAL_STAGES.map((key) => DEMO_STAGE_TO_STAGE_NAME[key]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(picklist).toContain(name);
    const positions = names.map((name) => picklist.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('writes values every field check accepts', () => {
    const { records, schema } = sb.salesforce.state;
    for (const sobject of ['Account', 'Lead', 'Contact', 'Opportunity', 'Task', 'Event', 'User']) {
      for (const record of records.all(sobject)) {
        for (const f of schema.fields(sobject)) {
          const value = record.fields[f.name];
          if (f.type === 'picklist' && typeof value === 'string') expect(f.picklistValues.map((p) => p.value), `${sobject}.${f.name}`).toContain(value);
          if (typeof value === 'string' && f.length > 0 && f.type !== 'reference' && f.type !== 'id') expect(value.length).toBeLessThanOrEqual(f.length);
        }
      }
    }
  });

  it('makes no change events while loading, and reset() goes back to the seeded org', async () => {
    const seen: string[] = [];
    const stop = sb.salesforce.state.records.onChange((c) => seen.push(c.id));
    const before = sb.salesforce.state.records.count('Lead');
    sb.salesforce.seed(data);
    expect(seen).toEqual([]);
    await sb.connection().sobject('Lead').create({ LastName: 'Extra', Company: 'X' });
    sb.salesforce.reset();
    stop();
    expect(sb.salesforce.state.records.count('Lead')).toBe(before);
  });
});
