// Phone numbers in E.164 (+14155550100), the form both sides are compared and written in.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import type { TransformResult } from './types.ts';

/**
 * The number in E.164, with any extension kept after it (`+14155550132 ext. 12`: E.164 has no
 * extension, and dropping it would lose how to reach the person). A number without a + is read in
 * `defaultCountry`. Text that is not wholly one possible number (wrong length for its country, words
 * around it) comes back as typed, with an issue.
 */
export function toE164(value: unknown, defaultCountry: CountryCode | undefined): TransformResult {
  if (typeof value !== 'string' && typeof value !== 'number') return unparsed(value, defaultCountry);
  const text = String(value).trim();
  // extract: false, so "call 415 555 0100 after 5" is not cut down to the number and the rest lost.
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  if (!parsed?.isPossible()) return unparsed(value, defaultCountry);
  return { value: parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number };
}

function unparsed(value: unknown, defaultCountry: CountryCode | undefined): TransformResult {
  const readIn = defaultCountry ? ` (a number without + is read as ${defaultCountry})` : ' (and has no + country code)';
  return { value, issue: { kind: 'unparsed_phone', message: `${JSON.stringify(value)} is not a possible phone number${readIn}; kept as typed` } };
}
