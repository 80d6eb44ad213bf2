import { describe, expect, it } from 'vitest';
import { LikePattern } from '../../../../connectors/salesforce/sandbox/soql/like-pattern.ts';

// LIKE matching on its own: whole-value, case-insensitive, `%` and `_` wildcards, `\%` `\_` `\\` literals.

const CASES: Array<[pattern: string, value: string, matches: boolean]> = [
  ['abc', 'ABC', true],
  ['abc', 'abcd', false],
  ['a_c', 'aXc', true],
  ['a_c', 'ac', false],
  ['%', '', true],
  ['a%', 'a', true],
  ['%c', 'abc', true],
  ['a%b%c', 'aXXbYYc', true],
  ['a%b%c', 'aXXcYYb', false],
  ['%aa%aa', 'aaa', false],
  ['%ab%ab', 'abab', true],
  ['_%_', 'x', false],
  ['100\\%%', '100% Labs', true],
  ['100\\%%', '1000 Labs', false],
  ['a\\_b', 'a_b', true],
  ['a\\_b', 'aXb', false],
  ['a\\\\b', 'a\\b', true],
  ['_', 'é', true],
  ['_', '😀', true],
  ['%straße%', 'STRASSE', false],
  ['%ÉCOLE%', 'une école', true],
  ['a%', 'a\nb', true],
];

describe('LIKE patterns', () => {
  it.each(CASES)('%s against %j → %s', (pattern, value, matches) => {
    expect(new LikePattern(pattern).test(value)).toBe(matches);
  });

  it('answers a pattern that makes a backtracking matcher explode at once', () => {
    expect(new LikePattern(`${'%a'.repeat(20)}%b`).test('a'.repeat(5000))).toBe(false);
  });
});
