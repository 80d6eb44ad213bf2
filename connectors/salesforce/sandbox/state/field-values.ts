// Checks and normalises the field values of one save against describe, as the org's save pipeline does.
import type { FieldDef } from './field-def.ts';
import { isTextType } from './field-def.ts';
import type { SObjectErrorItem } from './write-errors.ts';
import { to18, sobjectOfId } from '../ids.ts';
import { parseSfDate, parseSfDateTime, sfDateTime } from '../datetimes.ts';

export type FieldValue = string | number | boolean | null;

/** What a reference value points at, as the store sees it. */
export type ReferenceLookup = (id18: string) => 'live' | 'deleted' | 'missing';

export { sfDate, sfDateTime } from '../datetimes.ts';

const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function parserError(javaType: string, value: unknown): SObjectErrorItem {
  const token = typeof value === 'string' ? 'VALUE_STRING' : typeof value === 'boolean' ? `VALUE_${String(value).toUpperCase()}`
    : typeof value === 'number' ? (Number.isInteger(value) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT')
    : Array.isArray(value) ? 'START_ARRAY' : 'START_OBJECT';
  const shown = typeof value === 'object' ? '' : ` value ${String(value)}`;
  return {
    errorCode: 'JSON_PARSER_ERROR',
    message: `Cannot deserialize instance of ${javaType} from ${token}${shown} or request may be missing a required field`,
    fields: [],
  };
}

const JAVA_TYPE: Record<string, string> = {
  boolean: 'boolean', double: 'double', currency: 'currency', percent: 'percent', int: 'int', date: 'date', datetime: 'datetime',
};

/**
 * One field's value in stored form (18-character ids, `+0000` datetimes, numbers as numbers), or the
 * error Salesforce gives for it. `lookup` answers for reference fields.
 */
export function normaliseValue(def: FieldDef, raw: unknown, lookup: ReferenceLookup): { value: FieldValue } | { error: SObjectErrorItem } {
  if (raw === null || raw === undefined) return { value: def.type === 'boolean' ? false : null };
  if (typeof raw === 'object') return { error: parserError(JAVA_TYPE[def.type] ?? 'String', raw) };
  if (isTextType(def.type)) {
    const text = typeof raw === 'string' ? (def.type === 'email' ? raw.trim() : raw) : String(raw);
    // Salesforce stores an empty text value as null.
    if (text === '') return { value: null };
    return checkText(def, text, lookup);
  }
  switch (def.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
      return { error: parserError('boolean', raw) };
    case 'int':
    case 'double':
    case 'currency':
    case 'percent': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (!Number.isFinite(n) || (def.type === 'int' && !Number.isInteger(n))) return { error: parserError(def.type, raw) };
      return checkNumber(def, n);
    }
    case 'date':
      if (typeof raw === 'string' && parseSfDate(raw.slice(0, 10)) !== undefined && (raw.length === 10 || parseSfDateTime(raw) !== undefined)) {
        return { value: raw.slice(0, 10) };
      }
      return { error: parserError('date', raw) };
    case 'datetime': {
      const ms = typeof raw === 'string' ? parseSfDateTime(raw) : undefined;
      return ms === undefined ? { error: parserError('datetime', raw) } : { value: sfDateTime(ms) };
    }
    default:
      return { error: parserError('String', raw) };
  }
}

function checkText(def: FieldDef, text: string, lookup: ReferenceLookup): { value: FieldValue } | { error: SObjectErrorItem } {
  const fields = [def.name];
  if (def.type === 'reference' || def.type === 'id') {
    const id = to18(text);
    if (!id) return { error: { errorCode: 'MALFORMED_ID', message: `${def.label}: id value of incorrect type: ${text}`, fields } };
    const target = sobjectOfId(id);
    const modelled = def.referenceTo.filter((t) => t !== 'Profile' && t !== 'UserRole');
    if (modelled.length === 0) return { value: id };
    if (!target || !def.referenceTo.includes(target)) {
      return { error: { errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: `${def.label}: id value of incorrect type: ${text}`, fields } };
    }
    if (target === 'Group') return { value: id };
    const found = lookup(id);
    if (found === 'deleted') return { error: { errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields } };
    if (found === 'missing') return { error: { errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields } };
    return { value: id };
  }
  if (text.length > def.length) {
    return { error: { errorCode: 'STRING_TOO_LONG', message: `${def.label}: data value too large: ${text} (max length=${def.length})`, fields } };
  }
  if (def.type === 'email' && !EMAIL.test(text)) {
    return { error: { errorCode: 'INVALID_EMAIL_ADDRESS', message: `${def.label}: invalid email address: ${text}`, fields } };
  }
  if (def.type === 'picklist' && def.restrictedPicklist && !def.picklistValues.some((p) => p.active && p.value === text)) {
    return { error: { errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', message: `${def.label}: bad value for restricted picklist field: ${text}`, fields } };
  }
  return { value: text };
}

function checkNumber(def: FieldDef, n: number): { value: FieldValue } | { error: SObjectErrorItem } {
  const integerDigits = def.type === 'int' ? def.digits : def.precision - def.scale;
  if (integerDigits > 0 && Math.abs(Math.trunc(n)) >= 10 ** integerDigits) {
    return {
      error: { errorCode: 'NUMBER_OUTSIDE_VALID_RANGE', message: `${def.label}: value outside of valid range on numeric field: ${n}`, fields: [def.name] },
    };
  }
  if (def.type === 'int') return { value: n };
  const factor = 10 ** def.scale;
  return { value: Math.round(n * factor) / factor };
}
