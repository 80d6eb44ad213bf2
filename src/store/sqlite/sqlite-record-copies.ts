import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { RecordCopy, RecordCopyRepository, RecordCopyUpdate } from '../repositories/record-copies.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { COPY_COLUMNS, copyFromRow, fieldsPatch } from './record-copy-rows.ts';

/** The synchronous writes, shared by the repository and the sync commit so both run the same SQL. */
export interface RecordCopyWriter {
  /** All updates atomically (a savepoint inside a larger transaction), stamped `now`. */
  upsertMany(tenantId: string, updates: readonly RecordCopyUpdate[], now: string): void;
  /** False when there was no copy. */
  forget(tenantId: string, objectType: string, system: Vendor, id: string): boolean;
}

export function createRecordCopyWriter(db: DatabaseSync): RecordCopyWriter {
  // One row per record: new values are merged into what is there, each (field, system) replaced whole.
  const upsertCopy = db.prepare(`
    INSERT INTO record_copies (tenant_id, object_type, system, record_id, updated_at, fields_json) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, object_type, system, record_id) DO UPDATE SET
      updated_at = excluded.updated_at, fields_json = json_patch(record_copies.fields_json, excluded.fields_json)`);
  const deleteCopy = db.prepare(`
    DELETE FROM record_copies WHERE tenant_id = ? AND object_type = ? AND system = ? AND record_id = ?`);

  return {
    upsertMany(tenantId, updates, now) {
      transaction(db, () => {
        for (const { objectType, record, values } of updates) {
          upsertCopy.run(tenantId, objectType, record.system, record.id, now, fieldsPatch(values, now));
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
    SELECT ${COPY_COLUMNS} FROM record_copies
    WHERE tenant_id = ? AND object_type = ? AND system = ? AND record_id IN (SELECT value FROM json_each(?))`);
  const selectPage = db.prepare(`
    SELECT ${COPY_COLUMNS} FROM record_copies WHERE tenant_id = ? AND object_type = ? AND id > ? ORDER BY id LIMIT ?`);

  return {
    async getMany(tenantId, objectType, system, ids) {
      const copies = new Map<string, RecordCopy>();
      if (ids.length === 0) return copies;
      const rows = selectMany.all(tenantId, objectType, system, JSON.stringify(ids));
      for (const row of rows) {
        const copy = copyFromRow(row);
        copies.set(copy.record.id, copy);
      }
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
      const copies = selectPage.all(tenantId, objectType, afterId, limit).map(copyFromRow);
      const last = copies.at(-1);
      return { copies, nextAfterId: copies.length === limit && last ? last.id : null };
    },
  };
}
