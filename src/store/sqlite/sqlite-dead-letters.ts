import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { DeadLetter, DeadLetterRepository, DeadLetterStatus, NewDeadLetter } from '../repositories/dead-letters.ts';
import type { JsonValue } from '../repositories/json-value.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { integerColumn, nullableTextColumn, textColumn, jsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

/** The synchronous write, shared by the repository and the sync commit so both run the same SQL. */
export interface DeadLetterWriter {
  /** All entries atomically (a savepoint inside a larger transaction); returns the letters as stored. */
  add(tenantId: string, entries: readonly NewDeadLetter[], now: string): DeadLetter[];
}

export function createDeadLetterWriter(db: DatabaseSync): DeadLetterWriter {
  // A repeat of the same record in the same run is one more attempt of the same letter.
  const upsert = db.prepare(`
    INSERT INTO dead_letters
      (tenant_id, job_run_id, vendor, object_type, record_key, payload_json, failure_kind, vendor_message, vendor_code,
       attempts, first_failed_at, last_failed_at, status)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'open')
    ON CONFLICT (tenant_id, job_run_id, vendor, object_type, record_key) DO UPDATE SET
      payload_json = excluded.payload_json, failure_kind = excluded.failure_kind,
      vendor_message = excluded.vendor_message, vendor_code = excluded.vendor_code,
      attempts = dead_letters.attempts + 1, last_failed_at = excluded.last_failed_at,
      status = 'open', resolved_at = NULL, discard_reason = NULL
    RETURNING *`);
  return {
    add(tenantId, entries, now) {
      return transaction(db, () => entries.map((entry) => {
        const row = upsert.get(
          tenantId, entry.jobRunId, entry.vendor, entry.objectType, entry.recordKey, JSON.stringify(entry.payload),
          entry.failureKind, entry.vendorMessage, entry.vendorCode ?? null, now, now,
        );
        if (!row) throw new Error('dead_letters insert returned no row');
        return deadLetterFromRow(row);
      }));
    },
  };
}

export function createSqliteDeadLetterRepository(db: DatabaseSync, clock: Clock): DeadLetterRepository {
  const writer = createDeadLetterWriter(db);
  const selectOpen = db.prepare(`
    SELECT * FROM dead_letters
    WHERE tenant_id = ? AND status = 'open' AND id > ? AND (? IS NULL OR vendor = ?)
    ORDER BY id LIMIT ?`);
  const countOpen = db.prepare("SELECT count(*) AS n FROM dead_letters WHERE tenant_id = ? AND status = 'open'");
  // Only open letters move; the ids travel as one JSON array parameter.
  const resolve = db.prepare(`
    UPDATE dead_letters SET status = ?, resolved_at = ?, discard_reason = ?
    WHERE tenant_id = ? AND status = 'open' AND id IN (SELECT value FROM json_each(?))`);

  function moveOpen(tenantId: string, ids: readonly number[], status: DeadLetterStatus, reason: string | null): number {
    if (ids.length === 0) return 0;
    return Number(resolve.run(status, clock().toISOString(), reason, tenantId, JSON.stringify(ids)).changes);
  }

  return {
    async add(tenantId, entries) {
      return writer.add(tenantId, entries, clock().toISOString());
    },
    async listOpen(tenantId, { vendor, afterId = 0, limit }) {
      const vendorFilter = vendor ?? null;
      return selectOpen.all(tenantId, afterId, vendorFilter, vendorFilter, limit).map(deadLetterFromRow);
    },
    async countOpen(tenantId) {
      const row = countOpen.get(tenantId);
      return row ? integerColumn(row, 'n') : 0;
    },
    async markReplayed(tenantId, ids) {
      return moveOpen(tenantId, ids, 'replayed', null);
    },
    async discard(tenantId, ids, reason) {
      return moveOpen(tenantId, ids, 'discarded', reason);
    },
  };
}

function deadLetterFromRow(row: SqliteRow): DeadLetter {
  return {
    id: integerColumn(row, 'id'),
    tenantId: textColumn(row, 'tenant_id'),
    jobRunId: textColumn(row, 'job_run_id'),
    vendor: textColumn(row, 'vendor') as Vendor,
    objectType: textColumn(row, 'object_type'),
    recordKey: textColumn(row, 'record_key'),
    payload: jsonColumn<JsonValue>(row, 'payload_json'),
    failureKind: textColumn(row, 'failure_kind'),
    vendorMessage: textColumn(row, 'vendor_message'),
    vendorCode: nullableTextColumn(row, 'vendor_code'),
    attempts: integerColumn(row, 'attempts'),
    firstFailedAt: textColumn(row, 'first_failed_at'),
    lastFailedAt: textColumn(row, 'last_failed_at'),
    status: textColumn(row, 'status') as DeadLetterStatus,
    resolvedAt: nullableTextColumn(row, 'resolved_at'),
    discardReason: nullableTextColumn(row, 'discard_reason'),
  };
}
