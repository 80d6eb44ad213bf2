import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import { createSalesforceConnection, salesforcePeopleWriter } from '../../../connectors/salesforce/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// An org with an active duplicate rule refuses a lead whose email an existing person has: the writer
// names the existing record, so the sync can link to it instead of dead-lettering the lead.
let sandbox: StartedSalesforceSandbox;
beforeAll(async () => {
  sandbox = await startSalesforceSandbox({ duplicateRule: { enabled: true } });
});
afterAll(() => sandbox.close());

const lead = (email: string): CanonicalContact => ({
  kind: 'lead', source: { system: 'hubspot', id: 'hs-1' }, email, lastName: 'Hopper', companyName: 'Navy',
  additionalEmails: [], scores: { isMql: false }, consent: { emailOptOut: false, doNotCall: false, privacyDeletionRequested: false },
  createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z',
});

describe('a create refused by a duplicate rule', () => {
  it('comes back as DUPLICATES_DETECTED naming the record it duplicates', async () => {
    const conn = createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
    const existing = await conn.sobject('Contact').create({ LastName: 'Hopper', Email: 'grace@navy.example.net' });
    const outcome = await salesforcePeopleWriter(conn, { sobject: 'Lead' }).write([lead('grace@navy.example.net')]);
    expect(outcome.rejected).toEqual([expect.objectContaining({ vendorCode: 'DUPLICATES_DETECTED', duplicateOf: ['id' in existing ? existing.id : ''] })]);
  });
});
