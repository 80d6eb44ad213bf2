import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import { IdLinkConflictError } from '../repositories/errors.ts';
import type { IdMapRepository, SystemRecordRef } from '../repositories/id-map.ts';
import type { Vendor } from '../repositories/vendor.ts';
import { isUniqueViolation } from './constraint-errors.ts';
import { textColumn } from './row-readers.ts';

/**
 * Links are stored once with the two systems in a fixed order (system_a < system_b), so every
 * query first works out which column holds which side, and then hits one of the two unique indexes.
 */
type Side = 'a' | 'b';
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

function sideOf(system: Vendor, otherSystem: Vendor): Side {
  if (system === otherSystem) throw new Error(`An id link joins two different systems, got ${system} twice.`);
  return system < otherSystem ? 'a' : 'b';
}

/** The synchronous reads and writes, shared by the repository and the sync commit so both run the same SQL. */
export interface IdLinkWriter {
  twinOf(tenantId: string, objectType: string, from: SystemRecordRef, toSystem: Vendor): string | undefined;
  /** Idempotent for the same pair; IdLinkConflictError if either side already has another twin. */
  link(tenantId: string, objectType: string, a: SystemRecordRef, b: SystemRecordRef, now: string): void;
  /** Atomic (a savepoint inside a larger transaction); returns how many links moved. */
  relink(tenantId: string, objectType: string, system: Vendor, fromId: string, toId: string, now: string): number;
  unlink(tenantId: string, objectType: string, record: SystemRecordRef, otherSystem: Vendor): boolean;
}

export function createIdLinkWriter(db: DatabaseSync): IdLinkWriter {
  const insert = db.prepare(`
    INSERT INTO id_links (tenant_id, object_type, system_a, id_a, system_b, id_b, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const bySide = perSide((from, to) => db.prepare(`
    SELECT id_${to} AS twin_id FROM id_links
    WHERE tenant_id = ? AND object_type = ? AND system_${from} = ? AND id_${from} = ? AND system_${to} = ?`));
  const moveSide = perSide((side) => db.prepare(`
    UPDATE id_links SET id_${side} = ?, updated_at = ?
    WHERE tenant_id = ? AND object_type = ? AND system_${side} = ? AND id_${side} = ?`));
  const deleteBySide = perSide((from, to) => db.prepare(`
    DELETE FROM id_links
    WHERE tenant_id = ? AND object_type = ? AND system_${from} = ? AND id_${from} = ? AND system_${to} = ?`));

  function twinOf(tenantId: string, objectType: string, from: SystemRecordRef, toSystem: Vendor): string | undefined {
    const row = bySide[sideOf(from.system, toSystem)].get(tenantId, objectType, from.system, from.id, toSystem);
    return row && textColumn(row, 'twin_id');
  }

  return {
    twinOf,
    link(tenantId, objectType, a, b, now) {
      transaction(db, () => {
        const existingTwinOfA = twinOf(tenantId, objectType, a, b.system);
        if (existingTwinOfA === b.id) return; // already linked: linking is idempotent
        const existingTwinOfB = twinOf(tenantId, objectType, b, a.system);
        if (existingTwinOfA !== undefined || existingTwinOfB !== undefined) {
          throw new IdLinkConflictError(
            `Cannot link ${objectType} ${a.system}:${a.id} to ${b.system}:${b.id}: ` +
              (existingTwinOfA !== undefined
                ? `${a.system}:${a.id} is already linked to ${b.system}:${existingTwinOfA}.`
                : `${b.system}:${b.id} is already linked to ${a.system}:${existingTwinOfB}.`),
          );
        }
        const [first, second] = sideOf(a.system, b.system) === 'a' ? [a, b] : [b, a];
        insert.run(tenantId, objectType, first.system, first.id, second.system, second.id, now, now);
      });
    },
    relink(tenantId, objectType, system, fromId, toId, now) {
      if (fromId === toId) return 0;
      try {
        return transaction(db, () =>
          Number(moveSide.a.run(toId, now, tenantId, objectType, system, fromId).changes) +
          Number(moveSide.b.run(toId, now, tenantId, objectType, system, fromId).changes));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new IdLinkConflictError(
          `Cannot relink ${objectType} ${system}:${fromId} to ${system}:${toId}: ${toId} is already linked in the same system pair.`);
      }
    },
    unlink(tenantId, objectType, record, otherSystem) {
      const side = sideOf(record.system, otherSystem);
      return deleteBySide[side].run(tenantId, objectType, record.system, record.id, otherSystem).changes > 0;
    },
  };
}

export function createSqliteIdMapRepository(db: DatabaseSync, clock: Clock): IdMapRepository {
  const writer = createIdLinkWriter(db);
  // One statement for any batch size: the ids travel as one JSON array parameter.
  const manyBySide = perSide((from, to) => db.prepare(`
    SELECT id_${from} AS from_id, id_${to} AS twin_id FROM id_links
    WHERE tenant_id = ? AND object_type = ? AND system_${from} = ? AND system_${to} = ?
      AND id_${from} IN (SELECT value FROM json_each(?))`));

  return {
    async link(tenantId, objectType, a, b) {
      writer.link(tenantId, objectType, a, b, clock().toISOString());
    },
    async lookup(tenantId, objectType, from, toSystem) {
      return writer.twinOf(tenantId, objectType, from, toSystem);
    },
    async lookupMany(tenantId, objectType, fromSystem, ids, toSystem) {
      const twins = new Map<string, string>();
      if (ids.length === 0) return twins;
      const rows = manyBySide[sideOf(fromSystem, toSystem)].all(tenantId, objectType, fromSystem, toSystem, JSON.stringify(ids));
      for (const row of rows) twins.set(textColumn(row, 'from_id'), textColumn(row, 'twin_id'));
      return twins;
    },
    async relink(tenantId, objectType, system, fromId, toId) {
      return writer.relink(tenantId, objectType, system, fromId, toId, clock().toISOString());
    },
    async unlink(tenantId, objectType, record, otherSystem) {
      return writer.unlink(tenantId, objectType, record, otherSystem);
    },
  };
}

function perSide(prepare: (from: Side, to: Side) => StatementSync): Record<Side, StatementSync> {
  return { a: prepare('a', other('a')), b: prepare('b', other('b')) };
}
