// Which value a synced field keeps, and why: the priority rules of mappings/fields/*.yaml applied to one
// field (decideField) or one linked pair of records (decideRecord). Pure: no I/O, no clock.
// The rules and the choices behind them are described in docs/mappings.md.
import type { FieldSource, SystemId, Writer } from '../canonical/source.ts';

export const PRIORITY_RULES = ['crm_wins', 'most_recent_wins', 'fill_empty_only', 'never_sync', 'most_restrictive'] as const;
export type PriorityRule = (typeof PRIORITY_RULES)[number];

/** Which way a field may flow. `crm_to_marketing` never writes the CRM; `marketing_to_crm` never writes marketing. */
export const DIRECTIONS = ['both', 'crm_to_marketing', 'marketing_to_crm'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * The consent fields an opt-out lives in. They take `most_restrictive` and no other rule, and no other
 * field may take it: an opt-out or unsubscribe on either side wins over every rule and direction.
 */
export const RESTRICTIVE_CONSENT_FIELDS = [
  'consent.emailOptOut', 'consent.doNotCall', 'consent.unsubscribedAt', 'consent.privacyDeletionRequested', 'consent.privacyDeletionRequestedAt',
] as const;

/** One side's value of a field with its provenance: which system holds it, when it was last modified, and by whom. */
export interface SideValue {
  value: unknown;
  system?: SystemId;
  /** ISO instant of the field's (or, failing that, the record's) last modification. */
  modifiedAt?: string;
  writtenBy?: Writer;
}

export interface FieldPolicy {
  rule: PriorityRule;
  direction?: Direction;
}

/**
 * The value a field keeps and where it comes from: `crm` (the CRM's value is kept and written to
 * marketing), `marketing` (marketing's value is written to the CRM) or `unchanged` (no write on either
 * side; `value` is then the CRM's value, and each side keeps its own).
 */
export interface FieldDecision {
  value: unknown;
  from: 'crm' | 'marketing' | 'unchanged';
  rule: PriorityRule;
  because: string;
}

/** Absent, null, blank text and empty lists are "no value": they never overwrite a value on the other side. `false` and `0` are values. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Equal values, with every kind of empty (absent, null, blank, []) equal to each other. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

const keep = (rule: PriorityRule, crm: SideValue, because: string): FieldDecision => ({ value: crm.value, from: 'unchanged', rule, because });
const take = (rule: PriorityRule, from: 'crm' | 'marketing', side: SideValue, because: string): FieldDecision => ({ value: side.value, from, rule, because });

/** Turns a winner the direction forbids writing into "unchanged", saying why. */
function applyDirection(decision: FieldDecision, crm: SideValue, direction: Direction): FieldDecision {
  if (decision.from === 'crm' && direction === 'marketing_to_crm') {
    return keep(decision.rule, crm, `${decision.because}; not written to marketing: direction marketing_to_crm`);
  }
  if (decision.from === 'marketing' && direction === 'crm_to_marketing') {
    return keep(decision.rule, crm, `${decision.because}; not written to the CRM: direction crm_to_marketing`);
  }
  return decision;
}

/** An opt-out flag set, or an opt-out date present, is restrictive; false or empty is not. */
const isRestrictive = (value: unknown): boolean => value === true || (typeof value === 'string' && value.trim() !== '');

function mostRestrictive(crm: SideValue, marketing: SideValue): FieldDecision {
  const crmOut = isRestrictive(crm.value);
  const marketingOut = isRestrictive(marketing.value);
  if (crmOut && !marketingOut) return take('most_restrictive', 'crm', crm, 'most_restrictive: the CRM has the opt-out, and an opt-out on either side wins whatever the times');
  if (marketingOut && !crmOut) return take('most_restrictive', 'marketing', marketing, 'most_restrictive: marketing has the opt-out, and an opt-out on either side wins whatever the times');
  return keep('most_restrictive', crm, crmOut ? 'most_restrictive: both sides are already opted out' : 'most_restrictive: neither side is opted out');
}

function timeOf(side: SideValue): number | undefined {
  const at = side.modifiedAt === undefined ? Number.NaN : Date.parse(side.modifiedAt);
  return Number.isNaN(at) ? undefined : at;
}

function mostRecent(crm: SideValue, marketing: SideValue): FieldDecision {
  const crmAt = timeOf(crm);
  const marketingAt = timeOf(marketing);
  if (marketingAt !== undefined && (crmAt === undefined || marketingAt > crmAt)) {
    const than = crmAt === undefined ? 'the CRM value has no modified time' : `${marketing.modifiedAt} is after ${crm.modifiedAt}`;
    return take('most_recent_wins', 'marketing', marketing, `most_recent_wins: marketing changed it last (${than})`);
  }
  if (crmAt !== undefined && marketingAt !== undefined && crmAt === marketingAt) {
    return take('most_recent_wins', 'crm', crm, `most_recent_wins: both changed it at ${crm.modifiedAt}, and ties go to the CRM`);
  }
  if (crmAt === undefined) return take('most_recent_wins', 'crm', crm, 'most_recent_wins: neither side has a modified time, and ties go to the CRM');
  const than = marketingAt === undefined ? 'the marketing value has no modified time' : `${crm.modifiedAt} is after ${marketing.modifiedAt}`;
  return take('most_recent_wins', 'crm', crm, `most_recent_wins: the CRM changed it last (${than})`);
}

function byRule(rule: Exclude<PriorityRule, 'never_sync' | 'most_restrictive'>, crm: SideValue, marketing: SideValue): FieldDecision {
  const crmEmpty = isEmptyValue(crm.value);
  const marketingEmpty = isEmptyValue(marketing.value);
  // No rule lets an empty value overwrite a value: absence is not a decision to clear.
  if (crmEmpty) return take(rule, 'marketing', marketing, `${rule}: the CRM is empty, so the marketing value fills it`);
  if (marketingEmpty) return take(rule, 'crm', crm, `${rule}: marketing is empty, so the CRM value fills it`);
  switch (rule) {
    case 'crm_wins': return take(rule, 'crm', crm, 'crm_wins: the CRM has a value, and the CRM is the system of record');
    case 'fill_empty_only': return keep(rule, crm, 'fill_empty_only: both sides have a value, and this rule writes only into an empty field');
    case 'most_recent_wins': return mostRecent(crm, marketing);
  }
}

/** Decides one field between the CRM and marketing automation under its rule and direction. */
export function decideField(policy: FieldPolicy, crm: SideValue, marketing: SideValue): FieldDecision {
  const { rule } = policy;
  if (rule === 'never_sync') return keep(rule, crm, 'never_sync: this field is never written by the sync');
  // Consent overrides direction too: an opt-out must reach the other side whichever way the field is declared.
  if (rule === 'most_restrictive') return mostRestrictive(crm, marketing);
  if (sameValue(crm.value, marketing.value)) return keep(rule, crm, `${rule}: both sides already hold the same value`);
  return applyDirection(byRule(rule, crm, marketing), crm, policy.direction ?? 'both');
}

/** A mapping as decideRecord needs it: the canonical field (dotted for grouped fields) with its rule and direction. */
export interface MappedField {
  canonical: string;
  rule: PriorityRule;
  direction: Direction;
}

/** A canonical record (contact, company, deal) as read from one side, with its per-field provenance. */
export type SyncedRecord = {
  readonly [field: string]: unknown;
  readonly fieldSources?: Readonly<Record<string, FieldSource>>;
  readonly updatedAt?: string;
  readonly source?: { readonly system: SystemId };
};

export interface RecordDecision {
  decisions: Array<FieldDecision & { field: string }>;
  /** Per side, the canonical fields to write and their new values: only fields that change. */
  writes: { crm: Record<string, unknown>; marketing: Record<string, unknown> };
}

function valueAt(record: SyncedRecord, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The field's value with its provenance; the record's modified time stands in when the field has none of its own. */
function sideOf(record: SyncedRecord, path: string): SideValue {
  const source = record.fieldSources?.[path];
  const side: SideValue = { value: valueAt(record, path) };
  const system = source?.system ?? record.source?.system;
  const modifiedAt = source?.at ?? record.updatedAt;
  if (system !== undefined) side.system = system;
  if (modifiedAt !== undefined) side.modifiedAt = modifiedAt;
  if (source?.writtenBy !== undefined) side.writtenBy = source.writtenBy;
  return side;
}

/** Decides every mapped field of one linked pair and collects the writes each side needs. */
export function decideRecord(mapping: { fields: readonly MappedField[] }, crmRecord: SyncedRecord, marketingRecord: SyncedRecord): RecordDecision {
  const result: RecordDecision = { decisions: [], writes: { crm: {}, marketing: {} } };
  for (const field of mapping.fields) {
    const decision = decideField(field, sideOf(crmRecord, field.canonical), sideOf(marketingRecord, field.canonical));
    result.decisions.push({ field: field.canonical, ...decision });
    if (decision.from === 'crm') result.writes.marketing[field.canonical] = decision.value;
    if (decision.from === 'marketing') result.writes.crm[field.canonical] = decision.value;
  }
  return result;
}
