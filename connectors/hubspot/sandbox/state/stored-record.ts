import type { HubspotObjectType } from '../object-types.ts';
import { OBJECT_TYPES } from '../object-types.ts';
import type { WriteSource } from './record-changes.ts';

/** One past value of a property (`propertiesWithHistory`). */
export interface HistoryEntry {
  value: string;
  timestamp: number;
  sourceType: string;
  sourceId?: string;
}

/**
 * A record as the sandbox keeps it: plain data, no closures, so ~100k of them stay small.
 * `properties` holds only properties that have a value (all strings, as on the wire); history is
 * kept lazily: a property without an entry in `history` has had one value since creation.
 */
export interface StoredRecord {
  id: string;
  objectType: HubspotObjectType;
  properties: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  archivedAt: number | null;
  createdBy: WriteSource;
  history?: Record<string, HistoryEntry[]>;
}

// Plain objects, not Object.create(null): V8 keeps prototype-less objects in dictionary mode,
// which doubles the memory of 100k records. Names that come from a request are read with `ownValue`.
export const emptyValues = (): Record<string, string> => ({});

/** A record's own value of a property (never an inherited member such as `constructor`). */
export function ownValue(properties: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(properties, name) ? properties[name] : undefined;
}

/** A property's history, newest first, as HubSpot returns it for `propertiesWithHistory`. */
export function historyOf(record: StoredRecord, property: string): HistoryEntry[] {
  const kept = record.history?.[property];
  if (kept) return kept;
  const value = ownValue(record.properties, property);
  if (value === undefined) return [];
  const timestamp = property === OBJECT_TYPES[record.objectType].lastModifiedProperty ? record.updatedAt : record.createdAt;
  return [{ value, timestamp, ...record.createdBy }];
}

/** Records a new value (or a clear, as '') at the head of a property's history. */
export function pushHistory(record: StoredRecord, property: string, entry: HistoryEntry): void {
  const history = (record.history ??= {});
  const kept = history[property] ?? historyOf(record, property);
  history[property] = [entry, ...kept];
}

/** Wire values (strings, numbers, booleans, null) as the store keeps them: strings, with '' and null meaning "clear". */
export function normaliseValues(input: Record<string, string | number | boolean | null>): Record<string, string | null> {
  const out = Object.create(null) as Record<string, string | null>;
  for (const [name, value] of Object.entries(input)) {
    out[name] = value === null || value === '' ? null : String(value);
  }
  return out;
}

export const isoOf = (ms: number): string => new Date(ms).toISOString();

/** A `;`-separated list value (`hs_additional_emails`, `hs_merged_object_ids`) as its non-empty items. */
export const splitList = (value: string | null | undefined): string[] => (value ? value.split(';').map((v) => v.trim()).filter(Boolean) : []);
