import { describe, expect, it } from 'vitest';
import { COMPANY_VARIATIONS, CONTACT_VARIATIONS, generateDemoData, type DemoCompany, type DemoContact } from '../../src/demo/index.ts';
import { COUNTRIES } from '../../src/demo/vocabulary/geography.ts';
import { NICKNAMES } from '../../src/demo/vocabulary/nicknames.ts';
import { coreCompanyName, editDistance, internationalNumber } from './duplicate-yardsticks.ts';

const data = generateDemoData({ size: 10_000, seed: 4 });
const contactsById = new Map(data.contacts.map((contact) => [contact.source.id, contact]));
const companiesById = new Map(data.companies.map((company) => [company.source.id, company]));
const contactTruths = data.duplicates.flatMap((truth) => (truth.recordType === 'contact' ? [truth] : []));
const companyTruths = data.duplicates.flatMap((truth) => (truth.recordType === 'company' ? [truth] : []));
const duplicateIds = new Set(data.duplicates.map((truth) => truth.duplicateId));

type ContactPair = { original: DemoContact; duplicate: DemoContact; variations: readonly string[] };
const contactPairs: ContactPair[] = contactTruths.map((truth) => ({
  original: contactsById.get(truth.originalId) as DemoContact,
  duplicate: contactsById.get(truth.duplicateId) as DemoContact,
  variations: truth.variations,
}));
const pairsWith = (variation: string) => contactPairs.filter((pair) => pair.variations.includes(variation));
const localPart = (email: string | undefined) => email?.split('@')[0] ?? '';
const callingCodeOf = (contact: DemoContact) => COUNTRIES.find((country) => country.code === contact.countryCode)?.callingCode ?? '';

describe('duplicate ground truth', () => {
  it('injects about six duplicates per hundred people, and some duplicate companies', () => {
    expect(contactTruths.length / data.contacts.length).toBeGreaterThan(0.04);
    expect(contactTruths.length / data.contacts.length).toBeLessThan(0.08);
    expect(companyTruths.length).toBeGreaterThan(20);
  });

  it('names a duplicate and an original that both exist, and the original is not itself a duplicate', () => {
    for (const truth of contactTruths) expect([contactsById.has(truth.duplicateId), contactsById.has(truth.originalId)]).toEqual([true, true]);
    for (const truth of companyTruths) expect([companiesById.has(truth.duplicateId), companiesById.has(truth.originalId)]).toEqual([true, true]);
    expect(data.duplicates.filter((truth) => duplicateIds.has(truth.originalId))).toEqual([]);
  });

  it('injects every kind of variation', () => {
    const seen = new Set(data.duplicates.flatMap((truth) => truth.variations));
    expect([...seen].sort()).toEqual([...CONTACT_VARIATIONS, ...COMPANY_VARIATIONS].sort());
  });

  it('never gives two original people the same address, so every shared address is a labelled duplicate', () => {
    const originals = data.contacts.filter((contact) => !duplicateIds.has(contact.source.id) && contact.email);
    const addresses = originals.map((contact) => contact.email?.toLowerCase());
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});

describe('a duplicate person differs from the original in the stated ways only', () => {
  it('email_case: the same address in other letter case', () => {
    for (const { original, duplicate } of pairsWith('email_case')) {
      expect(duplicate.email).not.toBe(original.email);
      expect(duplicate.email?.toLowerCase()).toBe(original.email?.toLowerCase());
    }
  });

  it('email_whitespace: the same address with stray whitespace around it', () => {
    for (const { original, duplicate } of pairsWith('email_whitespace')) {
      expect(duplicate.email).not.toBe(original.email);
      expect(duplicate.email?.trim()).toBe(original.email);
    }
  });

  it('email_plus_alias: the same mailbox with a +tag', () => {
    for (const { original, duplicate } of pairsWith('email_plus_alias')) {
      const [local = '', domain = ''] = (original.email ?? '').split('@');
      const [aliasLocal = '', aliasDomain] = (duplicate.email ?? '').split('@');
      expect(aliasDomain).toBe(domain);
      expect(aliasLocal).toMatch(/^[^+]+\+[a-z0-9]+$/);
      expect(aliasLocal.split('+')[0]).toBe(local);
    }
  });

  it('gmail_dots: the same gmail mailbox with dots added or removed', () => {
    for (const { original, duplicate } of pairsWith('gmail_dots')) {
      expect(duplicate.email).not.toBe(original.email);
      expect(duplicate.email?.endsWith('@gmail.com')).toBe(true);
      expect(localPart(duplicate.email).replaceAll('.', '')).toBe(localPart(original.email).replaceAll('.', ''));
    }
  });

  it('email_removed: no address at all', () => {
    for (const { original, duplicate } of pairsWith('email_removed')) expect([original.email !== undefined, duplicate.email]).toEqual([true, undefined]);
  });

  it('name_typo: one slip of the keyboard in the first or the last name', () => {
    for (const { original, duplicate } of pairsWith('name_typo')) {
      const distances = [editDistance(original.firstName ?? '', duplicate.firstName ?? ''), editDistance(original.lastName ?? '', duplicate.lastName ?? '')];
      expect(distances.sort()).toEqual([0, 1]);
    }
  });

  it('nickname: a short form of the same first name', () => {
    for (const { original, duplicate } of pairsWith('nickname')) expect(NICKNAMES[original.firstName ?? '']).toContain(duplicate.firstName);
  });

  it('phone_format: the same number written another way', () => {
    for (const { original, duplicate } of pairsWith('phone_format')) {
      expect(duplicate.phone).not.toBe(original.phone);
      expect(internationalNumber(duplicate.phone ?? '', callingCodeOf(duplicate))).toBe(internationalNumber(original.phone ?? '', callingCodeOf(original)));
    }
  });

  it('cross_system: the same person held by the other system only', () => {
    for (const { original, duplicate } of pairsWith('cross_system')) {
      expect(original.presentIn).toHaveLength(1);
      expect(duplicate.presentIn).toEqual(original.presentIn[0] === 'crm' ? ['marketing'] : ['crm']);
    }
  });

  it('lead_and_contact: a Lead beside a Contact (or the reverse) in the CRM', () => {
    for (const { original, duplicate } of pairsWith('lead_and_contact')) {
      expect(duplicate.kind).not.toBe(original.kind);
      expect(duplicate.presentIn).toEqual(['crm']);
    }
  });

  it('keeps the email, names and phone of the original wherever no variation is stated for them', () => {
    const emailVariations = ['email_case', 'email_whitespace', 'email_plus_alias', 'gmail_dots', 'email_removed'];
    for (const { original, duplicate, variations } of contactPairs) {
      if (!variations.some((variation) => emailVariations.includes(variation))) expect(duplicate.email).toBe(original.email);
      if (!variations.includes('name_typo') && !variations.includes('nickname')) expect([duplicate.firstName, duplicate.lastName]).toEqual([original.firstName, original.lastName]);
      if (!variations.includes('phone_format')) expect(duplicate.phone).toBe(original.phone);
    }
  });
});

describe('a duplicate company differs from the original in the stated ways only', () => {
  const companyPairs = companyTruths.map((truth) => ({
    original: companiesById.get(truth.originalId) as DemoCompany,
    duplicate: companiesById.get(truth.duplicateId) as DemoCompany,
    variations: truth.variations,
  }));

  it('is written differently but has the same name once legal form, "The", punctuation and case are set aside', () => {
    for (const { original, duplicate, variations } of companyPairs) {
      if (variations.some((variation) => variation !== 'domain_removed')) expect(duplicate.name).not.toBe(original.name);
      expect(coreCompanyName(duplicate.name)).toBe(coreCompanyName(original.name));
    }
  });

  it('gains or loses a leading "The" exactly when leading_article is stated', () => {
    const startsWithThe = (name: string) => /^the /i.test(name);
    for (const { original, duplicate, variations } of companyPairs) {
      expect(startsWithThe(duplicate.name) !== startsWithThe(original.name)).toBe(variations.includes('leading_article'));
    }
  });

  it('has no domain exactly when domain_removed is stated, and the original\'s domain otherwise', () => {
    for (const { original, duplicate, variations } of companyPairs) {
      expect(duplicate.domain).toBe(variations.includes('domain_removed') ? undefined : original.domain);
    }
  });
});
