import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { createSalesforceConnection, salesforcePeopleWriter } from '../../../connectors/salesforce/index.ts';
import type { SalesforcePeopleWriterOptions } from '../../../connectors/salesforce/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The people writer through jsforce's sObject Collections against the sandbox org; calls from the ledger.
let sandbox: StartedSalesforceSandbox;
beforeAll(async () => {
  sandbox = await startSalesforceSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.running.ctx.ledger.clear());

const writerOf = (options: Partial<SalesforcePeopleWriterOptions> = {}) => salesforcePeopleWriter(
  createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token }),
  { sobject: 'Lead', ...options },
);

function person(i: number, overrides: Partial<CanonicalContact> = {}): CanonicalContact {
  return {
    kind: 'lead', source: { system: 'hubspot', id: `hs-${i}` }, email: `person${i}@example.com`, lastName: `Person ${i}`, companyName: 'Writer Co',
    leadStatus: 'new', additionalEmails: [], scores: { isMql: false }, consent: { emailOptOut: false, doNotCall: false, privacyDeletionRequested: false },
    createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z', ...overrides,
  };
}

describe('salesforcePeopleWriter on Leads', () => {
  it('creates 450 leads in ceil(450/200) calls; the one bad email is rejected with Salesforce\'s message, the rest written', async () => {
    const before = sandbox.salesforce.state.records.count('Lead');
    const batch = Array.from({ length: 450 }, (_, i) => person(i, i === 321 ? { email: 'not-an-email' } : {}));
    const outcome = await writerOf().write(batch);
    expect(outcome.written).toHaveLength(449);
    expect(outcome.written.every((w) => w.created && /^00Q/.test(w.vendorId))).toBe(true);
    expect(outcome.rejected).toEqual([{
      record: batch[321], kind: 'rejected_record', vendorCode: 'INVALID_EMAIL_ADDRESS', vendorMessage: 'Email: invalid email address: not-an-email',
    }]);
    expect(outcome.calls).toBe(3);
    expect(sandbox.running.ctx.ledger.count()).toBe(3);
    expect(sandbox.salesforce.state.records.count('Lead')).toBe(before + 449);
    const saved = sandbox.salesforce.state.records.get(outcome.written[0]!.vendorId)?.fields;
    expect(saved).toMatchObject({ LastName: 'Person 0', Email: 'person0@example.com', Company: 'Writer Co', Status: 'Open - Not Contacted' });
  });

  it('updates leads it read from this org by Id, one call per 200', async () => {
    const { written } = await writerOf().write([person(1000), person(1001)]);
    sandbox.running.ctx.ledger.clear();
    const edited = written.map((w) => ({ ...w.record, title: 'VP Sales', source: { system: 'salesforce' as const, id: w.vendorId, objectType: 'Lead' } }));
    const outcome = await writerOf().write(edited);
    expect(outcome.written.map((w) => [w.vendorId, w.created])).toEqual(written.map((w) => [w.vendorId, false]));
    expect(outcome.calls).toBe(1);
    expect(sandbox.running.ctx.ledger.count()).toBe(1);
    expect(sandbox.salesforce.state.records.get(written[0]!.vendorId)?.fields.Title).toBe('VP Sales');
  });

  it('upserts on HubSpot_Contact_Id__c: created the first time, matched the second, one call each', async () => {
    const writer = writerOf({ externalIdField: 'HubSpot_Contact_Id__c' });
    const batch = [person(2000), person(2001)];
    const first = await writer.write(batch);
    expect(first.written.map((w) => w.created)).toEqual([true, true]);
    const second = await writer.write(batch.map((p) => ({ ...p, title: 'CFO' })));
    expect(second.written.map((w) => [w.vendorId, w.created])).toEqual(first.written.map((w) => [w.vendorId, false]));
    expect(sandbox.running.ctx.ledger.count()).toBe(2);
    expect(sandbox.salesforce.state.records.get(first.written[1]!.vendorId)?.fields).toMatchObject({ HubSpot_Contact_Id__c: 'hs-2001', Title: 'CFO' });
  });

  it('rejects a record with no external id value without sending it', async () => {
    const writer = writerOf({ externalIdField: 'RevOps_Id__c', externalIdOf: () => undefined });
    const outcome = await writer.write([person(3000)]);
    expect(outcome).toMatchObject({ written: [], calls: 0, rejected: [{ kind: 'rejected_record', vendorCode: 'MISSING_EXTERNAL_ID' }] });
    expect(sandbox.running.ctx.ledger.count()).toBe(0);
  });

  it('retries an injected 503 on a collections call, and does not retry REQUEST_LIMIT_EXCEEDED', async () => {
    const waits: number[] = [];
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 503, match: { path: '/services/data' } });
    const retried = await writerOf({ sleep: async (ms) => void waits.push(ms), random: () => 0 }).write([person(4000)]);
    expect(retried).toMatchObject({ calls: 2, rejected: [] });
    expect(waits).toEqual([0]);
    sandbox.running.ctx.ledger.clear();
    sandbox.running.ctx.faults.inject({ kind: 'rate_limit', match: { path: '/services/data' } });
    await expect(writerOf({ sleep: async (ms) => void waits.push(ms) }).write([person(4001)])).rejects.toMatchObject({ kind: 'quota_exhausted' });
    expect(waits).toEqual([0]);
    expect(sandbox.running.ctx.ledger.count()).toBe(1);
  });
});
