import { describe, expect, it } from 'vitest';
import { decideField, decideRecord } from '../../../src/core/merge/field-priority.ts';
import type { SideValue, SyncedRecord } from '../../../src/core/merge/field-priority.ts';

const T1 = '2024-05-01T10:00:00.000Z';
const T2 = '2024-05-02T10:00:00.000Z';
const crm = (value: unknown, modifiedAt = T1): SideValue => ({ value, system: 'salesforce', modifiedAt, writtenBy: 'person' });
const mkt = (value: unknown, modifiedAt = T1): SideValue => ({ value, system: 'hubspot', modifiedAt, writtenBy: 'automation' });

describe('rule crm_wins', () => {
  it('keeps the CRM value and writes it to marketing when both have different values', () => {
    expect(decideField({ rule: 'crm_wins' }, crm('Ada', T1), mkt('Ada L.', T2))).toMatchObject({ value: 'Ada', from: 'crm', rule: 'crm_wins' });
  });
  it('fills an empty CRM field from marketing when the direction lets marketing write the CRM', () => {
    expect(decideField({ rule: 'crm_wins', direction: 'both' }, crm(undefined), mkt('Ada'))).toMatchObject({ value: 'Ada', from: 'marketing' });
  });
  it('leaves an empty CRM field empty when the direction is crm_to_marketing, and never clears marketing', () => {
    const decision = decideField({ rule: 'crm_wins', direction: 'crm_to_marketing' }, crm(''), mkt('Ada'));
    expect(decision.from).toBe('unchanged');
    expect(decision.because).toContain('direction crm_to_marketing');
  });
  it('writes nothing when both sides already hold the same value', () => {
    expect(decideField({ rule: 'crm_wins' }, crm('Ada'), mkt('Ada', T2)).from).toBe('unchanged');
  });
});

describe('rule most_recent_wins', () => {
  it('takes the marketing value when marketing changed the field later', () => {
    const decision = decideField({ rule: 'most_recent_wins' }, crm('+1 555 0100', T1), mkt('+1 555 0199', T2));
    expect(decision).toMatchObject({ value: '+1 555 0199', from: 'marketing' });
    expect(decision.because).toContain(`${T2} is after ${T1}`);
  });
  it('takes the CRM value when the CRM changed the field later', () => {
    expect(decideField({ rule: 'most_recent_wins' }, crm('a', T2), mkt('b', T1))).toMatchObject({ value: 'a', from: 'crm' });
  });
  it('gives a tie to the CRM', () => {
    const decision = decideField({ rule: 'most_recent_wins' }, crm('a', T1), mkt('b', T1));
    expect(decision).toMatchObject({ value: 'a', from: 'crm' });
    expect(decision.because).toContain('ties go to the CRM');
  });
  it('lets a side with a modified time win over one without', () => {
    expect(decideField({ rule: 'most_recent_wins' }, { value: 'a' }, mkt('b', T1))).toMatchObject({ value: 'b', from: 'marketing' });
  });
  it('never lets a newer empty value clear the other side, but fills it instead', () => {
    expect(decideField({ rule: 'most_recent_wins' }, crm('a', T1), mkt(undefined, T2))).toMatchObject({ value: 'a', from: 'crm' });
  });
  it('does not write the CRM when a newer marketing value meets direction crm_to_marketing', () => {
    expect(decideField({ rule: 'most_recent_wins', direction: 'crm_to_marketing' }, crm('a', T1), mkt('b', T2)).from).toBe('unchanged');
  });
});

describe('rule fill_empty_only', () => {
  it('keeps the CRM value when the CRM field already has one', () => {
    expect(decideField({ rule: 'fill_empty_only' }, crm('VP Sales'), mkt('Head of Sales', T2)).from).toBe('unchanged');
  });
  it('takes the marketing value when the CRM field is blank, so enrichment never overwrites a rep', () => {
    expect(decideField({ rule: 'fill_empty_only' }, crm('  '), mkt('Head of Sales'))).toMatchObject({ value: 'Head of Sales', from: 'marketing' });
  });
  it('fills an empty marketing field from the CRM', () => {
    expect(decideField({ rule: 'fill_empty_only' }, crm('VP Sales'), mkt(null))).toMatchObject({ value: 'VP Sales', from: 'crm' });
  });
  it('writes nothing when both sides are empty', () => {
    expect(decideField({ rule: 'fill_empty_only' }, crm(undefined), mkt([])).from).toBe('unchanged');
  });
});

describe('rule never_sync', () => {
  it('writes nothing even when one side is empty and the other is not', () => {
    expect(decideField({ rule: 'never_sync' }, crm(undefined), mkt('2024-01-01T00:00:00.000Z'))).toMatchObject({ from: 'unchanged', rule: 'never_sync' });
  });
});

describe('rule most_restrictive (consent)', () => {
  it('carries a marketing opt-out to the CRM even when the CRM changed the field later', () => {
    expect(decideField({ rule: 'most_restrictive' }, crm(false, T2), mkt(true, T1))).toMatchObject({ value: true, from: 'marketing' });
  });
  it('carries a CRM opt-out to marketing', () => {
    expect(decideField({ rule: 'most_restrictive' }, crm(true, T1), mkt(false, T2))).toMatchObject({ value: true, from: 'crm' });
  });
  it('carries an opt-out whatever the declared direction', () => {
    expect(decideField({ rule: 'most_restrictive', direction: 'crm_to_marketing' }, crm(false), mkt(true))).toMatchObject({ from: 'marketing' });
  });
  it('never opts a person back in: a later "false" does not undo an opt-out', () => {
    expect(decideField({ rule: 'most_restrictive' }, crm(true, T1), mkt(false, T2)).value).toBe(true);
  });
  it('treats an unsubscribe date as an opt-out', () => {
    expect(decideField({ rule: 'most_restrictive' }, crm(undefined), mkt(T1))).toMatchObject({ value: T1, from: 'marketing' });
  });
  it('writes nothing when neither side has opted out, false and absent alike', () => {
    expect(decideField({ rule: 'most_restrictive' }, crm(false), mkt(undefined)).from).toBe('unchanged');
  });
});

describe('decideRecord', () => {
  const mapping = {
    fields: [
      { canonical: 'email', rule: 'crm_wins', direction: 'both' },
      { canonical: 'title', rule: 'fill_empty_only', direction: 'both' },
      { canonical: 'phone', rule: 'most_recent_wins', direction: 'both' },
      { canonical: 'consent.emailOptOut', rule: 'most_restrictive', direction: 'both' },
      { canonical: 'createdAt', rule: 'never_sync', direction: 'both' },
    ],
  } as const;
  const crmRecord: SyncedRecord = {
    email: 'ada@example.com', title: undefined, phone: '+15550100', consent: { emailOptOut: false },
    createdAt: '2024-01-01T00:00:00.000Z', updatedAt: T1, source: { system: 'salesforce' },
  };
  const marketingRecord: SyncedRecord = {
    email: 'ada@example.com', title: 'CTO', phone: '+15550199', consent: { emailOptOut: true },
    createdAt: '2024-02-01T00:00:00.000Z', updatedAt: T1, source: { system: 'hubspot' },
    fieldSources: { phone: { system: 'hubspot', at: T2, writtenBy: 'person' } },
  };

  it('lists only the fields that change as writes for each side', () => {
    expect(decideRecord(mapping, crmRecord, marketingRecord).writes).toEqual({
      crm: { title: 'CTO', phone: '+15550199', 'consent.emailOptOut': true },
      marketing: {},
    });
  });
  it('gives a decision with its rule and reason for every mapped field', () => {
    const { decisions } = decideRecord(mapping, crmRecord, marketingRecord);
    expect(decisions.map((d) => [d.field, d.from, d.rule])).toEqual([
      ['email', 'unchanged', 'crm_wins'],
      ['title', 'marketing', 'fill_empty_only'],
      ['phone', 'marketing', 'most_recent_wins'],
      ['consent.emailOptOut', 'marketing', 'most_restrictive'],
      ['createdAt', 'unchanged', 'never_sync'],
    ]);
  });
  it('uses the per-field modified time over the record\'s when a field has its own', () => {
    const older = { ...marketingRecord, fieldSources: { phone: { system: 'hubspot' as const, at: '2024-04-01T00:00:00.000Z' } } };
    expect(decideRecord(mapping, crmRecord, older).decisions.find((d) => d.field === 'phone')?.from).toBe('crm');
  });
});
