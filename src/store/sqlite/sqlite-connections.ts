import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { Connection, ConnectionRepository, ConnectionStatus } from '../repositories/connections.ts';
import { RecordNotFoundError } from '../repositories/errors.ts';
import type { Vendor } from '../repositories/vendor.ts';
import type { SecretBox } from '../secret-box.ts';
import { nullableTextColumn, textColumn, jsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';
import { createSqliteTokenVault } from './sqlite-token-vault.ts';

export function createSqliteConnectionRepository(db: DatabaseSync, secretBox: SecretBox, clock: Clock): ConnectionRepository {
  const vault = createSqliteTokenVault(db, secretBox);
  const upsertRow = db.prepare(`
    INSERT INTO connections
      (tenant_id, vendor, status, status_reason, scopes_json, instance_url, external_account_id, created_at, updated_at)
    VALUES (?, ?, 'healthy', NULL, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, vendor) DO UPDATE SET
      status = 'healthy', status_reason = NULL, scopes_json = excluded.scopes_json,
      instance_url = excluded.instance_url, external_account_id = excluded.external_account_id,
      updated_at = excluded.updated_at`);
  const selectOne = db.prepare('SELECT * FROM connections WHERE tenant_id = ? AND vendor = ?');
  const selectAll = db.prepare('SELECT * FROM connections WHERE tenant_id = ? ORDER BY vendor');
  const updateStatus = db.prepare(
    'UPDATE connections SET status = ?, status_reason = ?, updated_at = ? WHERE tenant_id = ? AND vendor = ?');
  const deleteRow = db.prepare('DELETE FROM connections WHERE tenant_id = ? AND vendor = ?');

  function getOrThrow(tenantId: string, vendor: Vendor): Connection {
    const row = selectOne.get(tenantId, vendor);
    if (!row) throw new RecordNotFoundError(`Tenant ${tenantId} has no ${vendor} connection.`);
    return connectionFromRow(row);
  }

  return {
    async upsert(tenantId, input) {
      const now = clock().toISOString();
      return transaction(db, () => {
        upsertRow.run(tenantId, input.vendor, JSON.stringify(input.scopes), input.instanceUrl ?? null,
          input.externalAccountId ?? null, now, now);
        if (input.tokens) vault.write(tenantId, input.vendor, input.tokens, now);
        return getOrThrow(tenantId, input.vendor);
      });
    },
    async get(tenantId, vendor) {
      const row = selectOne.get(tenantId, vendor);
      return row && connectionFromRow(row);
    },
    async list(tenantId) {
      return selectAll.all(tenantId).map(connectionFromRow);
    },
    async getTokens(tenantId, vendor) {
      return vault.read(tenantId, vendor);
    },
    async saveTokens(tenantId, vendor, tokens) {
      transaction(db, () => {
        getOrThrow(tenantId, vendor);
        // Vendors that do not rotate refresh tokens omit them from a refresh: keep the stored one.
        const refreshToken = tokens.refreshToken ?? vault.read(tenantId, vendor)?.refreshToken ?? null;
        vault.write(tenantId, vendor, { ...tokens, refreshToken }, clock().toISOString());
      });
    },
    async markStatus(tenantId, vendor, status: ConnectionStatus, reason) {
      const { changes } = updateStatus.run(status, reason ?? null, clock().toISOString(), tenantId, vendor);
      if (changes === 0) throw new RecordNotFoundError(`Tenant ${tenantId} has no ${vendor} connection.`);
      return getOrThrow(tenantId, vendor);
    },
    async delete(tenantId, vendor) {
      return transaction(db, () => {
        vault.remove(tenantId, vendor); // explicit, not only by cascade: secrets must not outlive the connection
        return deleteRow.run(tenantId, vendor).changes > 0;
      });
    },
    async reencryptTokens(tenantId) {
      return transaction(db, () => vault.resealOlderKeys(tenantId));
    },
  };
}

function connectionFromRow(row: SqliteRow): Connection {
  return {
    tenantId: textColumn(row, 'tenant_id'),
    vendor: textColumn(row, 'vendor') as Vendor,
    status: textColumn(row, 'status') as ConnectionStatus,
    statusReason: nullableTextColumn(row, 'status_reason'),
    scopes: jsonColumn<string[]>(row, 'scopes_json'),
    instanceUrl: nullableTextColumn(row, 'instance_url'),
    externalAccountId: nullableTextColumn(row, 'external_account_id'),
    createdAt: textColumn(row, 'created_at'),
    updatedAt: textColumn(row, 'updated_at'),
  };
}
