import { LEGAL_SUFFIXES, LEGAL_SUFFIX_SPELLINGS } from '../../src/demo/vocabulary/company-words.ts';

/** Edits (insert, delete, substitute, swap neighbours) between two strings: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A phone number as digits with its country code (E.164 without the plus), however it was written. */
export function internationalNumber(written: string, callingCode: string): string {
  const trimmed = written.trim();
  const digits = trimmed.replace('(0)', '').replace(/\D/g, '');
  if (trimmed.startsWith('+')) return digits;
  if (trimmed.startsWith('00')) return digits.slice(2);
  if (callingCode === '1') return `1${digits.length === 11 ? digits.slice(1) : digits}`;
  return callingCode + digits.replace(/^0/, '');
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const legalForms = [...new Set([...Object.values(LEGAL_SUFFIXES).flat(), ...LEGAL_SUFFIX_SPELLINGS.flat()].map(words).filter(Boolean))]
  .sort((a, b) => b.length - a.length);

/** A company name without "The", legal form, punctuation, spacing or case: what two spellings of one company share. */
export function coreCompanyName(name: string): string {
  let core = words(name).replace(/^the /, '');
  const form = legalForms.find((suffix) => core.endsWith(` ${suffix}`));
  if (form) core = core.slice(0, -form.length - 1);
  return core.replace(/ /g, '');
}
