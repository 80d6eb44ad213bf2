import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { DuplicateRecordError, RecordNotFoundError } from '../repositories/errors.ts';
import type { Tenant, TenantRepository, TenantStatus } from '../repositories/tenants.ts';
import type { Crm } from '../repositories/vendor.ts';
import { isUniqueViolation } from './constraint-errors.ts';
import { textColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

export function createSqliteTenantRepository(db: DatabaseSync, clock: Clock): TenantRepository {
  const insert = db.prepare(`
    INSERT INTO tenants (id, crm, external_account_id, name, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'active', ?, ?)`);
  const selectById = db.prepare('SELECT * FROM tenants WHERE id = ?');
  const selectByExternal = db.prepare('SELECT * FROM tenants WHERE crm = ? AND external_account_id = ?');
  const selectAll = db.prepare('SELECT * FROM tenants ORDER BY created_at, id');
  const selectByStatus = db.prepare('SELECT * FROM tenants WHERE status = ? ORDER BY created_at, id');
  const updateStatus = db.prepare('UPDATE tenants SET status = ?, updated_at = ? WHERE id = ?');

  function get(tenantId: string): Tenant | undefined {
    const row = selectById.get(tenantId);
    return row && tenantFromRow(row);
  }

  function setStatus(tenantId: string, status: TenantStatus): Tenant {
    const { changes } = updateStatus.run(status, clock().toISOString(), tenantId);
    const tenant = changes === 0 ? undefined : get(tenantId);
    if (!tenant) throw new RecordNotFoundError(`No tenant ${tenantId}.`);
    return tenant;
  }

  return {
    async create({ crm, externalAccountId, name }) {
      const id = randomUUID();
      const now = clock().toISOString();
      try {
        insert.run(id, crm, externalAccountId, name, now, now);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new DuplicateRecordError(`A tenant for ${crm} account ${externalAccountId} already exists.`);
      }
      return { id, crm, externalAccountId, name, status: 'active', createdAt: now, updatedAt: now };
    },
    async get(tenantId) {
      return get(tenantId);
    },
    async findByExternal(crm, externalAccountId) {
      const row = selectByExternal.get(crm, externalAccountId);
      return row && tenantFromRow(row);
    },
    async list(filter = {}) {
      const rows = filter.status ? selectByStatus.all(filter.status) : selectAll.all();
      return rows.map(tenantFromRow);
    },
    async markUninstalled(tenantId) {
      return setStatus(tenantId, 'uninstalled');
    },
    async markActive(tenantId) {
      return setStatus(tenantId, 'active');
    },
  };
}

function tenantFromRow(row: SqliteRow): Tenant {
  return {
    id: textColumn(row, 'id'),
    // The CHECK constraints keep these columns inside their unions.
    crm: textColumn(row, 'crm') as Crm,
    externalAccountId: textColumn(row, 'external_account_id'),
    name: textColumn(row, 'name'),
    status: textColumn(row, 'status') as TenantStatus,
    createdAt: textColumn(row, 'created_at'),
    updatedAt: textColumn(row, 'updated_at'),
  };
}
