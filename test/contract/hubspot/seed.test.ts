import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEAL_STAGES, generateDemoData } from '../../../src/demo/index.ts';
import type { DemoDataSet } from '../../../src/demo/index.ts';
import type { RecordChangeEvent } from '../../../connectors/hubspot/sandbox/state/record-changes.ts';
import { DEMO_PIPELINE_IN_HUBSPOT } from '../../../connectors/hubspot/sandbox/seed-properties.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// A demo data set loaded into the sandbox, read back through the official SDK.
let sb: StartedHubspotSandbox;
let data: DemoDataSet;

beforeAll(async () => {
  data = generateDemoData({ size: 300, seed: 7 });
  sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 } }, { seed: data });
});
afterAll(() => sb.close());

describe('seeding from the demo data set', () => {
  it('loads every company and person, marketing-only ones included, and every deal, meeting and task', async () => {
    const client = sb.client();
    expect(data.contacts.some((c) => !c.presentIn.includes('crm'))).toBe(true);
    expect((await client.crm.contacts.getAll(100)).length).toBe(data.contacts.length);
    expect((await client.crm.companies.getAll(100)).length).toBe(data.companies.length);
    expect((await client.crm.deals.getAll(100)).length).toBe(data.deals.length);
    expect(sb.hubspot.state.records.count('meetings').live).toBe(data.meetings.length);
    expect(sb.hubspot.state.records.count('tasks').live).toBe(data.tasks.length);
  });

  it('writes values every property check accepts, owners that exist, and primary companies', async () => {
    const { state } = sb.hubspot;
    for (const type of ['contacts', 'companies', 'deals', 'meetings', 'tasks'] as const) {
      for (const record of state.records.scan(type)) {
        const written = Object.fromEntries(Object.entries(record.properties).filter(([name]) => !state.properties.get(type, name)?.modificationMetadata.readOnlyValue));
        expect(state.properties.validateValues(type, written), `${type} ${record.id}`).toEqual([]);
      }
    }
    const owners = await sb.client().crm.owners.ownersApi.getPage(undefined, undefined, 500);
    expect(owners.results.length).toBeGreaterThan(0);
    const withCompany = data.contacts.find((c) => c.companyId && c.email)!;
    const contact = await sb.client().crm.contacts.basicApi.getById(withCompany.email!, undefined, undefined, ['companies'], false, 'email');
    expect(contact.associations?.companies?.results.map((r) => r.type)).toContain('contact_to_company');
  });

  it('maps the demo\'s neutral stage keys one to one, in order, onto the default pipeline\'s stages', async () => {
    const { id, stages } = DEMO_PIPELINE_IN_HUBSPOT;
    const pipeline = await sb.client().crm.pipelines.pipelinesApi.getById('deals', id);
    const byOrder = [...pipeline.stages].sort((a, b) => a.displayOrder - b.displayOrder).map((stage) => stage.id);
    expect(DEMO_DEAL_STAGES.map((key) => stages[key])).toEqual(byOrder);

    const seeded = [...sb.hubspot.state.records.scan('deals')];
    expect(new Set(seeded.map((r) => r.properties.pipeline))).toEqual(new Set(['default']));
    expect(seeded.map((r) => r.properties.dealstage).sort()).toEqual(data.deals.map((d) => stages[d.stage as keyof typeof stages]).sort());
    expect(seeded.some((r) => r.properties.dealstage === 'closedwon')).toBe(true);
  });

  it('fires no webhook events while loading, and reset() goes back to the seeded portal', async () => {
    const events: RecordChangeEvent[] = [];
    const stop = sb.hubspot.state.records.onChange((e) => events.push(e));
    const before = sb.hubspot.state.records.count('contacts');
    sb.hubspot.seed(data);
    expect(events).toEqual([]);
    await sb.client().crm.contacts.basicApi.create({ properties: { email: 'extra@example.com' }, associations: [] });
    sb.hubspot.reset();
    stop();
    expect(sb.hubspot.state.records.count('contacts')).toEqual(before);
  });
});
