import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotContactArchiver } from '../../../connectors/hubspot/index.ts';
import type { HubspotContactArchiverOptions } from '../../../connectors/hubspot/index.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The contact archiver against the HubSpot sandbox through the official SDK: 100 ids a batch archive, and
// ids already archived or never there count as archived (HubSpot answers 204 for them all).
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const BATCH_ARCHIVE = 'POST /crm/v3/objects/:objectType/batch/archive';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.records.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const archiver = (options: HubspotContactArchiverOptions = {}) => hubspotContactArchiver(createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: sb.token }), options);
const contact = (i: number) => sb.hubspot.state.records.create('contacts', { email: `p${i}@acme.example` }, IMPORT).id;

describe('hubspotContactArchiver', () => {
  it('archives 250 contacts in ceil(250/100) = 3 calls', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => contact(i));
    const outcome = await archiver().archive(ids);
    expect(outcome).toEqual({ archived: ids, rejected: [], calls: 3 });
    expect(sb.running.ctx.ledger.count(BATCH_ARCHIVE)).toBe(3);
    expect(sb.hubspot.state.records.count('contacts')).toEqual({ live: 0, archived: 250 });
  });

  it('counts ids already archived, never there or not ids at all as archived; duplicates and blanks are sent once or not at all', async () => {
    const [live, gone] = [contact(1), contact(2)];
    sb.hubspot.state.records.archive('contacts', gone, IMPORT);
    const outcome = await archiver().archive([live, gone, '999999', live, ' ', 'not-an-id']);
    expect(outcome).toEqual({ archived: [live, gone, '999999', 'not-an-id'], rejected: [], calls: 1 });
    expect(sb.hubspot.state.records.get('contacts', live)?.archivedAt).not.toBeNull();
  });

  it('makes no call when nothing names a HubSpot record', async () => {
    expect(await archiver().archive(['', 'abc'])).toEqual({ archived: ['abc'], rejected: [], calls: 0 });
    expect(sb.running.ctx.ledger.count()).toBe(0);
  });

  it('retries a 429 once, counting both calls', async () => {
    const id = contact(1);
    sb.running.ctx.faults.inject({ kind: 'rate_limit', times: 1 });
    const outcome = await archiver({ sleep: async () => {} }).archive([id]);
    expect([outcome.archived, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([[id], 2, 2]);
  });
});
