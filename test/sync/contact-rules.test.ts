import { describe, expect, it } from 'vitest';
import { contactHandOff, contactInclusion } from '../../src/sync/contact-rules.ts';
import { marketingContact } from './builders.ts';

describe('the inclusion filter', () => {
  const include = contactInclusion({ requireEmail: true, excludeEmailDomains: ['example.com'] });

  it('leaves out a person without an email when an email is required', () => {
    expect(include(marketingContact('1', { lastName: 'Lovelace' }))).toBe(false);
  });

  it('leaves out an address on an excluded domain, whatever its case', () => {
    expect(include(marketingContact('1', { email: 'Test@Example.COM' }))).toBe(false);
  });

  it('keeps everyone else', () => {
    expect(include(marketingContact('1', { email: 'ada@analytical.io' }))).toBe(true);
  });
});

describe('the hand-off rule', () => {
  const handOff = contactHandOff({ lifecycleStages: ['mql', 'sql'], requireFields: ['email', 'lastName', 'companyName'] });

  it('hands off a contact in a listed stage with every required field', () => {
    expect(handOff(marketingContact('1', { email: 'a@b.io', lastName: 'Lovelace', companyName: 'Engines', lifecycleStage: 'mql' }))).toBe(true);
  });

  it('keeps a contact in another stage', () => {
    expect(handOff(marketingContact('1', { email: 'a@b.io', lastName: 'Lovelace', companyName: 'Engines', lifecycleStage: 'subscriber' }))).toBe(false);
  });

  it('keeps a contact missing a field the CRM requires', () => {
    expect(handOff(marketingContact('1', { email: 'a@b.io', lastName: 'Lovelace', lifecycleStage: 'sql' }))).toBe(false);
  });
});
