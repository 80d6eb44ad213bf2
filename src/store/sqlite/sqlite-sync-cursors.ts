import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import type { JsonValue } from '../repositories/json-value.ts';
import type { SyncCursor, SyncCursorRepository } from '../repositories/sync-cursors.ts';
import { textColumn, jsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

/** The synchronous write, shared by the repository and the sync commit so both run the same SQL. */
export interface SyncCursorWriter {
  /** Stamps `now` only when the value changes. */
  save(tenantId: string, stream: string, value: JsonValue, now: string): void;
}

export function createSyncCursorWriter(db: DatabaseSync): SyncCursorWriter {
  // The WHERE makes a repeated save a no-op, so updated_at says when the cursor last moved.
  const upsert = db.prepare(`
    INSERT INTO sync_cursors (tenant_id, stream, cursor_json, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (tenant_id, stream) DO UPDATE SET cursor_json = excluded.cursor_json, updated_at = excluded.updated_at
    WHERE sync_cursors.cursor_json <> excluded.cursor_json`);
  return {
    save(tenantId, stream, value, now) {
      upsert.run(tenantId, stream, JSON.stringify(value), now);
    },
  };
}

export function createSqliteSyncCursorRepository(db: DatabaseSync, clock: Clock): SyncCursorRepository {
  const writer = createSyncCursorWriter(db);
  const selectOne = db.prepare('SELECT * FROM sync_cursors WHERE tenant_id = ? AND stream = ?');

  function read<TValue extends JsonValue>(tenantId: string, stream: string): SyncCursor<TValue> | undefined {
    const row = selectOne.get(tenantId, stream);
    return row && cursorFromRow<TValue>(row);
  }

  return {
    async get<TValue extends JsonValue = JsonValue>(tenantId: string, stream: string) {
      return read<TValue>(tenantId, stream);
    },
    async save(tenantId, stream, value) {
      writer.save(tenantId, stream, value, clock().toISOString());
      const saved = read(tenantId, stream);
      if (!saved) throw new Error(`Cursor ${stream} for tenant ${tenantId} was not saved.`);
      return saved;
    },
  };
}

function cursorFromRow<TValue extends JsonValue>(row: SqliteRow): SyncCursor<TValue> {
  return {
    stream: textColumn(row, 'stream'),
    // Written by save() from a JsonValue; the stream that saved it knows its shape.
    value: jsonColumn<TValue>(row, 'cursor_json'),
    updatedAt: textColumn(row, 'updated_at'),
  };
}
