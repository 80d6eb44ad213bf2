import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceConnection, salesforcePeopleArchiver } from '../../../connectors/salesforce/index.ts';
import type { PersonObject, SalesforcePeopleArchiverOptions } from '../../../connectors/salesforce/index.ts';
import { idFromCounter } from '../../../connectors/salesforce/sandbox/ids.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The people archiver against the sandbox org: sObject Collections deletes of 200 ids with allOrNone=false;
// ids already in the recycle bin or never there count as archived. Calls from the sandbox's ledger.
let sandbox: StartedSalesforceSandbox;
const DELETE = 'DELETE /services/data/v62.0/composite/sobjects';

beforeAll(async () => {
  sandbox = await startSalesforceSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.running.ctx.faults.clear();
  sandbox.running.ctx.ledger.clear();
});

const archiverOf = (sobject: PersonObject, options: Partial<SalesforcePeopleArchiverOptions> = {}) => salesforcePeopleArchiver(
  createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token }),
  { sobject, ...options },
);
const insert = (sobject: PersonObject) => {
  const { records, adminUserId } = sandbox.salesforce.state;
  return records.insert(sobject, { LastName: 'Archived', ...(sobject === 'Lead' ? { Company: 'Archive Co' } : {}) }, adminUserId, { system: true }).Id;
};
const inBin = (id: string) => sandbox.salesforce.state.records.get(id, { includeDeleted: true })?.deletedDate !== undefined;

describe('salesforcePeopleArchiver', () => {
  it('deletes 450 leads in ceil(450/200) = 3 calls, to the recycle bin', async () => {
    const ids = Array.from({ length: 450 }, () => insert('Lead'));
    const outcome = await archiverOf('Lead').archive(ids);
    expect(outcome).toEqual({ archived: ids, rejected: [], calls: 3 });
    expect(sandbox.running.ctx.ledger.count(DELETE)).toBe(3);
    expect(ids.every(inBin)).toBe(true);
  });

  it('counts ids already deleted, never there or not ids at all as archived, sending each record once', async () => {
    const [live, gone] = [insert('Contact'), insert('Contact')];
    sandbox.salesforce.state.records.softDelete(gone!, sandbox.salesforce.state.adminUserId);
    const never = idFromCounter('003', '5e', 999_999);
    const outcome = await archiverOf('Contact').archive([live!, gone!, never, live!.slice(0, 15), 'not-an-id', ' ']);
    expect(outcome).toEqual({ archived: ['not-an-id', live, gone, never], rejected: [], calls: 1 });
    expect(inBin(live!)).toBe(true);
  });

  it('never sends another object\'s id: a collections delete would remove whatever it names', async () => {
    const contact = insert('Contact');
    const outcome = await archiverOf('Lead').archive([contact]);
    expect(outcome).toEqual({ archived: [], rejected: [{ id: contact, vendorMessage: 'not a Lead id (Lead ids start with 00Q)' }], calls: 0 });
    expect(inBin(contact)).toBe(false);
    expect(sandbox.running.ctx.ledger.count()).toBe(0);
  });

  it('retries an injected 503 once through the connector, not jsforce, counting both calls', async () => {
    const id = insert('Lead');
    const waits: number[] = [];
    sandbox.running.ctx.faults.inject({ kind: 'server_error', status: 503, match: { path: '/services/data' } });
    const outcome = await archiverOf('Lead', { sleep: async (ms) => void waits.push(ms), random: () => 0 }).archive([id]);
    expect([outcome.archived, outcome.calls, sandbox.running.ctx.ledger.count(), waits.length]).toEqual([[id], 2, 2, 1]);
  });
});
