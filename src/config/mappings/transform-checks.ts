// Checks a field's transform against the canonical field it translates: value map keys are the field's
// values, phone transforms sit on phone fields, date transforms on dates, and a side the transform
// names is a side the field maps. Reads raw entries, skipping values of the wrong type (zod names those).
import { isSupportedCountry } from 'libphonenumber-js';
import { suggest } from './closest-name.ts';
import { canonicalFieldsOf, canonicalKindOf, enumValuesOf } from './schema.ts';
import type { MappedObject } from './schema.ts';

type Path = ReadonlyArray<string | number>;

/** The parts of a raw field entry these checks read. */
export interface TransformEntryView {
  canonical?: string;
  hubspot?: string;
  salesforce?: unknown;
  transform?: { type?: unknown; hubspot?: unknown; salesforce?: unknown; defaultCountry?: unknown };
}

type At = (...rest: Array<string | number>) => Path;
type Add = (path: Path, message: string) => void;

/** Codes people reach for that ISO 3166-1 spells otherwise. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

export function checkTransform(object: MappedObject, entry: TransformEntryView, at: At, add: Add): void {
  const transform = entry.transform;
  if (!transform || entry.canonical === undefined || !canonicalFieldsOf(object).includes(entry.canonical)) return;
  if (transform.type === 'picklist' || transform.type === 'lifecycle_stage') checkValueMaps(object, entry.canonical, transform, at, add);
  if (transform.type === 'phone') checkPhone(object, entry.canonical, transform.defaultCountry, at, add);
  if (transform.type === 'date') checkDate(object, entry.canonical, at, add);
  if (transform.type === 'picklist' || transform.type === 'lifecycle_stage' || transform.type === 'date') {
    for (const side of ['hubspot', 'salesforce'] as const) {
      if (transform[side] !== undefined && entry[side] === undefined) add(at('transform', side), `is for ${side}, but this field names no ${side} field`);
    }
  }
}

/** Picklist and lifecycle stage maps: each key must be a value of the canonical field's own list. */
function checkValueMaps(object: MappedObject, canonical: string, transform: NonNullable<TransformEntryView['transform']>, at: At, add: Add): void {
  const allowed = enumValuesOf(object, canonical);
  if (!allowed) {
    add(at('transform', 'type'), `needs a canonical field with a fixed list of values; ${canonical} has none`);
    return;
  }
  if (transform.type === 'lifecycle_stage' && canonical !== 'lifecycleStage') add(at('transform', 'type'), `is for lifecycleStage; use picklist for ${canonical}`);
  for (const side of ['hubspot', 'salesforce'] as const) {
    const values = transform[side];
    if (typeof values !== 'object' || values === null) continue;
    for (const key of Object.keys(values)) {
      if (!allowed.includes(key)) add(at('transform', side, key), `is not a ${canonical} value (${allowed.join(', ')})${suggest(key, allowed)}`);
    }
  }
}

const fieldsOfKind = (object: MappedObject, kinds: readonly string[]) =>
  canonicalFieldsOf(object).filter((field) => kinds.includes(canonicalKindOf(object, field) ?? ''));

function checkPhone(object: MappedObject, canonical: string, country: unknown, at: At, add: Add): void {
  if (canonicalKindOf(object, canonical) !== 'phone') {
    add(at('transform', 'type'), `is for phone fields (${fieldsOfKind(object, ['phone']).join(', ')}); ${canonical} is not one`);
  }
  // The schema checks the shape (two capitals); this checks the code names a country with a numbering plan.
  if (typeof country === 'string' && /^[A-Z]{2}$/.test(country) && !isSupportedCountry(country)) {
    const alias = COUNTRY_ALIASES[country];
    add(at('transform', 'defaultCountry'), `is not an ISO 3166-1 country with a phone numbering plan${alias ? `; did you mean "${alias}"?` : ''}`);
  }
}

function checkDate(object: MappedObject, canonical: string, at: At, add: Add): void {
  const kind = canonicalKindOf(object, canonical);
  if (kind !== 'date' && kind !== 'datetime') {
    add(at('transform', 'type'), `is for date and timestamp fields (${fieldsOfKind(object, ['date', 'datetime']).join(', ')}); ${canonical} is not one`);
  }
}
