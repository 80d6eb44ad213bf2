import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { RecordCopy, RecordCopyRepository, RecordCopyUpdate } from '../repositories/record-copies.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { COPY_COLUMNS, COPY_FIELDS_JOIN, copiesFromRows } from './record-copy-rows.ts';
import { integerColumn } from './row-readers.ts';
import { toIsoTimestamp } from './timestamps.ts';

/** The synchronous writes, shared by the repository and the sync commit so both run the same SQL. */
export interface RecordCopyWriter {
  /** All updates atomically (a savepoint inside a larger transaction), stamped `now`. */
  upsertMany(tenantId: string, updates: readonly RecordCopyUpdate[], now: string): void;
  /** False when there was no copy. */
  forget(tenantId: string, objectType: string, system: Vendor, id: string): boolean;
}

export function createRecordCopyWriter(db: DatabaseSync): RecordCopyWriter {
  const upsertCopy = db.prepare(`
    INSERT INTO record_copies (tenant_id, object_type, system, record_id, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, object_type, system, record_id) DO UPDATE SET updated_at = excluded.updated_at
    RETURNING id`);
  const upsertValue = db.prepare(`
    INSERT INTO record_copy_fields
      (tenant_id, copy_id, field, system, value_json, modified_at, written_by, job_run_id, rule, seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, copy_id, field, system) DO UPDATE SET
      value_json = excluded.value_json, modified_at = excluded.modified_at, written_by = excluded.written_by,
      job_run_id = excluded.job_run_id, rule = excluded.rule, seen_at = excluded.seen_at`);
  // Cascades to the copy's values.
  const deleteCopy = db.prepare(`
    DELETE FROM record_copies WHERE tenant_id = ? AND object_type = ? AND system = ? AND record_id = ?`);

  return {
    upsertMany(tenantId, updates, now) {
      transaction(db, () => {
        for (const { objectType, record, values } of updates) {
          const row = upsertCopy.get(tenantId, objectType, record.system, record.id, now);
          if (!row) throw new Error('record_copies upsert returned no row');
          const copyId = integerColumn(row, 'id');
          for (const value of values) {
            upsertValue.run(
              tenantId, copyId, value.field, value.system, JSON.stringify(value.value),
              value.modifiedAt === null ? null : toIsoTimestamp(value.modifiedAt, 'modifiedAt'),
              value.writtenBy, value.jobRunId ?? null, value.rule ?? null, now,
            );
          }
        }
      });
    },
    forget(tenantId, objectType, system, id) {
      return deleteCopy.run(tenantId, objectType, system, id).changes > 0;
    },
  };
}

export function createSqliteRecordCopyRepository(db: DatabaseSync, clock: Clock): RecordCopyRepository {
  const writer = createRecordCopyWriter(db);
  // One statement for any batch size: the ids travel as one JSON array parameter.
  const selectMany = db.prepare(`
    SELECT ${COPY_COLUMNS} FROM record_copies c ${COPY_FIELDS_JOIN}
    WHERE c.tenant_id = ? AND c.object_type = ? AND c.system = ?
      AND c.record_id IN (SELECT value FROM json_each(?))
    ORDER BY c.id, f.field, f.system`);
  // The page is chosen among copies, then joined to their values: `limit` counts records, not rows.
  const selectPage = db.prepare(`
    SELECT ${COPY_COLUMNS}
    FROM (SELECT id FROM record_copies WHERE tenant_id = ? AND object_type = ? AND id > ? ORDER BY id LIMIT ?) page
    JOIN record_copies c ON c.id = page.id ${COPY_FIELDS_JOIN}
    ORDER BY c.id, f.field, f.system`);

  return {
    async getMany(tenantId, objectType, system, ids) {
      const copies = new Map<string, RecordCopy>();
      if (ids.length === 0) return copies;
      const rows = selectMany.all(tenantId, objectType, system, JSON.stringify(ids));
      for (const copy of copiesFromRows(rows)) copies.set(copy.record.id, copy);
      return copies;
    },
    async upsertMany(tenantId, updates) {
      writer.upsertMany(tenantId, updates, clock().toISOString());
    },
    async forget(tenantId, objectType, system, id) {
      return writer.forget(tenantId, objectType, system, id);
    },
    async scan(tenantId, objectType, { afterId = 0, limit }) {
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`scan limit must be a positive integer, got ${limit}`);
      const copies = copiesFromRows(selectPage.all(tenantId, objectType, afterId, limit));
      const last = copies.at(-1);
      return { copies, nextAfterId: copies.length === limit && last ? last.id : null };
    },
  };
}
