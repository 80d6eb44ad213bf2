import { describe, expect, it } from 'vitest';
import { compileTransform, normaliseForCompare } from '../../../src/core/transforms/index.ts';

const phone = { transform: compileTransform({ type: 'phone', defaultCountry: 'US' }) };
const closeDate = { transform: compileTransform({ type: 'date', hubspot: 'epoch_ms', salesforce: 'iso_date' }, { canonicalDate: 'iso_date' }) };
const createdAt = { transform: compileTransform({ type: 'date', salesforce: 'iso_datetime' }) };
// company.yaml's account type: HubSpot has no Customer or Competitor option, so both are written as OTHER.
const accountType = {
  transform: compileTransform({
    type: 'picklist',
    hubspot: { prospect: 'PROSPECT', other: 'OTHER', customer: 'OTHER', competitor: 'OTHER' },
    salesforce: { prospect: 'Prospect', customer: 'Customer - Direct', competitor: 'Other', other: 'Other' },
  }),
};

describe('normaliseForCompare', () => {
  it('makes one phone number typed two ways the same value', () => {
    expect(normaliseForCompare(phone, '(415) 555-0100')).toBe('+14155550100');
    expect(normaliseForCompare(phone, '+14155550100')).toBe('+14155550100');
  });

  it('compares a number it cannot read as typed', () => {
    expect(normaliseForCompare(phone, 'ask reception')).toBe('ask reception');
  });

  it('compares instants as UTC instants, whatever offset they were written in', () => {
    expect(normaliseForCompare(createdAt, '2025-03-31T19:00:00+02:00')).toBe(normaliseForCompare(createdAt, '2025-03-31T17:00:00.000Z'));
  });

  it('compares days as ISO days', () => {
    expect(normaliseForCompare(closeDate, '2025-03-31')).toBe('2025-03-31');
  });

  it('leaves picklist values and fields without a transform as they are', () => {
    expect(normaliseForCompare(accountType, 'customer')).toBe('customer');
    expect(normaliseForCompare({}, 'Ada')).toBe('Ada');
  });

  it('with a side, compares values as they read back from it: customer and other are one HubSpot value', () => {
    expect(normaliseForCompare(accountType, 'customer', 'hubspot')).toBe('other');
    expect(normaliseForCompare(accountType, 'other', 'hubspot')).toBe('other');
    expect(normaliseForCompare(accountType, 'customer', 'salesforce')).toBe('customer');
  });

  it('with a side, compares a value the side cannot hold as it is', () => {
    expect(normaliseForCompare(accountType, 'reseller', 'hubspot')).toBe('reseller');
  });

  it('leaves empty values alone', () => {
    expect(normaliseForCompare(phone, undefined)).toBeUndefined();
    expect(normaliseForCompare(accountType, '', 'hubspot')).toBe('');
  });
});
