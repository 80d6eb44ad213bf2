import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The two standard objects deals need besides Opportunity, through jsforce unchanged: OpportunityStage (what
// each StageName value means: read-only, queryable) and OpportunityContactRole (a contact on an opportunity).
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.salesforce.state.reset());

interface StageRow { ApiName: string; MasterLabel: string; IsActive: boolean; IsClosed: boolean; IsWon: boolean; DefaultProbability: number; SortOrder: number }

describe('OpportunityStage', () => {
  it('lists every StageName value in order with its closed and won flags and probability', async () => {
    const answer = await sb.connection().query<StageRow>('SELECT ApiName, MasterLabel, IsActive, IsClosed, IsWon, DefaultProbability, SortOrder FROM OpportunityStage ORDER BY SortOrder');
    const rows = answer.records.map(({ ApiName, IsClosed, IsWon, DefaultProbability }) => [ApiName, IsClosed, IsWon, DefaultProbability]);
    expect(rows).toEqual([
      ['Prospecting', false, false, 10], ['Qualification', false, false, 10], ['Needs Analysis', false, false, 20], ['Value Proposition', false, false, 50],
      ['Id. Decision Makers', false, false, 60], ['Perception Analysis', false, false, 70], ['Proposal/Price Quote', false, false, 75],
      ['Negotiation/Review', false, false, 90], ['Closed Won', true, true, 100], ['Closed Lost', true, false, 0],
    ]);
    expect(answer.records.every((r) => r.IsActive && r.MasterLabel === r.ApiName)).toBe(true);
  });

  it('is read-only over the API', async () => {
    const describe = await sb.connection().describe('OpportunityStage');
    expect(describe).toMatchObject({ keyPrefix: '01J', createable: false, updateable: false, deletable: false, queryable: true });
    expect((await jsforceError(sb.connection().sobject('OpportunityStage').create({ MasterLabel: 'New' }))).errorCode).toBeDefined();
  });
});

describe('OpportunityContactRole', () => {
  it('links a contact to an opportunity, is queried by either id, and goes with a deleted opportunity', async () => {
    const conn = sb.connection();
    const contact = (await conn.sobject('Contact').create({ LastName: 'Ada' })) as { id: string };
    const deal = (await conn.sobject('Opportunity').create({ Name: 'Big', StageName: 'Prospecting', CloseDate: '2026-06-30' })) as { id: string };
    const role = (await conn.sobject('OpportunityContactRole').create({ OpportunityId: deal.id, ContactId: contact.id, Role: 'Decision Maker' })) as { id: string };
    expect(role.id).toMatch(/^00K/);
    const byContact = await conn.query(`SELECT Id, OpportunityId, ContactId, Role, IsPrimary FROM OpportunityContactRole WHERE ContactId = '${contact.id}'`);
    expect(byContact.records).toMatchObject([{ Id: role.id, OpportunityId: deal.id, ContactId: contact.id, Role: 'Decision Maker', IsPrimary: false }]);
    const moved = await jsforceError(conn.sobject('OpportunityContactRole').update({ Id: role.id, OpportunityId: deal.id }));
    expect(moved.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    await conn.sobject('Opportunity').destroy(deal.id);
    expect(sb.salesforce.state.records.count('OpportunityContactRole')).toBe(0);
    expect(sb.salesforce.state.records.count('OpportunityContactRole', { includeDeleted: true })).toBe(1);
  });

  it('needs both ids', async () => {
    const missing = await jsforceError(sb.connection().sobject('OpportunityContactRole').create({ Role: 'Influencer' }));
    expect([missing.errorCode, missing.message]).toEqual(['REQUIRED_FIELD_MISSING', 'Required fields are missing: [OpportunityId, ContactId]']);
  });
});
