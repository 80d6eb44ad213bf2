import { describe, expect, it } from 'vitest';
import { planContactSync } from '../../src/sync/plan-contacts.ts';
import { renderPlan, summarisePlan } from '../../src/sync/render-plan.ts';
import { crmContact, marketingContact, standardMapping } from './builders.ts';

const example = () => planContactSync({
  mapping: standardMapping(),
  crm: [
    crmContact('003A', { email: 'ada@acme.com', firstName: 'Ada' }),
    crmContact('003B', { email: 'bob@acme.com', lastName: 'Byron' }),
    crmContact('003C', { lastName: 'Nomail' }),
  ],
  marketing: [
    marketingContact('101', { email: 'ADA@acme.com', firstName: 'Ada L.', title: 'CTO' }),
    marketingContact('102', { email: 'eve@acme.com' }),
  ],
  links: new Map(),
});

describe('summarisePlan', () => {
  it('counts matches, new links, creates and updates per side, fields changed and skipped records', () => {
    expect(summarisePlan(example())).toEqual({
      matched: 1, linkedByEmail: 1, creates: { crm: 0, marketing: 1 }, updates: { crm: 1, marketing: 1 }, fieldsChanged: 5, skipped: 2,
    });
  });
});

describe('renderPlan', () => {
  it('prints a summary, one line per write (side, record, field: old → new, rule), then the skipped records', () => {
    expect(renderPlan(example()).split('\n')).toEqual([
      'Plan: 1 matched (1 new links by email), creates crm 0 / marketing 1, updates crm 1 / marketing 1, 5 fields, 2 skipped',
      '  link crm 003A ↔ marketing 101 (same email)',
      '  crm 003A title: ∅ → CTO (fill_empty_only)',
      '  marketing 101 firstName: Ada L. → Ada (crm_wins)',
      '  create contact on marketing from 003B',
      '  marketing (new from 003B) email: ∅ → bob@acme.com (crm_wins)',
      '  marketing (new from 003B) lastName: ∅ → Byron (crm_wins)',
      '  marketing (new from 003B) consent.emailOptOut: ∅ → false (most_restrictive)',
      '  skip crm 003C: no email and no link: nothing to match it by',
      '  skip marketing 102: no CRM counterpart, and the contact does not meet the hand-off rule',
    ]);
  });
});
