// The local copy of a linked pair, read and written by the engine: what tells an echo of our own
// write from a person's edit, what gives unchanged fields their older modified time, and what stands
// in for a counterpart that did not change since the last sync (so it need not be read again).
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import type { FieldSource } from '../../core/canonical/source.ts';
import type { JsonValue } from '../../store/repositories/json-value.ts';
import type { FieldCopies, NewSeenValue, RecordCopy } from '../../store/repositories/record-copies.ts';
import type { Vendor } from '../../store/repositories/vendor.ts';
import { valueAt } from '../values.ts';
import { sameSyncedValue } from '../compare.ts';

/** What the copy records: values as JSON, with every kind of empty stored as null. */
export function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** True when every synced field still holds the value last seen on this system: nothing to sync from it. */
export function isUnchangedSinceCopy(record: CanonicalContact, copy: RecordCopy | undefined, fields: readonly string[], system: Vendor): boolean {
  if (copy === undefined) return false;
  return fields.every((field) => {
    const seen = copy.fields[field]?.[system];
    return seen !== undefined && sameSyncedValue(field, seen.value, valueAt(record, field));
  });
}

/**
 * The record with per-field modified times: a field still equal to its copy has not changed since
 * the copy was taken, so its time is the copy's and not the record's (which any other edit moves).
 */
export function withFieldTimes(record: CanonicalContact, copy: RecordCopy | undefined, fields: readonly string[], system: Vendor): CanonicalContact {
  if (copy === undefined) return record;
  const sources: Record<string, FieldSource> = { ...record.fieldSources };
  for (const field of fields) {
    const seen = copy.fields[field]?.[system];
    if (seen?.modifiedAt && sources[field] === undefined && sameSyncedValue(field, seen.value, valueAt(record, field))) {
      sources[field] = { system: record.source.system, at: seen.modifiedAt };
    }
  }
  return { ...record, fieldSources: sources };
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = typeof node[part] === 'object' && node[part] !== null ? { ...(node[part] as object) } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/**
 * A counterpart rebuilt from the copy, for a record whose system reported no change since the copy
 * was taken. Only the synced fields are present; each carries the time it was seen with.
 */
export function contactFromCopy(copies: FieldCopies, system: Vendor, source: CanonicalContact['source'], fields: readonly string[]): CanonicalContact {
  const record: Record<string, unknown> = { kind: 'contact', additionalEmails: [], consent: {}, scores: { isMql: false } };
  const sources: Record<string, FieldSource> = {};
  let latest = '';
  for (const field of fields) {
    const seen = copies[field]?.[system];
    if (seen === undefined) continue;
    if (seen.value !== null) setAt(record, field, seen.value);
    const at = seen.modifiedAt ?? seen.seenAt;
    sources[field] = { system: source.system, at };
    if (at > latest) latest = at;
  }
  const at = latest || new Date(0).toISOString();
  return { ...record, source, fieldSources: sources, createdAt: at, updatedAt: at } as CanonicalContact;
}

export interface SeenMeta {
  jobRunId: string;
  /** The rule behind each field the sync wrote on this system, by field. */
  rules?: ReadonlyMap<string, string>;
  /** When values without a time of their own were seen (the record's modified time, or now for our writes). */
  modifiedAt: string;
}

/** The copy entries for one system's side of a pair: every synced field, as it stands after the sync. */
export function seenValues(record: CanonicalContact, system: Vendor, fields: readonly string[], meta: SeenMeta): NewSeenValue[] {
  return fields.map((field) => {
    const rule = meta.rules?.get(field);
    return {
      field,
      system,
      value: toJson(valueAt(record, field)),
      modifiedAt: record.fieldSources?.[field]?.at ?? meta.modifiedAt,
      writtenBy: rule === undefined ? 'person' : 'sync',
      jobRunId: meta.jobRunId,
      rule: rule ?? null,
    };
  });
}
