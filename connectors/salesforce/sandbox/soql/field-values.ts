import type { SoqlField, SoqlScalar } from './source.ts';
import { parseDateLiteral, parseDateTimeLiteral } from './date-literals.ts';
import { sfDate, sfDateTime } from '../datetimes.ts';

// How a describe type behaves in a query: what literal it compares with and how its values compare,
// sort and go out on the wire (datetime `2024-01-15T10:30:00.000+0000`, date `2024-01-15`, numbers
// and booleans as JSON numbers and booleans).

export type ValueKind = 'id' | 'string' | 'boolean' | 'number' | 'date' | 'datetime' | 'unfilterable';

const STRING_TYPES = new Set(['string', 'picklist', 'email', 'phone', 'url', 'combobox', 'textarea', 'encryptedstring']);
const NUMBER_TYPES = new Set(['int', 'double', 'currency', 'percent', 'long']);

export function kindOf(field: SoqlField): ValueKind {
  const type = field.type.toLowerCase();
  if (type === 'id' || type === 'reference') return 'id';
  if (STRING_TYPES.has(type)) return 'string';
  if (NUMBER_TYPES.has(type)) return 'number';
  if (type === 'boolean' || type === 'date' || type === 'datetime') return type;
  return 'unfilterable';
}

/** The SOAP type name Salesforce's literal-type errors use ("must be of type dateTime"). */
export function soapTypeName(field: SoqlField): string {
  const type = field.type.toLowerCase();
  if (type === 'datetime') return 'dateTime';
  if (type === 'int') return 'integer';
  if (type === 'reference') return 'id';
  if (NUMBER_TYPES.has(type)) return 'double';
  return STRING_TYPES.has(type) ? 'string' : type;
}

/** A stored datetime in ms: wire form, ISO form, or epoch ms. */
export function datetimeMs(value: SoqlScalar | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return undefined;
  const parsed = parseDateTimeLiteral(value) ?? Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** A stored date as midnight UTC in ms (a datetime's day counts when one is stored). */
export function dateMs(value: SoqlScalar | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.length < 10) return undefined;
  return parseDateLiteral(value.slice(0, 10));
}

/**
 * The value as the evaluator compares it: strings upper-cased (SOQL compares and sorts text
 * case-insensitively), ids cut to their case-sensitive 15 characters, dates and datetimes in ms;
 * empty text is null, as Salesforce stores it.
 */
export function comparable(kind: ValueKind, value: SoqlScalar | undefined): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'id': return String(value).slice(0, 15);
    case 'string': return String(value).toUpperCase();
    case 'number': return Number(value);
    case 'boolean': return value === true || value === 'true';
    case 'date': return dateMs(value) ?? null;
    case 'datetime': return datetimeMs(value) ?? null;
    case 'unfilterable': return typeof value === 'string' ? value.toUpperCase() : value;
  }
}

/** A stored value as a query answer carries it. */
export function wireValue(field: SoqlField, value: SoqlScalar | undefined): SoqlScalar {
  if (value === undefined || value === null || value === '') return null;
  const type = field.type.toLowerCase();
  if (type === 'datetime') {
    const ms = datetimeMs(value);
    return ms === undefined ? value : sfDateTime(ms);
  }
  if (type === 'date') {
    const ms = dateMs(value);
    return ms === undefined ? value : sfDate(ms);
  }
  if (type === 'boolean') return value === true || value === 'true';
  if (NUMBER_TYPES.has(type)) {
    const n = Number(value);
    return Number.isNaN(n) ? value : n;
  }
  return value;
}
