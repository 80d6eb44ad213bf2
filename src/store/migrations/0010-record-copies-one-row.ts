import type { Migration } from './migration.ts';

// The local copy becomes one row per linked record: its field values move into `fields_json`
// ({ field: { system: { v, m, w, j, r, s } } }, `v` the value as JSON text). Writing a pair's copy was
// one row per field and side (40 for a contact), which made the copy the sync's largest cost; now it
// is one row, merged in place with json_patch. Existing values are carried over.
export const recordCopiesOneRow: Migration = {
  version: 10,
  name: 'record copies: one row per record',
  up: `
    ALTER TABLE record_copies ADD COLUMN fields_json TEXT NOT NULL DEFAULT '{}';
    UPDATE record_copies SET fields_json = (
      SELECT json_group_object(field, json(sides)) FROM (
        SELECT f.field, json_group_object(f.system, json_object(
          'v', f.value_json, 'm', f.modified_at, 'w', f.written_by, 'j', f.job_run_id, 'r', f.rule, 's', f.seen_at
        )) AS sides
        FROM record_copy_fields f WHERE f.tenant_id = record_copies.tenant_id AND f.copy_id = record_copies.id
        GROUP BY f.field
      )
    )
    WHERE EXISTS (SELECT 1 FROM record_copy_fields f WHERE f.tenant_id = record_copies.tenant_id AND f.copy_id = record_copies.id);
    DROP TABLE record_copy_fields;
  `,
};
