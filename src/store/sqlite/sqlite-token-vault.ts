import type { DatabaseSync } from 'node:sqlite';
import type { OAuthTokens } from '../repositories/connections.ts';
import type { Vendor } from '../repositories/vendor.ts';
import type { SecretBox } from '../secret-box.ts';
import { nullableTextColumn, textColumn } from './row-readers.ts';
import { toIsoTimestamp } from './timestamps.ts';

/** The oauth_tokens table: the only code that sees token plaintext on its way in or out. */
export interface SqliteTokenVault {
  read(tenantId: string, vendor: Vendor): OAuthTokens | undefined;
  write(tenantId: string, vendor: Vendor, tokens: OAuthTokens, now: string): void;
  remove(tenantId: string, vendor: Vendor): void;
  resealOlderKeys(tenantId: string): number;
}

export function createSqliteTokenVault(db: DatabaseSync, box: SecretBox): SqliteTokenVault {
  const selectOne = db.prepare('SELECT * FROM oauth_tokens WHERE tenant_id = ? AND vendor = ?');
  const selectTenant = db.prepare('SELECT * FROM oauth_tokens WHERE tenant_id = ?');
  const upsert = db.prepare(`
    INSERT INTO oauth_tokens (tenant_id, vendor, access_token_sealed, refresh_token_sealed, expires_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, vendor) DO UPDATE SET
      access_token_sealed = excluded.access_token_sealed, refresh_token_sealed = excluded.refresh_token_sealed,
      expires_at = excluded.expires_at, updated_at = excluded.updated_at`);
  const updateSealed = db.prepare(
    'UPDATE oauth_tokens SET access_token_sealed = ?, refresh_token_sealed = ? WHERE tenant_id = ? AND vendor = ?');
  const remove = db.prepare('DELETE FROM oauth_tokens WHERE tenant_id = ? AND vendor = ?');

  // Binding tenant, vendor and column into the AAD means a sealed token pasted into another
  // row (or another tenant) fails to open instead of authenticating someone else's API calls.
  const context = (tenantId: string, vendor: string, column: 'access_token' | 'refresh_token') =>
    `oauth_tokens/${tenantId}/${vendor}/${column}`;

  return {
    read(tenantId, vendor) {
      const row = selectOne.get(tenantId, vendor);
      if (!row) return undefined;
      const sealedRefresh = nullableTextColumn(row, 'refresh_token_sealed');
      return {
        accessToken: box.open(textColumn(row, 'access_token_sealed'), context(tenantId, vendor, 'access_token')),
        refreshToken: sealedRefresh === null ? null : box.open(sealedRefresh, context(tenantId, vendor, 'refresh_token')),
        expiresAt: nullableTextColumn(row, 'expires_at'),
      };
    },
    write(tenantId, vendor, tokens, now) {
      upsert.run(
        tenantId,
        vendor,
        box.seal(tokens.accessToken, context(tenantId, vendor, 'access_token')),
        tokens.refreshToken === null ? null : box.seal(tokens.refreshToken, context(tenantId, vendor, 'refresh_token')),
        tokens.expiresAt === null ? null : toIsoTimestamp(tokens.expiresAt, 'expiresAt'),
        now,
      );
    },
    remove(tenantId, vendor) {
      remove.run(tenantId, vendor);
    },
    resealOlderKeys(tenantId) {
      let resealed = 0;
      for (const row of selectTenant.all(tenantId)) {
        const vendor = textColumn(row, 'vendor');
        const access = textColumn(row, 'access_token_sealed');
        const refresh = nullableTextColumn(row, 'refresh_token_sealed');
        if (!box.needsReseal(access) && (refresh === null || !box.needsReseal(refresh))) continue;
        updateSealed.run(
          box.reseal(access, context(tenantId, vendor, 'access_token')),
          refresh === null ? null : box.reseal(refresh, context(tenantId, vendor, 'refresh_token')),
          tenantId,
          vendor,
        );
        resealed += 1;
      }
      return resealed;
    },
  };
}
