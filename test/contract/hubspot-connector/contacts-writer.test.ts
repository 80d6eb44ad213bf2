import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotContactFeed, hubspotContactWriter } from '../../../connectors/hubspot/index.ts';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { CanonicalContactSchema } from '../../../src/core/canonical/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The contact writer against the HubSpot sandbox: calls per record at the batch minimum, and a bad
// record isolated (per input in a 207 for updates, by halving for email upserts) while the rest are written.
let sb: StartedHubspotSandbox;
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
const fromSalesforce = (i: number, email = `p${i}@acme.example`): CanonicalContact => ({
  ...CanonicalContactSchema.parse({ email: `p${i}@acme.example`, lastName: `P${i}`, lifecycleStage: 'mql', createdAt: AT, updatedAt: AT, source: { system: 'salesforce', id: `003${i}` } }),
  email, // as the other system holds it, unchecked: HubSpot is the judge
});
const hubspotContacts = () => [...sb.hubspot.state.records.scan('contacts')].filter((r) => r.archivedAt === null);

describe('hubspotContactWriter against the sandbox', () => {
  it('upserts 100 new contacts by email in one call, and says each was created', async () => {
    const outcome = await hubspotContactWriter(sdk()).write(Array.from({ length: 100 }, (_, i) => fromSalesforce(i)));
    expect([outcome.written.length, outcome.rejected.length, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([100, 0, 1, 1]);
    expect(outcome.written.every((w) => w.created && w.vendorId !== '')).toBe(true);
    expect(hubspotContacts().find((r) => r.properties.email === 'p7@acme.example')?.properties.lifecyclestage).toBe('marketingqualifiedlead');
  });

  it('isolates one bad email in an email upsert by halving, writes the others, and counts the calls', async () => {
    const batch = [0, 1, 2, 3, 4].map((i) => fromSalesforce(i, i === 2 ? 'not-an-address' : undefined));
    const outcome = await hubspotContactWriter(sdk()).write(batch);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind])).toEqual([['0032', 'rejected_record']]);
    expect(outcome.rejected[0]?.vendorMessage).toContain('not-an-address');
    expect(outcome.written.map((w) => w.record.source.id).sort()).toEqual(['0030', '0031', '0033', '0034']);
    // 5 → [3 refused → [2 ok, 1 refused]], [2 ok]
    expect([outcome.calls, sb.running.ctx.ledger.count()]).toEqual([5, 5]);
    expect(hubspotContacts().length).toBe(4);
  });

  it('updates contacts read from HubSpot by id in one call, a bad one coming back alone in the 207', async () => {
    await hubspotContactWriter(sdk()).write(Array.from({ length: 100 }, (_, i) => fromSalesforce(i)));
    const read: CanonicalContact[] = [];
    for await (const page of hubspotContactFeed(sdk()).pages({ pageSize: 100 })) read.push(...page.records);
    sb.running.ctx.ledger.clear();
    const edited = read.map((c, i) => ({ ...c, firstName: `Edited${i}`, ...(i === 10 ? { email: 'broken' } : {}) }));
    const outcome = await hubspotContactWriter(sdk()).write(edited);
    expect([outcome.written.length, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([99, 1, 1]);
    expect(outcome.rejected.map((r) => [r.record.source.id, r.kind])).toEqual([[read[10]!.source.id, 'rejected_record']]);
    expect(outcome.rejected[0]?.vendorMessage).toContain('broken');
    expect(outcome.written.every((w) => !w.created)).toBe(true);
    expect(hubspotContacts().filter((r) => r.properties.firstname?.startsWith('Edited')).length).toBe(99);
  });

  it('retries an injected 503 on a batch write, counting both calls', async () => {
    sb.running.ctx.faults.inject({ kind: 'server_error', status: 503, times: 1 });
    const outcome = await hubspotContactWriter(sdk(), { sleep: async () => {} }).write([fromSalesforce(1)]);
    expect([outcome.written.length, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([1, 2, 2]);
  });
});
