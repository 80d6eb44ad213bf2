// Whether a canonical field's values can live in a vendor field of a given type. Loose where values
// survive (a lead status in a text field, an owner id in a reference), strict where writes are refused
// or values lost (a date in a number field, a timestamp in a day field, a postal code in a number).
import type { CanonicalKind } from '../../config/mappings/schema.ts';
import type { DateFormat, LiveField, LiveValueType } from '../../core/transforms/index.ts';
import type { SchemaProblemSeverity } from './problem.ts';

const FITS: Readonly<Record<CanonicalKind, readonly LiveValueType[]>> = {
  text: ['text', 'picklist', 'reference'],
  email: ['text'],
  phone: ['text'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['date', 'datetime'],
  datetime: ['datetime'],
  enum: ['picklist', 'text'],
  list: ['multi_picklist', 'text'],
  group: ['other'],
};

/** A date transform's declared format for a side decides what that side's field must be. */
const FITS_FORMAT: Readonly<Record<DateFormat, readonly LiveValueType[]>> = {
  iso_date: ['date'],
  iso_datetime: ['datetime'],
  epoch_ms: ['date', 'datetime', 'number'],
};

const KIND_NAMES: Readonly<Record<CanonicalKind, string>> = {
  text: 'text', email: 'an email address', phone: 'a phone number', number: 'a number', boolean: 'a true/false flag',
  date: 'a date', datetime: 'a timestamp', enum: 'a value from a fixed list', list: 'a list', group: 'a group of fields',
};

export interface Mismatch {
  severity: SchemaProblemSeverity;
  detail: string;
}

/**
 * Why `live` cannot hold the field's values, or undefined when it can (or its type is one the check
 * does not know). A text field takes any value written, so a number in one is a warning (it must be
 * read back as a number); a field that refuses the values (a date in a number field) is an error.
 */
export function typeMismatch(kind: CanonicalKind, live: LiveField, declaredFormat: DateFormat | undefined): Mismatch | undefined {
  if (live.valueType === 'other') return undefined;
  const expected = declaredFormat === undefined ? FITS[kind] : FITS_FORMAT[declaredFormat];
  if (expected.includes(live.valueType)) return undefined;
  const got = `${live.valueType} field (${live.vendorType})`;
  const what = declaredFormat === undefined ? KIND_NAMES[kind] : `${declaredFormat}, as the transform declares for this side,`;
  if (live.valueType === 'text') {
    return { severity: 'warning', detail: `${what} mapped onto a ${got}: it is written as text, and what people type there may not read back as one` };
  }
  return { severity: 'error', detail: `${what} mapped onto a ${got}; it needs a ${expected.join(' or ')} field` };
}
