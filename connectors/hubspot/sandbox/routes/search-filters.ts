import type { HubspotSearchFilter } from '../../wire/object-search.ts';

// How CRM search decides which records match, as the search guide describes it:
// https://developers.hubspot.com/docs/api-reference/legacy/crm/search-the-crm#filter-search-results
// Pure functions over a record's property strings; no state, no I/O.
//
// - Filter values are case-insensitive, except on enumeration properties (case-sensitive) and
//   IN/NOT_IN on string properties, whose values must be given in lowercase.
// - Number, date and datetime properties compare as numbers; dates accept ISO-8601 or epoch
//   milliseconds on either side (HubSpot's own examples filter datetimes with epoch millis).
// - CONTAINS_TOKEN matches a whole word of the value; `*` is a wildcard (`*@hubspot.com`).
// - A filter on a property the record lacks fails, except the negative operators
//   (NEQ, NOT_IN, NOT_HAS_PROPERTY, NOT_CONTAINS_TOKEN), which hold.

export interface FilterSubject {
  /** The record's value of a property, undefined when it has none. */
  value(propertyName: string): string | undefined;
  /** The data type of a property: string, number, date, datetime, enumeration or bool. */
  typeOf(propertyName: string): string | undefined;
  /** Ids of the records of an object type the record is associated with (`associations.contact`). */
  associatedIds(objectType: string): ReadonlySet<string>;
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** A value as a number when the property (or, without a known type, the text) is numeric or a date. */
export function numericOf(raw: string, type: string | undefined): number | undefined {
  const text = raw.trim();
  if (type === 'date' || type === 'datetime' || (type === undefined && ISO_LIKE.test(text))) {
    if (/^-?\d+$/.test(text)) return Number(text);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : at;
  }
  if (type === 'number' || type === undefined) {
    const n = Number(text);
    return text !== '' && Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function compare(recordValue: string, filterValue: string, type: string | undefined): number {
  const a = numericOf(recordValue, type);
  const b = numericOf(filterValue, type);
  if (a !== undefined && b !== undefined) return a - b;
  const x = recordValue.toLowerCase();
  const y = filterValue.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function equals(recordValue: string, filterValue: string, type: string | undefined): boolean {
  if (type === 'enumeration') return recordValue.split(';').includes(filterValue);
  return compare(recordValue, filterValue, type) === 0;
}

function inList(recordValue: string, values: string[], type: string | undefined): boolean {
  if (type === 'enumeration') return recordValue.split(';').some((v) => values.includes(v));
  if (type === 'string' || type === undefined) {
    // String IN wants lowercase values: the record's value is lowered, the filter's is taken as sent.
    if (values.includes(recordValue.toLowerCase())) return true;
    if (type === 'string') return false;
  }
  return values.some((v) => compare(recordValue, v, type) === 0);
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

export function containsToken(recordValue: string, token: string): boolean {
  const value = recordValue.toLowerCase();
  const wanted = token.trim().toLowerCase();
  if (wanted === '') return false;
  if (wanted.includes('*')) {
    const pattern = new RegExp(`^${wanted.split('*').map(escapeRegExp).join('.*')}$`);
    return pattern.test(value) || value.split(/\s+/).some((word) => pattern.test(word));
  }
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(wanted)}($|[^\\p{L}\\p{N}])`, 'u').test(value);
}

export function matchesFilter(subject: FilterSubject, filter: HubspotSearchFilter): boolean {
  const { propertyName, operator } = filter;
  if (propertyName.startsWith('associations.')) {
    const ids = subject.associatedIds(propertyName.slice('associations.'.length));
    if (operator === 'IN') return (filter.values ?? []).some((id) => ids.has(id));
    if (operator === 'NOT_IN') return !(filter.values ?? []).some((id) => ids.has(id));
    if (operator === 'NEQ') return !ids.has(filter.value ?? '');
    return ids.has(filter.value ?? '');
  }
  const raw = subject.value(propertyName);
  const type = subject.typeOf(propertyName);
  const value = filter.value ?? '';
  switch (operator) {
    case 'HAS_PROPERTY':
      return raw !== undefined;
    case 'NOT_HAS_PROPERTY':
      return raw === undefined;
    case 'EQ':
      return raw !== undefined && equals(raw, value, type);
    case 'NEQ':
      return raw === undefined || !equals(raw, value, type);
    case 'LT':
      return raw !== undefined && compare(raw, value, type) < 0;
    case 'LTE':
      return raw !== undefined && compare(raw, value, type) <= 0;
    case 'GT':
      return raw !== undefined && compare(raw, value, type) > 0;
    case 'GTE':
      return raw !== undefined && compare(raw, value, type) >= 0;
    case 'BETWEEN':
      return raw !== undefined && compare(raw, value, type) >= 0 && compare(raw, filter.highValue ?? '', type) <= 0;
    case 'IN':
      return raw !== undefined && inList(raw, filter.values ?? [], type);
    case 'NOT_IN':
      return raw === undefined || !inList(raw, filter.values ?? [], type);
    case 'CONTAINS_TOKEN':
      return raw !== undefined && containsToken(raw, value);
    case 'NOT_CONTAINS_TOKEN':
      return raw === undefined || !containsToken(raw, value);
  }
}

/** Filters in a group are ANDed; groups are ORed; no groups at all matches everything. */
export function matchesGroups(subject: FilterSubject, groups: Array<{ filters: HubspotSearchFilter[] }>): boolean {
  if (groups.length === 0) return true;
  return groups.some((group) => group.filters.every((filter) => matchesFilter(subject, filter)));
}

/** Free-text `query`: every word must occur (case-insensitively) in one of the object's searchable properties. */
export function matchesQuery(subject: FilterSubject, query: string | undefined, searchable: readonly string[]): boolean {
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const texts = searchable.map((name) => subject.value(name)?.toLowerCase()).filter((t): t is string => t !== undefined);
  return words.every((word) => texts.some((text) => text.includes(word)));
}

/** Sort order for one property: records without a value go last, ties keep their given order. */
export function compareBy(a: string | undefined, b: string | undefined, type: string | undefined, descending: boolean): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = compare(a, b, type);
  return descending ? -order : order;
}
