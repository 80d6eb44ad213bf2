import { describe, expect, it } from 'vitest';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import { planContactSync } from '../../src/sync/plan-contacts.ts';
import type { ContactSyncInput } from '../../src/sync/plan-contacts.ts';
import type { FieldCopies } from '../../src/store/repositories/record-copies.ts';
import { T1, T2, contactMapping, crmContact, marketingContact, standardMapping } from './builders.ts';

const plan = (input: Partial<ContactSyncInput>) => planContactSync({ mapping: standardMapping(), crm: [], marketing: [], links: new Map(), ...input });

describe('matching', () => {
  it('pairs records by their link in the id map, whatever their emails', () => {
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com' })],
      marketing: [marketingContact('101', { email: 'ada.l@acme.com' })],
      links: new Map([['003A', '101']]),
    });
    expect(result.pairs).toMatchObject([{ crmId: '003A', marketingId: '101', matchedBy: 'link' }]);
  });

  it('pairs unlinked records by email, trimmed and lower-cased, as a proposed new link', () => {
    const result = plan({ crm: [crmContact('003A', { email: 'Ada@Acme.com' })], marketing: [marketingContact('101', { email: ' ada@acme.com ' })] });
    expect(result.pairs).toMatchObject([{ crmId: '003A', marketingId: '101', matchedBy: 'email' }]);
    expect(result.creates).toEqual([]);
  });

  it('never matches by email a marketing record already linked to another CRM record', () => {
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com' }), crmContact('003B', { email: 'ada@acme.com', lastName: 'B' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com' })],
      links: new Map([['003A', '101']]),
    });
    expect(result.pairs.map((p) => [p.crmId, p.matchedBy])).toEqual([['003A', 'link']]);
    expect(result.creates).toEqual([]);
    expect(result.skipped).toMatchObject([{ side: 'crm', recordId: '003B', reason: expect.stringContaining('possible duplicate') as unknown }]);
  });

  it('skips, without creating, a linked record whose twin was not read', () => {
    const result = plan({ crm: [crmContact('003A', { email: 'ada@acme.com' })], links: new Map([['003A', '101']]) });
    expect(result.creates).toEqual([]);
    expect(result.skipped).toMatchObject([{ side: 'crm', recordId: '003A', reason: expect.stringContaining('not among the records read') as unknown }]);
  });

  it('skips an email shared by several unlinked records on one side instead of guessing', () => {
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com' }), marketingContact('102', { email: 'ADA@acme.com' })],
    });
    expect(result.pairs).toEqual([]);
    expect(result.skipped.map((s) => s.recordId).sort()).toEqual(['003A', '101', '102']);
  });

  it('skips a record with no email and no link', () => {
    const result = plan({ crm: [crmContact('003A', { lastName: 'Lovelace' })] });
    expect(result.creates).toEqual([]);
    expect(result.skipped).toEqual([{ side: 'crm', recordId: '003A', reason: 'no email and no link: nothing to match it by' }]);
  });
});

describe('writes of a matched pair', () => {
  it('carries every field decision of decideRecord and writes only the fields that change', () => {
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com', firstName: 'Ada', title: 'CTO' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com', firstName: 'Ada L.', title: 'Engineer' })],
    });
    const [pair] = result.pairs;
    expect(pair!.decisions.map((d) => d.field)).toEqual(standardMapping().fields.map((f) => f.canonical));
    expect(pair!.writes.crm).toEqual([]);
    expect(pair!.writes.marketing.map((w) => w.field)).toEqual(['firstName']);
  });

  it('gives each write its old and new value, its rule, the winning side and why', () => {
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com', firstName: 'Ada' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com', firstName: 'Ada L.' })],
    });
    expect(result.pairs[0]!.writes.marketing[0]).toEqual({
      field: 'firstName', old: 'Ada L.', new: 'Ada', rule: 'crm_wins', winner: 'crm',
      because: 'crm_wins: the CRM has a value, and the CRM is the system of record',
    });
  });

  it('follows the example of docs/mappings.md: fill a blank title, take the later phone, carry the opt-out to the CRM', () => {
    const result = plan({
      crm: [crmContact('00QA', {
        email: 'ada@acme.com', phone: '+15550100', consent: { emailOptOut: false },
        fieldSources: { phone: { system: 'salesforce', at: T1 }, 'consent.emailOptOut': { system: 'salesforce', at: T2 } },
      })],
      marketing: [marketingContact('101', {
        email: 'ada@acme.com', title: 'CTO', phone: '+15550199', consent: { emailOptOut: true },
        fieldSources: { phone: { system: 'hubspot', at: T2 }, 'consent.emailOptOut': { system: 'hubspot', at: T1 } },
      })],
    });
    const writes = result.pairs[0]!.writes;
    expect(Object.fromEntries(writes.crm.map((w) => [w.field, w.new]))).toEqual({ title: 'CTO', phone: '+15550199', 'consent.emailOptOut': true });
    expect(writes.marketing).toEqual([]);
  });

  it('flags, from the last-synced copies, a write that overwrites an edit made since the last sync', () => {
    const copies = new Map<string, FieldCopies>([['003A', {
      firstName: { hubspot: { value: 'Ada', modifiedAt: T1, writtenBy: 'sync', jobRunId: null, rule: 'crm_wins', seenAt: T1 } },
    }]]);
    const result = plan({
      crm: [crmContact('003A', { email: 'ada@acme.com', firstName: 'Ada' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com', firstName: 'Ada L.' })],
      links: new Map([['003A', '101']]),
      copies,
    });
    const [write] = result.pairs[0]!.writes.marketing;
    expect(write).toMatchObject({ field: 'firstName', editedSinceSync: true });
    expect(write!.because).toContain('overwrites a change made on marketing since the last sync');
  });
});

describe('creates', () => {
  const ada = (): CanonicalContact => crmContact('003A', { email: 'ada@acme.com', firstName: 'Ada', createdAt: T1, leadStatus: 'new' });

  it('creates a marketing contact for a CRM record without a counterpart, with the fields the mapping lets flow there', () => {
    const result = plan({ crm: [ada()] });
    expect(result.creates).toHaveLength(1);
    const [create] = result.creates;
    expect(create).toMatchObject({ side: 'marketing', kind: 'contact', fromId: '003A' });
    expect(create!.fields.map((f) => f.field)).toEqual(['email', 'firstName', 'leadStatus', 'consent.emailOptOut']);
  });

  it('does not create on marketing when the mapping writes nothing there', () => {
    const mapping = contactMapping({ canonical: 'email', rule: 'crm_wins', direction: 'marketing_to_crm' }, { canonical: 'consent.emailOptOut', rule: 'most_restrictive' });
    const result = plan({ mapping, crm: [ada()] });
    expect(result.creates).toEqual([]);
    expect(result.skipped).toEqual([{ side: 'crm', recordId: '003A', reason: 'the mapping writes no field to marketing' }]);
  });

  it('does not copy a person who asked for a privacy deletion', () => {
    const result = plan({ crm: [crmContact('003A', { email: 'ada@acme.com', consent: { privacyDeletionRequested: true } })] });
    expect(result.creates).toEqual([]);
    expect(result.skipped[0]!.reason).toContain('privacy deletion');
  });

  it('by default hands no marketing contact to the CRM', () => {
    const result = plan({ marketing: [marketingContact('101', { email: 'ada@acme.com' })] });
    expect(result.creates).toEqual([]);
    expect(result.skipped).toEqual([{ side: 'marketing', recordId: '101', reason: 'no CRM counterpart, and the contact does not meet the hand-off rule' }]);
  });

  it('creates a CRM lead for a marketing contact that meets the hand-off predicate', () => {
    const result = plan({
      marketing: [marketingContact('101', { email: 'ada@acme.com', lastName: 'Lovelace' }), marketingContact('102', { email: 'bob@acme.com' })],
      handOff: (contact) => contact.lastName !== undefined,
    });
    expect(result.creates).toMatchObject([{ side: 'crm', kind: 'lead', fromId: '101' }]);
    expect(result.skipped.map((s) => s.recordId)).toEqual(['102']);
  });
});

describe('values the target holds in another spelling', () => {
  it('does not write an email that differs only in case (HubSpot lower-cases what it stores)', () => {
    const plan = planContactSync({
      mapping: standardMapping(),
      crm: [crmContact('003A', { email: 'Ada@Acme.com', lastName: 'Lovelace' })],
      marketing: [marketingContact('101', { email: 'ada@acme.com', lastName: 'Lovelace' })],
      links: new Map([['003A', '101']]),
    });
    expect(plan.pairs[0]?.writes.marketing.map((w) => w.field)).not.toContain('email');
  });
});
