import { describe, expect, it } from 'vitest';
import {
  accountToCanonical, AccountWire, canonicalToAccount, canonicalToOpportunity, opportunityToCanonical, OpportunityWire, salesforceStageTable,
} from '../../../connectors/salesforce/index.ts';

// The Account and Opportunity maps and the stage table, pure: no sandbox, no calls.
const STAMP = '2026-03-02T09:00:00.000+0000';
const account = (fields: Record<string, unknown>) => AccountWire.parse({ Id: '0015e000000000AAAA', Name: 'Acme', CreatedDate: STAMP, LastModifiedDate: STAMP, SystemModstamp: STAMP, ...fields });
const opportunity = (fields: Record<string, unknown>) => OpportunityWire.parse({
  Id: '0065e000000000AAAA', Name: 'Big', StageName: 'Qualification', CreatedDate: STAMP, LastModifiedDate: STAMP, SystemModstamp: STAMP, ...fields,
});
const row = (ApiName: string, SortOrder: number, flags: { closed?: boolean; won?: boolean; active?: boolean; label?: string } = {}) => ({
  ApiName, MasterLabel: flags.label ?? ApiName, IsActive: flags.active ?? true, IsClosed: flags.closed ?? false, IsWon: flags.won ?? false, SortOrder,
});
// An org that renamed and added stages: labels differ from API names, two won stages, one retired.
const stages = salesforceStageTable([
  row('Qualification', 1), row('Discovery Call', 2, { label: 'Discovery' }), row('Old Demo', 3, { label: 'Demo', active: false }),
  row('Demo', 4), row('Signed', 5, { closed: true, won: true }), row('Signed - Partner', 6, { closed: true, won: true }), row('Dead', 7, { closed: true }),
]);

describe('Salesforce account map', () => {
  it('reads the domain as Website\'s host and the website as a URL, the Type as a canonical type', () => {
    expect(accountToCanonical(account({ Website: 'www.Acme.example/contact', Type: 'Channel Partner / Reseller', NumberOfEmployees: 120, BillingCountry: 'Germany' }))).toMatchObject({
      name: 'Acme', domain: 'acme.example', website: 'https://www.Acme.example/contact', accountType: 'reseller', employeeCount: 120, country: 'Germany',
      updatedAt: '2026-03-02T09:00:00.000Z', source: { system: 'salesforce', objectType: 'Account' },
    });
    expect(accountToCanonical(account({ Website: 'not a url', Type: 'Our Own Type' }))).toMatchObject({ domain: undefined, website: undefined, accountType: undefined });
  });

  it('writes the website, else the domain, and never another system\'s owner or parent', () => {
    const ours = accountToCanonical(account({ Website: 'acme.example', OwnerId: '0055e000000000AAAA', ParentId: '0015e000000000BAAA' }));
    expect(canonicalToAccount(ours)).toEqual({ Name: 'Acme', Website: 'https://acme.example', OwnerId: '0055e000000000AAAA', ParentId: '0015e000000000BAAA' });
    const theirs = { ...ours, website: undefined, source: { system: 'hubspot' as const, id: '77' } };
    expect(canonicalToAccount(theirs)).toEqual({ Name: 'Acme', Website: 'acme.example' });
  });
});

describe('Salesforce stage table', () => {
  it('keys open stages by label, won and lost by the flags, and writes the first active stage of a key', () => {
    expect(['Qualification', 'Discovery Call', 'Old Demo', 'Demo', 'Signed', 'Signed - Partner', 'Dead'].map((id) => stages.read(id))).toEqual([
      { key: 'qualification', outcome: 'open' }, { key: 'discovery', outcome: 'open' }, { key: 'demo', outcome: 'open' }, { key: 'demo', outcome: 'open' },
      { key: 'closed_won', outcome: 'won' }, { key: 'closed_won', outcome: 'won' }, { key: 'closed_lost', outcome: 'lost' },
    ]);
    expect([stages.write('demo'), stages.write('closed_won'), stages.write('closed_lost'), stages.write('proposal')]).toEqual(['Demo', 'Signed', 'Dead', undefined]);
  });
});

describe('Salesforce opportunity map', () => {
  it('reads a StageName the table lacks as its label\'s key, the outcome from the row\'s flags', () => {
    const deal = opportunity({ StageName: 'Legal Review', IsClosed: false, IsWon: false, CloseDate: '2026-06-30', Amount: 1200.5 });
    expect([deal.StageName, opportunityToCanonical(deal, stages).stage, opportunityToCanonical(deal, stages).outcome]).toEqual(['Legal Review', 'legal_review', 'open']);
    expect(opportunityToCanonical(deal, stages)).toMatchObject({ pipeline: 'sales', amount: 1200.5, closeDate: '2026-06-30', stageHistory: [], closeDateHistory: [] });
  });

  it('refuses a stage key no active stage has, and writes AccountId only for its own opportunities', () => {
    const deal = opportunityToCanonical(opportunity({ AccountId: '0015e000000000AAAA', CloseDate: '2026-06-30' }), stages);
    expect(canonicalToOpportunity(deal, stages)).toEqual({ body: { Name: 'Big', StageName: 'Qualification', CloseDate: '2026-06-30', AccountId: '0015e000000000AAAA' } });
    expect(canonicalToOpportunity({ ...deal, stage: 'negotiation' }, stages)).toEqual({ refusal: 'no active Opportunity stage is the "negotiation" stage' });
    expect(canonicalToOpportunity({ ...deal, source: { system: 'hubspot', id: '5' } }, stages)).toEqual({ body: { Name: 'Big', StageName: 'Qualification', CloseDate: '2026-06-30' } });
  });
});
