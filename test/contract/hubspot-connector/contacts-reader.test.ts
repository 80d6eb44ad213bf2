import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotContactReader } from '../../../connectors/hubspot/index.ts';
import type { HubspotContactReaderOptions } from '../../../connectors/hubspot/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The contact reader against the HubSpot sandbox through the official SDK: batch reads of 100, keys that
// match nothing simply absent, calls counted from the sandbox's ledger.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const BATCH_READ = 'POST /crm/v3/objects/:objectType/batch/read';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.records.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const reader = (options: HubspotContactReaderOptions = {}) => hubspotContactReader(createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token }), options);
const contact = (email: string, extra: Record<string, string> = {}) =>
  sb.hubspot.state.records.create('contacts', { email, lastname: email.split('@')[0]!, ...extra }, IMPORT).id;
const idsOf = (records: ReadonlyArray<{ source: { id: string } }>) => records.map((r) => r.source.id).sort();

describe('hubspotContactReader.readByIds', () => {
  it('returns the contacts found and leaves out ids that match nothing, in one call', async () => {
    const [ada, bo] = [contact('ada@acme.example'), contact('bo@acme.example')];
    const result = await reader().readByIds([ada, '999999', bo, ada, '  ', 'not-a-hubspot-id']);
    expect(idsOf(result.records)).toEqual([ada, bo].sort());
    expect(result.records.find((r) => r.source.id === ada)).toMatchObject({ email: 'ada@acme.example', lastName: 'ada', source: { system: 'hubspot', objectType: 'contacts' } });
    expect([result.calls, sb.running.ctx.ledger.count(BATCH_READ)]).toEqual([1, 1]);
  });

  it('reads 250 ids in ceil(250/100) = 3 calls', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => contact(`p${i}@acme.example`));
    const result = await reader().readByIds(ids);
    expect(idsOf(result.records)).toEqual([...ids].sort());
    expect([result.calls, sb.running.ctx.ledger.count()]).toEqual([3, 3]);
  });

  it('does not return archived contacts', async () => {
    const gone = contact('gone@acme.example');
    sb.hubspot.state.records.archive('contacts', gone, IMPORT);
    expect((await reader().readByIds([gone])).records).toEqual([]);
  });

  it('makes no call for no ids', async () => {
    expect(await reader().readByIds(['', ' '])).toEqual({ records: [], calls: 0 });
    expect(sb.running.ctx.ledger.count()).toBe(0);
  });

  it('retries a 429 once, counting both calls', async () => {
    const ada = contact('ada@acme.example');
    sb.running.ctx.faults.inject({ kind: 'rate_limit', times: 1 });
    const waits: number[] = [];
    const result = await reader({ sleep: async (ms) => void waits.push(ms) }).readByIds([ada]);
    expect(idsOf(result.records)).toEqual([ada]);
    expect([result.calls, sb.running.ctx.ledger.count(), waits.length]).toEqual([2, 2, 1]);
  });
});

describe('hubspotContactReader.readByEmails', () => {
  it('matches emails trimmed and case-insensitively, and leaves out the ones nobody has', async () => {
    const [ada, bo] = [contact('ada@acme.example'), contact('bo@acme.example')];
    const result = await reader().readByEmails([' ADA@Acme.Example ', 'bo@acme.example', 'Bo@ACME.example', 'nobody@acme.example', '']);
    expect(idsOf(result.records)).toEqual([ada, bo].sort());
    expect([result.calls, sb.running.ctx.ledger.count(BATCH_READ)]).toEqual([1, 1]);
  });

  it('reads 250 emails in 3 calls', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => contact(`p${i}@acme.example`));
    const result = await reader().readByEmails(Array.from({ length: 250 }, (_, i) => `P${i}@acme.example`));
    expect(idsOf(result.records)).toEqual([...ids].sort());
    expect(result.calls).toBe(3);
  });

  it('leaves out a contact HubSpot found only through one of its additional emails', async () => {
    contact('primary@acme.example', { hs_additional_emails: 'old@acme.example' });
    const result = await reader().readByEmails(['old@acme.example']);
    expect(result.records).toEqual([]);
    expect(result.calls).toBe(1);
  });
});
