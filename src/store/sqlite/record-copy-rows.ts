import type { JsonValue } from '../repositories/json-value.ts';
import type { FieldCopies, NewSeenValue, RecordCopy, SeenValue, WrittenBy } from '../repositories/record-copies.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { toIsoTimestamp } from './timestamps.ts';
import { integerColumn, jsonColumn, textColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

/** The columns every copy read selects. */
export const COPY_COLUMNS = 'id, object_type, system, record_id, updated_at, fields_json';

/**
 * One value as `fields_json` stores it. The value travels as JSON text (`v`) so json_patch replaces it
 * whole; null members are left out (json_patch deletes keys set to null) and read back as null.
 */
interface StoredValue { v: string; m?: string | null; w: WrittenBy; j?: string | null; r?: string | null; s: string }

type StoredFields = Record<string, Partial<Record<Vendor, StoredValue>>>;

export function copyFromRow(row: SqliteRow): RecordCopy {
  const stored = jsonColumn<StoredFields>(row, 'fields_json');
  const fields: FieldCopies = {};
  for (const [field, sides] of Object.entries(stored)) {
    const values: Partial<Record<Vendor, SeenValue>> = {};
    for (const [system, value] of Object.entries(sides)) {
      if (value) values[system as Vendor] = seenValueOf(value);
    }
    fields[field] = values;
  }
  return {
    id: integerColumn(row, 'id'),
    objectType: textColumn(row, 'object_type'),
    record: { system: textColumn(row, 'system') as Vendor, id: textColumn(row, 'record_id') },
    fields,
    updatedAt: textColumn(row, 'updated_at'),
  };
}

function seenValueOf(stored: StoredValue): SeenValue {
  return {
    value: JSON.parse(stored.v) as JsonValue,
    modifiedAt: stored.m ?? null,
    writtenBy: stored.w,
    jobRunId: stored.j ?? null,
    rule: stored.r ?? null,
    seenAt: stored.s,
  };
}

/** The json_patch document for new values: only the (field, system) pairs given, each replaced whole. */
export function fieldsPatch(values: readonly NewSeenValue[], now: string): string {
  const patch: StoredFields = {};
  for (const value of values) {
    const stored: StoredValue = { v: JSON.stringify(value.value), w: value.writtenBy, s: now };
    if (value.modifiedAt !== null) stored.m = toIsoTimestamp(value.modifiedAt, 'modifiedAt');
    if (value.jobRunId) stored.j = value.jobRunId;
    if (value.rule) stored.r = value.rule;
    patch[value.field] = { ...patch[value.field], [value.system]: stored };
  }
  return JSON.stringify(patch);
}
