import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotOwners } from '../../../connectors/hubspot/owners.ts';
import { generateDemoData } from '../../../src/demo/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

let sandbox: StartedHubspotSandbox;
beforeAll(async () => { sandbox = await startHubspotSandbox({}, { seed: generateDemoData({ size: 50 }) }); });
afterAll(() => sandbox.close());

describe('HubSpot owners as the owner directory', () => {
  it('lists every seeded owner with a lower-case email, in one call', async () => {
    const { owners, calls } = await hubspotOwners(sandbox.client()).list();
    const seeded = sandbox.hubspot.state.owners.all();
    expect(owners.map((o) => o.id).sort()).toEqual(seeded.map((o) => o.id).sort());
    expect(owners.every((o) => o.email === undefined || o.email === o.email.toLowerCase())).toBe(true);
    expect(calls).toBe(1);
  });

  it('leaves an archived owner out: it takes no records', async () => {
    const [first] = sandbox.hubspot.state.owners.all();
    sandbox.hubspot.state.owners.archive(first!.id, Date.now());
    const { owners } = await hubspotOwners(sandbox.client()).list();
    expect(owners.map((o) => o.id)).not.toContain(first!.id);
  });
});
