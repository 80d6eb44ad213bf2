import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/sandbox-kit/index.ts';
import { SalesforceSandboxSettings } from '../../../../connectors/salesforce/sandbox/settings.ts';
import { SalesforceSandboxState } from '../../../../connectors/salesforce/sandbox/state/index.ts';
import { mergeRecords } from '../../../../connectors/salesforce/sandbox/state/merge.ts';
import { convertLead } from '../../../../connectors/salesforce/sandbox/state/convert-lead.ts';
import type { LeadConvertInput } from '../../../../connectors/salesforce/sandbox/state/convert-lead.ts';
import { undeleteRecord } from '../../../../connectors/salesforce/sandbox/state/undelete.ts';
import { endOfQuarter } from '../../../../connectors/salesforce/sandbox/state/lead-convert-mapping.ts';

// The org-side logic behind SOAP merge, convertLead and undelete, on plain state (no HTTP): each request
// is one transaction, so a refusal part-way leaves nothing behind.

function org(settings: Parameters<typeof SalesforceSandboxSettings.parse>[0] = {}) {
  const clock = new ManualClock(Date.UTC(2026, 0, 10));
  const state = new SalesforceSandboxState({ clock, settings: SalesforceSandboxSettings.parse(settings) });
  return { clock, state, user: state.adminUserId };
}

const convertInput = (leadId: string): LeadConvertInput => ({
  leadId, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: false, overwriteLeadSource: false, sendNotificationEmail: false,
});

describe('merge as a transaction', () => {
  it('deletes nothing and moves nothing when the master\'s new values are refused', () => {
    const { state, user } = org();
    const [master, loser] = ['A', 'B'].map((n) => state.records.insert('Lead', { LastName: n, Company: 'Acme' }, user).Id) as [string, string];
    const task = state.records.insert('Task', { WhoId: loser, Status: 'Not Started', Priority: 'Normal' }, user).Id;

    const outcome = mergeRecords(state, state.schema.get('Lead'), { masterId: master, overrides: { Email: 'not an email' }, recordToMergeIds: [loser] }, user);

    expect(outcome).toMatchObject({ success: false, mergedRecordIds: [], errors: [{ errorCode: 'INVALID_EMAIL_ADDRESS' }] });
    expect(state.records.get(loser)).toBeDefined();
    expect(state.records.get(task)?.fields.WhoId).toBe(loser);
  });
});

describe('convertLead as a transaction', () => {
  it('creates no account and leaves the lead unconverted when the duplicate rule refuses the new contact', () => {
    const { state, user } = org({ duplicateRule: { enabled: true } });
    const existing = state.records.insert('Contact', { LastName: 'Existing', Email: 'ada@example.com' }, user).Id;
    const leadId = state.records.insert('Lead', { LastName: 'Lovelace', Company: 'Analytical', Email: 'ada@example.com' }, user, { allowDuplicates: true }).Id;

    const outcome = convertLead(state, convertInput(leadId), user, Date.UTC(2026, 0, 10));

    expect(outcome).toMatchObject({ success: false, accountId: null, errors: [{ errorCode: 'DUPLICATES_DETECTED' }] });
    const matches = outcome.errors[0]?.duplicateResult?.matchResults.flatMap((m) => m.matchRecords.map((r) => r.record.Id));
    expect(matches).toEqual([existing]);
    expect(state.records.get(leadId)?.fields.IsConverted).toBe(false);
    expect(state.records.count('Account')).toBe(0);
  });

  it('converts a lead with an email under the duplicate rule when no other record matches it', () => {
    const { state, user } = org({ duplicateRule: { enabled: true } });
    const leadId = state.records.insert('Lead', { LastName: 'Lovelace', Company: 'Analytical', Email: 'ada@example.com' }, user).Id;

    const outcome = convertLead(state, convertInput(leadId), user, Date.UTC(2026, 0, 10));

    expect(outcome).toMatchObject({ success: true, errors: [] });
    expect(state.records.get(outcome.contactId ?? '')?.fields.Email).toBe('ada@example.com');
  });

  it('closes the new opportunity on the last day of the current quarter', () => {
    expect([Date.UTC(2026, 0, 1), Date.UTC(2026, 4, 12), Date.UTC(2026, 8, 30), Date.UTC(2026, 11, 31, 23)].map(endOfQuarter))
      .toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  });
});

describe('undelete', () => {
  it('refuses a record whose unique value a live record has taken since, and leaves it in the bin', () => {
    const { state, user, clock } = org();
    const first = state.records.insert('Lead', { LastName: 'A', Company: 'Acme', RevOps_Id__c: 'rv-1' }, user).Id;
    state.records.softDelete(first, user);
    state.records.insert('Lead', { LastName: 'B', Company: 'Acme', RevOps_Id__c: 'rv-1' }, user);

    const outcome = undeleteRecord(state, first, user, clock.now());

    expect(outcome).toMatchObject({ id: first, success: false, errors: [{ errorCode: 'DUPLICATE_VALUE' }] });
    expect(state.records.get(first, { includeDeleted: true })?.fields.IsDeleted).toBe(true);
  });

  it("brings back everything an account's delete took, its opportunities' history rows too", () => {
    const { state, user, clock } = org();
    const account = state.records.insert('Account', { Name: 'Acme' }, user).Id;
    const opportunity = state.records.insert('Opportunity', { Name: 'Deal', StageName: 'Prospecting', CloseDate: '2026-12-31', AccountId: account }, user).Id;
    const [history] = state.records.findByField('OpportunityHistory', 'OpportunityId', opportunity);
    state.records.softDelete(account, user);

    expect(undeleteRecord(state, account, user, clock.now()).success).toBe(true);

    expect(state.records.get(opportunity)?.fields.IsDeleted).toBe(false);
    expect(state.records.get(history?.Id ?? '')?.fields.IsDeleted).toBe(false);
  });

  it('forgets what a rolled-back delete took, so a later restore of the parent brings back nothing else', () => {
    const { state, user } = org();
    const account = state.records.insert('Account', { Name: 'Acme' }, user).Id;
    const contact = state.records.insert('Contact', { LastName: 'Kept', AccountId: account }, user).Id;
    state.records.begin();
    state.records.softDelete(account, user);
    state.records.rollback();
    state.records.softDelete(contact, user);
    state.records.softDelete(account, user);

    state.records.restore(account, user);

    expect(state.records.get(contact, { includeDeleted: true })?.fields.IsDeleted).toBe(true);
  });

  it('keeps a record 15 days, to the millisecond', () => {
    const { state, user, clock } = org();
    const id = state.records.insert('Lead', { LastName: 'A', Company: 'Acme' }, user).Id;
    state.records.softDelete(id, user);
    clock.advance(15 * 24 * 60 * 60 * 1000);
    expect(undeleteRecord(state, id, user, clock.now() + 1).success).toBe(false);
    expect(undeleteRecord(state, id, user, clock.now()).success).toBe(true);
  });
});
