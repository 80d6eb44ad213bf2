import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotCompanySide, hubspotDealSide, hubspotPeopleSide } from '../../../connectors/hubspot/index.ts';
import type { RecordReader } from '../../../src/connector-kit/capabilities.ts';
import type { CompanySide, DealSide, RecordSide } from '../../../src/connector-kit/record-side.ts';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The company and deal sides put together from the capabilities, as the engine would take them.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 }, searchPerSecond: 100_000 });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.reset();
  sb.running.ctx.ledger.clear();
});

const sdk = () => createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token });

describe('hubspotCompanySide and hubspotDealSide', () => {
  it('name their streams and records, and say which fields they read and write', () => {
    const companies: CompanySide = hubspotCompanySide(sdk());
    const deals: DealSide = hubspotDealSide(sdk());
    expect([companies.system, companies.streams.map((s) => s.name), companies.refOf('7')]).toEqual(['hubspot', ['hubspot:companies'], { system: 'hubspot', id: '7', objectType: 'companies' }]);
    expect([deals.streams.map((s) => s.name), deals.refOf('8')]).toEqual([['hubspot:deals'], { system: 'hubspot', id: '8', objectType: 'deals' }]);
    expect([companies.fields(undefined).writable.has('domain'), companies.fields(undefined).writable.has('industry')]).toEqual([true, false]);
    expect([deals.fields(undefined).writable.has('stage'), deals.fields(undefined).writable.has('stageHistory')]).toEqual([true, false]);
  });

  it('read the pipelines once for the deal feed, reader and writer together', async () => {
    const id = sb.hubspot.state.records.create('deals', { dealname: 'D', pipeline: 'default', dealstage: 'closedwon' }, IMPORT).id;
    const side = hubspotDealSide(sdk(), { withHistory: false });
    for await (const page of side.streams[0]!.feed.pages({})) expect(page.records.map((d) => d.stage)).toEqual(['closed_won']);
    const { records } = await side.reader.readByIds([id]);
    await side.writer.write(records);
    expect(sb.running.ctx.ledger.count('GET /crm/v3/pipelines/:objectType')).toBe(1);
  });

  it('keep PeopleSide the contact instance of the same contract', () => {
    const people: RecordSide<CanonicalContact, RecordReader<CanonicalContact>> = hubspotPeopleSide(sdk());
    expect(people.streams.map((s) => s.name)).toEqual(['hubspot:contacts']);
  });

  it('match companies by domain through the side\'s reader', async () => {
    const id = sb.hubspot.state.records.create('companies', { name: 'Acme', domain: 'acme.example' }, IMPORT).id;
    const { records } = await hubspotCompanySide(sdk()).reader.readByDomains(['www.acme.example']);
    expect(records.map((c) => c.source.id)).toEqual([id]);
  });
});
