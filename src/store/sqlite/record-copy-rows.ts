import type { JsonValue } from '../repositories/json-value.ts';
import type { RecordCopy, SeenValue, WrittenBy } from '../repositories/record-copies.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { integerColumn, nullableTextColumn, textColumn, jsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

/** The columns every copy read selects: the copy, then one of its field values (null when it has none). */
export const COPY_COLUMNS = `
  c.id AS copy_id, c.object_type, c.system AS record_system, c.record_id, c.updated_at,
  f.field, f.system AS value_system, f.value_json, f.modified_at, f.written_by, f.job_run_id, f.rule, f.seen_at`;

export const COPY_FIELDS_JOIN = 'LEFT JOIN record_copy_fields f ON f.tenant_id = c.tenant_id AND f.copy_id = c.id';

/** Folds joined rows (ordered by copy id) into copies, keeping their order. */
export function copiesFromRows(rows: readonly SqliteRow[]): RecordCopy[] {
  const byId = new Map<number, RecordCopy>();
  for (const row of rows) {
    const id = integerColumn(row, 'copy_id');
    let copy = byId.get(id);
    if (!copy) {
      copy = {
        id,
        objectType: textColumn(row, 'object_type'),
        record: { system: textColumn(row, 'record_system') as Vendor, id: textColumn(row, 'record_id') },
        fields: {},
        updatedAt: textColumn(row, 'updated_at'),
      };
      byId.set(id, copy);
    }
    const field = nullableTextColumn(row, 'field');
    if (field === null) continue; // a copy with no values yet
    const sides = copy.fields[field] ?? {};
    sides[textColumn(row, 'value_system') as Vendor] = seenValueFromRow(row);
    copy.fields[field] = sides;
  }
  return [...byId.values()];
}

function seenValueFromRow(row: SqliteRow): SeenValue {
  return {
    value: jsonColumn<JsonValue>(row, 'value_json'),
    modifiedAt: nullableTextColumn(row, 'modified_at'),
    writtenBy: textColumn(row, 'written_by') as WrittenBy,
    jobRunId: nullableTextColumn(row, 'job_run_id'),
    rule: nullableTextColumn(row, 'rule'),
    seenAt: textColumn(row, 'seen_at'),
  };
}
