import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceConnection, salesforceAssociationReader, salesforceAssociationWriter } from '../../../connectors/salesforce/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// Contact–company and deal–company as lookups (Contact.AccountId, Opportunity.AccountId) and deal–contact as
// OpportunityContactRole rows, through jsforce against the sandbox org: read from either side, linked and
// unlinked idempotently; calls counted from the ledger.
let sandbox: StartedSalesforceSandbox;

beforeAll(async () => {
  sandbox = await startSalesforceSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.salesforce.state.reset();
  sandbox.running.ctx.faults.clear();
  sandbox.running.ctx.ledger.clear();
});

const conn = () => createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
const reader = () => salesforceAssociationReader(conn());
const writer = () => salesforceAssociationWriter(conn());
const insert = (sobject: string, fields: Record<string, unknown>) =>
  sandbox.salesforce.state.records.insert(sobject, fields, sandbox.salesforce.state.adminUserId, { system: true }).Id;
const account = (name: string) => insert('Account', { Name: name });
const contact = (name: string, accountId?: string) => insert('Contact', { LastName: name, ...(accountId ? { AccountId: accountId } : {}) });
const opportunity = (name: string, accountId?: string) => insert('Opportunity', { Name: name, StageName: 'Prospecting', CloseDate: '2026-06-30', ...(accountId ? { AccountId: accountId } : {}) });
const fieldOf = (id: string, field: string) => sandbox.salesforce.state.records.get(id)?.fields[field];
const sorted = <T>(pairs: T[]) => [...pairs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('contact–company through Contact.AccountId', () => {
  it('reads links from contacts and from accounts, one query each', async () => {
    const [acme, globex] = [account('Acme'), account('Globex')];
    const [ada, bo, cy] = [contact('Ada', acme), contact('Bo', globex), contact('Cy')];
    const fromContacts = await reader().read('contact_company', [ada, bo, cy]);
    expect(sorted(fromContacts.pairs)).toEqual(sorted([{ fromId: ada, toId: acme }, { fromId: bo, toId: globex }]));
    const fromAccounts = await reader().read('contact_company', [acme], 'to');
    expect(fromAccounts.pairs).toEqual([{ fromId: ada, toId: acme }]);
    expect([fromContacts.calls, fromAccounts.calls, sandbox.running.ctx.ledger.count()]).toEqual([1, 1, 2]);
  });

  it('links by setting AccountId (replacing the old one), writing only what changes: one read and one update', async () => {
    const [acme, globex] = [account('Acme'), account('Globex')];
    const [ada, bo, cy] = [contact('Ada', acme), contact('Bo', acme), contact('Cy')];
    const pairs = [{ fromId: ada, toId: acme }, { fromId: bo, toId: globex }, { fromId: cy, toId: globex }];
    const outcome = await writer().link('contact_company', pairs);
    expect(sorted(outcome.done)).toEqual(sorted(pairs));
    expect([outcome.rejected, outcome.calls]).toEqual([[], 2]);
    expect([fieldOf(ada, 'AccountId'), fieldOf(bo, 'AccountId'), fieldOf(cy, 'AccountId')]).toEqual([acme, globex, globex]);
    expect(writer().cardinality('contact_company')).toBe('one');
  });

  it('refuses one contact named with two accounts, and ids of other objects, without writing them', async () => {
    const [acme, globex] = [account('Acme'), account('Globex')];
    const ada = contact('Ada');
    const outcome = await writer().link('contact_company', [{ fromId: ada, toId: acme }, { fromId: ada, toId: globex }, { fromId: acme, toId: ada }]);
    expect(outcome.done).toEqual([]);
    expect(outcome.rejected.map((r) => r.vendorMessage)).toEqual([
      'not a Contact id and an Account id', expect.stringContaining('has one AccountId'), expect.stringContaining('has one AccountId'),
    ]);
    expect(fieldOf(ada, 'AccountId')).toBeNull();
  });

  it('unlinks by clearing AccountId only where it still names that account', async () => {
    const [acme, globex] = [account('Acme'), account('Globex')];
    const [ada, bo] = [contact('Ada', acme), contact('Bo', globex)];
    const outcome = await writer().unlink('contact_company', [{ fromId: ada, toId: acme }, { fromId: bo, toId: acme }]);
    expect(outcome.done).toEqual([{ fromId: bo, toId: acme }, { fromId: ada, toId: acme }]);
    expect([fieldOf(ada, 'AccountId'), fieldOf(bo, 'AccountId')]).toEqual([null, globex]);
    expect(outcome.calls).toBe(2);
  });
});

describe('deal–company through Opportunity.AccountId', () => {
  it('links and reads back from either side', async () => {
    const acme = account('Acme');
    const [big, small] = [opportunity('Big'), opportunity('Small')];
    await writer().link('deal_company', [{ fromId: big, toId: acme }, { fromId: small, toId: acme }]);
    expect(sorted((await reader().read('deal_company', [acme], 'to')).pairs)).toEqual(sorted([{ fromId: big, toId: acme }, { fromId: small, toId: acme }]));
    expect((await reader().read('deal_company', [big])).pairs).toEqual([{ fromId: big, toId: acme }]);
  });
});

describe('deal–contact through OpportunityContactRole', () => {
  it('creates only the roles not there yet, reads them from either side, and deletes them on unlink', async () => {
    const acme = account('Acme');
    const [ada, bo] = [contact('Ada', acme), contact('Bo', acme)];
    const deal = opportunity('Big', acme);
    insert('OpportunityContactRole', { OpportunityId: deal, ContactId: ada, Role: 'Decision Maker' });
    sandbox.running.ctx.ledger.clear();
    const linked = await writer().link('deal_contact', [{ fromId: deal, toId: ada }, { fromId: deal, toId: bo }]);
    expect(linked).toEqual({ done: [{ fromId: deal, toId: ada }, { fromId: deal, toId: bo }], rejected: [], calls: 2 });
    expect(sandbox.salesforce.state.records.count('OpportunityContactRole')).toBe(2);
    expect(writer().cardinality('deal_contact')).toBe('many');
    expect(sorted((await reader().read('deal_contact', [deal])).pairs)).toEqual(sorted([{ fromId: deal, toId: ada }, { fromId: deal, toId: bo }]));
    expect((await reader().read('deal_contact', [bo], 'to')).pairs).toEqual([{ fromId: deal, toId: bo }]);
    sandbox.running.ctx.ledger.clear();
    const unlinked = await writer().unlink('deal_contact', [{ fromId: deal, toId: ada }]);
    expect(unlinked).toEqual({ done: [{ fromId: deal, toId: ada }], rejected: [], calls: 2 });
    expect((await reader().read('deal_contact', [deal])).pairs).toEqual([{ fromId: deal, toId: bo }]);
    // Linking what is there already costs the read alone.
    expect((await writer().link('deal_contact', [{ fromId: deal, toId: bo }])).calls).toBe(1);
  });

  it('answers a contact deleted since alone as not found, and links the others', async () => {
    const deal = opportunity('Big');
    const [ada, gone] = [contact('Ada'), contact('Gone')];
    sandbox.salesforce.state.records.softDelete(gone, sandbox.salesforce.state.adminUserId);
    const outcome = await writer().link('deal_contact', [{ fromId: deal, toId: ada }, { fromId: deal, toId: gone }]);
    expect(outcome.done).toEqual([{ fromId: deal, toId: ada }]);
    expect(outcome.rejected.map((r) => [r.pair.toId, r.kind])).toEqual([[gone, 'not_found']]);
  });

  it('reads 450 deals\' roles in ceil(450/200) queries', async () => {
    const ada = contact('Ada');
    const deals = Array.from({ length: 450 }, (_, i) => opportunity(`D${i}`));
    for (const deal of deals) insert('OpportunityContactRole', { OpportunityId: deal, ContactId: ada });
    sandbox.running.ctx.ledger.clear();
    const read = await reader().read('deal_contact', deals);
    expect([read.pairs.length, read.calls, sandbox.running.ctx.ledger.count()]).toEqual([450, 3, 3]);
  });
});
