import { weightedChoices, type Random } from './seeded-random.ts';
import { FREE_MAIL_DOMAINS } from './vocabulary/marketing.ts';

/** Letters that do not decompose into a base letter plus an accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };

/** A name as mail systems spell it: Müller → muller, O'Brien → obrien, van der Berg → vanderberg. */
export function asciiLetters(name: string): string {
  return name
    .replace(/[øØæÆßłŁđĐ]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** How a company builds addresses; each pattern contains the whole last name, so colleagues rarely clash. */
export const EMAIL_PATTERNS = ['first.last', 'flast', 'firstlast', 'first_last', 'first'] as const;
export type EmailPattern = (typeof EMAIL_PATTERNS)[number];

export const emailPatternShare = weightedChoices<EmailPattern>([
  ['first.last', 55], ['flast', 20], ['firstlast', 10], ['first_last', 5], ['first', 10],
]);

export function localPartFor(pattern: EmailPattern, firstName: string, lastName: string): string {
  const first = asciiLetters(firstName) || 'x';
  const last = asciiLetters(lastName) || 'x';
  switch (pattern) {
    case 'first.last': return `${first}.${last}`;
    case 'flast': return `${first[0]}${last}`;
    case 'firstlast': return `${first}${last}`;
    case 'first_last': return `${first}_${last}`;
    case 'first': return first;
  }
}

/**
 * A work address that no colleague already has: on a clash the company's mail admin would have
 * added a digit (john.smith2@).
 */
export function uniqueWorkEmail(localPart: string, domain: string, taken: Set<string>): string {
  let candidate = localPart;
  for (let n = 2; taken.has(candidate); n++) candidate = `${localPart}${n}`;
  taken.add(candidate);
  return `${candidate}@${domain}`;
}

const freeMailDomains = weightedChoices(FREE_MAIL_DOMAINS);

/**
 * A personal address. The person's ordinal is part of it, as the numbers people add to get a free
 * handle, so no two generated people share one by accident.
 */
export function freeMailAddress(random: Random, firstName: string, lastName: string, ordinal: number): string {
  const first = asciiLetters(firstName) || 'x';
  const last = asciiLetters(lastName) || 'x';
  const local = random.pick([`${first}.${last}${ordinal}`, `${first}${last}${ordinal}`, `${first[0]}${last}.${ordinal}`]);
  return `${local}@${random.weighted(freeMailDomains)}`;
}
