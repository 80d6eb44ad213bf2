import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createHubspotSdk, hubspotCompanyArchiver, hubspotCompanyFeed, hubspotCompanyReader, hubspotCompanyWriter,
} from '../../../connectors/hubspot/index.ts';
import type { FeedPage } from '../../../src/connector-kit/index.ts';
import type { CanonicalCompany } from '../../../src/core/canonical/index.ts';
import { CanonicalCompanySchema } from '../../../src/core/canonical/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The company capabilities against the HubSpot sandbox through the official SDK: the search feed on
// hs_lastmodifieddate (a run of 450 companies on one millisecond), reads by id and by domain, batch
// writes with per-record failures, archive. Calls come from the sandbox's ledger.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const T0 = Date.UTC(2025, 0, 1);
const SEARCH = 'POST /crm/v3/objects/:objectType/search';
const AT = '2025-01-01T00:00:00.000Z';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 }, searchPerSecond: 100_000 });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.records.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const sdk = () => createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token });
const company = (properties: Record<string, string>, at = T0) =>
  sb.hubspot.state.records.create('companies', properties, IMPORT, { createdAt: T0, updatedAt: at, silent: true }).id;
const fromSalesforce = (i: number, overrides: Partial<CanonicalCompany> = {}): CanonicalCompany => ({
  ...CanonicalCompanySchema.parse({ name: `Account ${i}`, domain: `account${i}.example`, createdAt: AT, updatedAt: AT, source: { system: 'salesforce', id: `001${i}` } }),
  ...overrides,
});
const live = () => [...sb.hubspot.state.records.scan('companies')].filter((r) => r.archivedAt === null);

async function readAll(pages: AsyncIterable<FeedPage<CanonicalCompany>>) {
  const read: CanonicalCompany[] = [];
  let calls = 0;
  for await (const page of pages) {
    read.push(...page.records);
    calls += page.calls;
  }
  return { read, calls };
}

describe('hubspotCompanyFeed', () => {
  it('reads every company once, 450 of them on one hs_lastmodifieddate, counting every search', async () => {
    const ids = [
      ...Array.from({ length: 100 }, (_, i) => company({ name: `Spread ${i}` }, T0 + i)),
      ...Array.from({ length: 450 }, (_, i) => company({ name: `Bulk ${i}` }, T0 + 5_000)),
      ...Array.from({ length: 50 }, (_, i) => company({ name: `After ${i}` }, T0 + 6_000 + i)),
    ];
    const { read, calls } = await readAll(hubspotCompanyFeed(sdk()).pages({ pageSize: 200 }));
    expect(read.map((c) => c.source.id).sort()).toEqual([...ids].sort());
    expect(new Set(read.map((c) => c.source.id)).size).toBe(600);
    // Two range pages meet the run (the second all on its time), the run is read by id in 3, one range page follows.
    expect([calls, sb.running.ctx.ledger.count(SEARCH)]).toEqual([6, 6]);
    expect(read.find((c) => c.name === 'Bulk 7')).toMatchObject({ updatedAt: new Date(T0 + 5_000).toISOString(), source: { system: 'hubspot', objectType: 'companies' } });
  });

  it('resumes inside the tie run from a saved cursor and hands out exactly the rest', async () => {
    const ids = Array.from({ length: 450 }, (_, i) => company({ name: `Bulk ${i}` }, T0 + 5_000));
    const first: string[] = [];
    let cursor;
    for await (const page of hubspotCompanyFeed(sdk()).pages({ pageSize: 100 })) {
      first.push(...page.records.map((c) => c.source.id));
      cursor = page.cursor;
      if (first.length >= 200) break;
    }
    const rest = await readAll(hubspotCompanyFeed(sdk()).pages({ after: cursor, pageSize: 100 }));
    expect([...first, ...rest.read.map((c) => c.source.id)].sort()).toEqual([...ids].sort());
  });
});

describe('hubspotCompanyReader', () => {
  it('reads companies by id, 100 a call, ids that match nothing absent', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => company({ name: `C${i}`, domain: `c${i}.example` }));
    const result = await hubspotCompanyReader(sdk()).readByIds([...ids, '999999', 'not-an-id']);
    expect(result.records.map((c) => c.source.id).sort()).toEqual([...ids].sort());
    expect([result.calls, sb.running.ctx.ledger.count()]).toEqual([2, 2]);
  });

  it('matches domains as hosts through search: www., letter case and URLs alike, every company sharing one', async () => {
    const [acme, acmeToo, www, other] = [
      company({ name: 'Acme', domain: 'acme.example' }), company({ name: 'Acme EU', domain: 'acme.example' }),
      company({ name: 'Globex', domain: 'www.globex.example' }), company({ name: 'Initech', domain: 'initech.example' }),
    ];
    const result = await hubspotCompanyReader(sdk()).readByDomains(['ACME.example', 'https://globex.example/about', 'nobody.example', '']);
    expect(result.records.map((c) => [c.source.id, c.domain]).sort()).toEqual([[acme, 'acme.example'], [acmeToo, 'acme.example'], [www, 'globex.example']].sort());
    expect(result.records.map((c) => c.source.id)).not.toContain(other);
    expect([result.calls, sb.running.ctx.ledger.count(SEARCH)]).toEqual([1, 1]);
  });

  it('splits many domains into searches whose bodies stay under 3,000 characters', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => company({ name: `D${i}`, domain: `domain-number-${i}.example` }));
    const result = await hubspotCompanyReader(sdk()).readByDomains(ids.map((_, i) => `domain-number-${i}.example`));
    expect(result.records).toHaveLength(120);
    expect(result.calls).toBe(sb.running.ctx.ledger.count(SEARCH));
    // 240 values (each domain bare and with www.): three bodies of at most 3,000 characters.
    expect(result.calls).toBe(3);
    expect(sb.running.ctx.ledger.recent().every((e) => e.status === 200)).toBe(true);
  });

  it('makes no call for no usable domain', async () => {
    expect(await hubspotCompanyReader(sdk()).readByDomains(['', 'not a domain'])).toEqual({ records: [], calls: 0 });
  });
});

describe('hubspotCompanyWriter', () => {
  it('creates 100 companies in one call, each matched to its new id', async () => {
    const outcome = await hubspotCompanyWriter(sdk()).write(Array.from({ length: 100 }, (_, i) => fromSalesforce(i, { accountType: 'customer' })));
    expect([outcome.written.length, outcome.rejected.length, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([100, 0, 1, 1]);
    const seven = outcome.written.find((w) => w.record.name === 'Account 7');
    expect(seven?.created).toBe(true);
    expect(sb.hubspot.state.records.get('companies', seven!.vendorId)?.properties).toMatchObject({ name: 'Account 7', domain: 'account7.example', type: 'OTHER' });
  });

  it('updates companies read from HubSpot by id in one call; one gone and one with a refused owner come back alone in the 207', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => company({ name: `H${i}` }));
    const read = (await hubspotCompanyReader(sdk()).readByIds(ids)).records.sort((a, b) => Number(a.source.id) - Number(b.source.id));
    sb.hubspot.state.records.archive('companies', ids[1]!, IMPORT);
    sb.running.ctx.ledger.clear();
    const edited = read.map((c, i) => ({ ...c, city: 'Berlin', ...(i === 3 ? { ownerId: '424242' } : {}) }));
    const outcome = await hubspotCompanyWriter(sdk()).write([...edited, fromSalesforce(9)]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind])).toEqual([[ids[1], 'not_found'], [ids[3], 'rejected_record']]);
    expect(outcome.rejected[1]?.vendorMessage).toContain('424242');
    expect(outcome.written.map((w) => [w.vendorId === w.record.source.id, w.created])).toEqual([[true, false], [true, false], [true, false], [false, true]]);
    // One update call and one create call.
    expect([outcome.calls, sb.running.ctx.ledger.count()]).toEqual([2, 2]);
    expect(live().filter((r) => r.properties.city === 'Berlin').map((r) => r.id).sort()).toEqual([ids[0], ids[2], ids[4]].sort());
  });
});

describe('hubspotCompanyArchiver', () => {
  it('archives 150 companies in 2 calls; ids never there count as archived', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => company({ name: `A${i}` }));
    const outcome = await hubspotCompanyArchiver(sdk()).archive([...ids, '999999']);
    expect(outcome).toEqual({ archived: [...ids, '999999'], rejected: [], calls: 2 });
    expect(sb.hubspot.state.records.count('companies')).toEqual({ live: 0, archived: 150 });
  });
});
