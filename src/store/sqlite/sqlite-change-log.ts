import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type {
  ChangeLogEntry, ChangeLogPage, ChangeLogRepository, ChangeOperation, ChangeReason, NewChangeLogEntry,
} from '../repositories/change-log.ts';
import type { JsonValue } from '../repositories/json-value.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { integerColumn, nullableTextColumn, textColumn, jsonColumn, nullableJsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

const DEFAULT_PAGE_SIZE = 1000;

/** The synchronous write, shared by the repository and the sync commit so both run the same SQL. */
export interface ChangeLogWriter {
  /** All entries atomically (a savepoint inside a larger transaction), stamped `at`. */
  append(tenantId: string, entries: readonly NewChangeLogEntry[], at: string): ChangeLogEntry[];
}

export function createChangeLogWriter(db: DatabaseSync): ChangeLogWriter {
  const insert = db.prepare(`
    INSERT INTO change_log
      (tenant_id, job_run_id, system, object_type, object_id, field, operation, before_json, after_json, reason_json, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    RETURNING *`);
  return {
    append(tenantId, entries, at) {
      return transaction(db, () => entries.map((entry) => {
        const row = insert.get(
          tenantId, entry.jobRunId ?? null, entry.system, entry.objectType, entry.objectId, entry.field ?? null,
          entry.operation, jsonOrNull(entry.before), jsonOrNull(entry.after), JSON.stringify(entry.reason), at,
        );
        if (!row) throw new Error('change_log insert returned no row');
        return entryFromRow(row);
      }));
    },
  };
}

/** Only INSERT and SELECT live here; the table's triggers refuse UPDATE and DELETE from anyone. */
export function createSqliteChangeLogRepository(db: DatabaseSync, clock: Clock): ChangeLogRepository {
  const writer = createChangeLogWriter(db);
  const selectOne = db.prepare('SELECT * FROM change_log WHERE tenant_id = ? AND id = ?');
  const selectForObject = db.prepare(`
    SELECT * FROM change_log
    WHERE tenant_id = ? AND system = ? AND object_type = ? AND object_id = ? AND id > ?
    ORDER BY id LIMIT ?`);
  const selectForRun = db.prepare(`
    SELECT * FROM change_log WHERE tenant_id = ? AND job_run_id = ? AND id > ? ORDER BY id LIMIT ?`);

  return {
    async append(tenantId, entries) {
      return writer.append(tenantId, entries, clock().toISOString());
    },
    async get(tenantId, id) {
      const row = selectOne.get(tenantId, id);
      return row && entryFromRow(row);
    },
    async listForObject(tenantId, { system, objectType, objectId }, page = {}) {
      const { afterId, limit } = pageBounds(page);
      return selectForObject.all(tenantId, system, objectType, objectId, afterId, limit).map(entryFromRow);
    },
    async listForRun(tenantId, jobRunId, page = {}) {
      const { afterId, limit } = pageBounds(page);
      return selectForRun.all(tenantId, jobRunId, afterId, limit).map(entryFromRow);
    },
  };
}

function pageBounds(page: ChangeLogPage): { afterId: number; limit: number } {
  return { afterId: page.afterId ?? 0, limit: page.limit ?? DEFAULT_PAGE_SIZE };
}

// JSON null and "no value" are both stored as SQL NULL: a field that was empty reads back as null.
function jsonOrNull(value: JsonValue | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

function entryFromRow(row: SqliteRow): ChangeLogEntry {
  return {
    id: integerColumn(row, 'id'),
    tenantId: textColumn(row, 'tenant_id'),
    jobRunId: nullableTextColumn(row, 'job_run_id'),
    system: textColumn(row, 'system') as Vendor,
    objectType: textColumn(row, 'object_type'),
    objectId: textColumn(row, 'object_id'),
    field: nullableTextColumn(row, 'field'),
    operation: textColumn(row, 'operation') as ChangeOperation,
    before: nullableJsonColumn<JsonValue>(row, 'before_json'),
    after: nullableJsonColumn<JsonValue>(row, 'after_json'),
    reason: jsonColumn<ChangeReason>(row, 'reason_json'),
    at: textColumn(row, 'at'),
  };
}
