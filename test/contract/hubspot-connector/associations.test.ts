import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotAssociationReader, hubspotAssociationWriter } from '../../../connectors/hubspot/index.ts';
import type { HubspotCapabilityOptions } from '../../../connectors/hubspot/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// Contact–company, deal–company and deal–contact links through associations v4 in bulk, against the
// HubSpot sandbox through the official SDK: read from either side, linked with the default type, unlinked;
// calls counted from the ledger.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const READ = 'POST /crm/v4/associations/:fromObjectType/:toObjectType/batch/read';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const sdk = () => createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token });
const reader = (options: HubspotCapabilityOptions = {}) => hubspotAssociationReader(sdk(), options);
const writer = () => hubspotAssociationWriter(sdk());
const records = () => sb.hubspot.state.records;
const contact = (i: number) => records().create('contacts', { email: `p${i}@acme.example` }, IMPORT).id;
const company = (i: number) => records().create('companies', { name: `Company ${i}` }, IMPORT).id;
const deal = (i: number) => records().create('deals', { dealname: `Deal ${i}`, pipeline: 'default', dealstage: 'appointmentscheduled' }, IMPORT).id;
const sorted = <T>(pairs: T[]) => [...pairs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('hubspotAssociationWriter.link and hubspotAssociationReader.read', () => {
  it('links contacts to companies with the default type and reads them back from either side, one call each', async () => {
    const [ada, bo, cy] = [contact(1), contact(2), contact(3)];
    const [acme, globex] = [company(1), company(2)];
    const pairs = [{ fromId: ada, toId: acme }, { fromId: bo, toId: acme }, { fromId: bo, toId: globex }];
    const linked = await writer().link('contact_company', pairs);
    expect(linked).toEqual({ done: pairs, rejected: [], calls: 1 });
    expect(sb.hubspot.state.associations.typesBetween('contacts', ada, 'companies', acme)).toEqual([279]);
    // HubSpot writes the other direction too.
    expect(sb.hubspot.state.associations.typesBetween('companies', acme, 'contacts', ada)).toEqual([280]);
    sb.running.ctx.ledger.clear();
    const fromContacts = await reader().read('contact_company', [ada, bo, cy]);
    expect(sorted(fromContacts.pairs)).toEqual(sorted(pairs));
    const fromCompanies = await reader().read('contact_company', [acme, globex], 'to');
    expect(sorted(fromCompanies.pairs)).toEqual(sorted(pairs));
    expect([fromContacts.calls, fromCompanies.calls, sb.running.ctx.ledger.count(READ)]).toEqual([1, 1, 2]);
  });

  it('links deals to companies and contacts, and rejects a pair whose record does not exist', async () => {
    const [d1, d2] = [deal(1), deal(2)];
    const [acme, ada] = [company(1), contact(1)];
    const outcome = await writer().link('deal_company', [{ fromId: d1, toId: acme }, { fromId: d2, toId: '999999' }, { fromId: 'x', toId: acme }]);
    expect(outcome.done).toEqual([{ fromId: d1, toId: acme }]);
    expect(outcome.rejected.map((r) => [r.pair.toId, r.kind])).toEqual([[acme, 'rejected_record'], ['999999', 'not_found']]);
    expect(outcome.calls).toBe(1);
    await writer().link('deal_contact', [{ fromId: d1, toId: ada }, { fromId: d2, toId: ada }]);
    const read = await reader().read('deal_contact', [ada], 'to');
    expect(sorted(read.pairs)).toEqual(sorted([{ fromId: d1, toId: ada }, { fromId: d2, toId: ada }]));
    expect((await reader().read('deal_company', [d1, d2])).pairs).toEqual([{ fromId: d1, toId: acme }]);
  });

  it('follows one record\'s associations past a page of 500, and reads 1,500 records in 2 calls', async () => {
    const acme = company(1);
    const people = Array.from({ length: 1200 }, (_, i) => contact(i));
    for (const id of people) sb.hubspot.state.associations.add('contacts', id, 'companies', acme, [279]);
    const fromCompany = await reader().read('contact_company', [acme], 'to');
    expect(fromCompany.pairs).toHaveLength(1200);
    // 500 a page for one record: three calls.
    expect(fromCompany.calls).toBe(3);
    sb.running.ctx.ledger.clear();
    const others = Array.from({ length: 300 }, (_, i) => contact(2000 + i));
    const fromContacts = await reader().read('contact_company', [...people, ...others]);
    expect(fromContacts.pairs).toHaveLength(1200);
    expect([fromContacts.calls, sb.running.ctx.ledger.count(READ)]).toEqual([2, 2]);
  });

  it('makes no call for ids that are no HubSpot ids', async () => {
    expect(await reader().read('deal_contact', ['', 'abc'])).toEqual({ pairs: [], calls: 0 });
    expect(sb.running.ctx.ledger.count()).toBe(0);
  });

  it('retries a 429 on a read, counting both calls', async () => {
    const [ada, acme] = [contact(1), company(1)];
    await writer().link('contact_company', [{ fromId: ada, toId: acme }]);
    sb.running.ctx.faults.inject({ kind: 'rate_limit', times: 1 });
    const read = await reader({ sleep: async () => {} }).read('contact_company', [ada]);
    expect([read.pairs, read.calls]).toEqual([[{ fromId: ada, toId: acme }], 2]);
  });
});

describe('hubspotAssociationWriter.unlink', () => {
  it('removes only the pairs named, both directions, in one call; a pair not linked counts as done', async () => {
    const [ada, bo] = [contact(1), contact(2)];
    const [acme, globex] = [company(1), company(2)];
    await writer().link('contact_company', [{ fromId: ada, toId: acme }, { fromId: ada, toId: globex }, { fromId: bo, toId: acme }]);
    sb.running.ctx.ledger.clear();
    const outcome = await writer().unlink('contact_company', [{ fromId: ada, toId: acme }, { fromId: bo, toId: globex }]);
    expect(outcome).toEqual({ done: [{ fromId: ada, toId: acme }, { fromId: bo, toId: globex }], rejected: [], calls: 1 });
    expect(sorted((await reader().read('contact_company', [ada, bo])).pairs)).toEqual(sorted([{ fromId: ada, toId: globex }, { fromId: bo, toId: acme }]));
    expect(sb.hubspot.state.associations.typesBetween('companies', acme, 'contacts', ada)).toEqual([]);
    expect(writer().cardinality('contact_company')).toBe('many');
  });
});
