import { describe, expect, it } from 'vitest';
import { coreNameOf, domainOf } from '../../src/demo/company-names.ts';
import { asciiLetters } from '../../src/demo/email-addresses.ts';
import { NAME_LEADS, NAME_PLACES, SECTOR_WORDS } from '../../src/demo/vocabulary/company-words.ts';
import { FIRST_NAMES } from '../../src/demo/vocabulary/first-names.ts';
import { LAST_NAMES } from '../../src/demo/vocabulary/last-names.ts';
import { formalNamesFor, NICKNAMES } from '../../src/demo/vocabulary/nicknames.ts';

const repeated = (words: readonly string[]) => words.filter((word, i) => words.indexOf(word) !== i);

describe('demo vocabularies', () => {
  it('list each name and company word once', () => {
    for (const list of [FIRST_NAMES, LAST_NAMES, NAME_LEADS, NAME_PLACES, SECTOR_WORDS.map((sector) => sector.word)]) expect(repeated(list)).toEqual([]);
  });

  it('keep name leads and places apart, so no company is called "Harbor Harbor"', () => {
    expect(NAME_LEADS.filter((word) => NAME_PLACES.includes(word))).toEqual([]);
  });

  it('offer every formal name that has nicknames as a first name', () => {
    expect(Object.keys(NICKNAMES).filter((formal) => !FIRST_NAMES.includes(formal))).toEqual([]);
  });

  it('find the formal names behind a nickname', () => {
    expect(formalNamesFor('Bob')).toEqual(['Robert']);
    expect(formalNamesFor('Alex').sort()).toEqual(['Alejandro', 'Alexander', 'Alexandra']);
  });

  it('spell every name in mail-safe letters: Müller → muller, O\'Brien → obrien, Søndergaard → sondergaard', () => {
    expect([asciiLetters('Müller'), asciiLetters("O'Brien"), asciiLetters('Søndergaard'), asciiLetters('van der Berg')]).toEqual(['muller', 'obrien', 'sondergaard', 'vanderberg']);
    expect([...FIRST_NAMES, ...LAST_NAMES].filter((name) => asciiLetters(name).length < 2)).toEqual([]);
  });

  it('give every combination of company words its own domain', () => {
    const combinations = NAME_LEADS.length * NAME_PLACES.length * SECTOR_WORDS.length;
    const domains = new Set(Array.from({ length: combinations }, (_, ordinal) => domainOf(coreNameOf(1, ordinal), 'com', 0)));
    expect(domains.size).toBe(combinations);
  });

  it('name enough distinct companies for a million people', () => {
    expect(NAME_LEADS.length * NAME_PLACES.length * SECTOR_WORDS.length).toBeGreaterThan(1_000_000 / 7);
  });
});
