import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { NewTombstone, Tombstone, TombstoneReason, TombstoneRepository } from '../repositories/tombstones.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { nullableTextColumn, textColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';
import { toIsoTimestamp } from './timestamps.ts';

/** Emails match whatever case or padding a vendor returns them with; an empty one is no email. */
export function normaliseEmail(email: string | null | undefined): string | null {
  const normal = email?.trim().toLowerCase() ?? '';
  return normal === '' ? null : normal;
}

/** The synchronous write, shared by the repository and the sync commit so both run the same SQL. */
export interface TombstoneWriter {
  /** All entries atomically (a savepoint inside a larger transaction), recorded at `now`. */
  add(tenantId: string, entries: readonly NewTombstone[], now: string): void;
}

export function createTombstoneWriter(db: DatabaseSync): TombstoneWriter {
  // The first tombstone of a record stays; a repeat only fills in an email it lacked.
  const insert = db.prepare(`
    INSERT INTO record_tombstones
      (tenant_id, object_type, system, record_id, email, reason, merged_into, deleted_at, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, object_type, system, record_id) DO UPDATE SET email = excluded.email
    WHERE record_tombstones.email IS NULL AND excluded.email IS NOT NULL`);
  return {
    add(tenantId, entries, now) {
      transaction(db, () => {
        for (const entry of entries) {
          insert.run(
            tenantId, entry.objectType, entry.record.system, entry.record.id, normaliseEmail(entry.email),
            entry.reason, entry.mergedInto ?? null, toIsoTimestamp(entry.deletedAt, 'deletedAt'), now,
          );
        }
      });
    },
  };
}

export function createSqliteTombstoneRepository(db: DatabaseSync, clock: Clock): TombstoneRepository {
  const writer = createTombstoneWriter(db);
  // One statement for any batch size: the keys travel as one JSON array parameter.
  const selectByIds = db.prepare(`
    SELECT * FROM record_tombstones
    WHERE tenant_id = ? AND object_type = ? AND system = ? AND record_id IN (SELECT value FROM json_each(?))`);
  // Oldest first, so the first row per email is the one reported.
  const selectByEmails = db.prepare(`
    SELECT * FROM record_tombstones
    WHERE tenant_id = ? AND object_type = ? AND email IN (SELECT value FROM json_each(?))
    ORDER BY recorded_at, system, record_id`);

  return {
    async add(tenantId, entries) {
      writer.add(tenantId, entries, clock().toISOString());
    },
    async findByIds(tenantId, objectType, system, ids) {
      const found = new Map<string, Tombstone>();
      if (ids.length === 0) return found;
      for (const row of selectByIds.all(tenantId, objectType, system, JSON.stringify(ids))) {
        const tombstone = tombstoneFromRow(row);
        found.set(tombstone.record.id, tombstone);
      }
      return found;
    },
    async findByEmails(tenantId, objectType, emails) {
      const found = new Map<string, Tombstone>();
      const normalised = [...new Set(emails.map(normaliseEmail).filter((email) => email !== null))];
      if (normalised.length === 0) return found;
      const byEmail = new Map<string, Tombstone>();
      for (const row of selectByEmails.all(tenantId, objectType, JSON.stringify(normalised))) {
        const tombstone = tombstoneFromRow(row);
        if (tombstone.email !== null && !byEmail.has(tombstone.email)) byEmail.set(tombstone.email, tombstone);
      }
      for (const email of emails) {
        const tombstone = byEmail.get(normaliseEmail(email) ?? '');
        if (tombstone) found.set(email, tombstone);
      }
      return found;
    },
  };
}

function tombstoneFromRow(row: SqliteRow): Tombstone {
  return {
    tenantId: textColumn(row, 'tenant_id'),
    objectType: textColumn(row, 'object_type'),
    record: { system: textColumn(row, 'system') as Vendor, id: textColumn(row, 'record_id') },
    email: nullableTextColumn(row, 'email'),
    // The CHECK constraint keeps reason inside its union.
    reason: textColumn(row, 'reason') as TombstoneReason,
    mergedInto: nullableTextColumn(row, 'merged_into'),
    deletedAt: textColumn(row, 'deleted_at'),
    recordedAt: textColumn(row, 'recorded_at'),
  };
}
