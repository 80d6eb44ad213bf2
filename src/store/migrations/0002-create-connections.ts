import type { Migration } from './migration.ts';

// Vendor is deliberately not a CHECK: adding a vendor should not need a table rebuild
// (SQLite cannot alter a constraint in place). The TypeScript union is the vocabulary.
export const createConnections: Migration = {
  version: 2,
  name: 'create connections and oauth tokens',
  up: `
    CREATE TABLE connections (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      vendor TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('healthy', 'needs_reauth', 'disconnected')),
      status_reason TEXT,
      scopes_json TEXT NOT NULL,
      instance_url TEXT,
      external_account_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (tenant_id, vendor)
    );

    -- Secrets live apart from connection metadata so status pages never read them, and
    -- every secret column holds a secret-box envelope (key id, IV, tag, ciphertext), never plaintext.
    CREATE TABLE oauth_tokens (
      tenant_id TEXT NOT NULL,
      vendor TEXT NOT NULL,
      access_token_sealed TEXT NOT NULL,
      refresh_token_sealed TEXT,
      expires_at TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (tenant_id, vendor),
      FOREIGN KEY (tenant_id, vendor) REFERENCES connections (tenant_id, vendor) ON DELETE CASCADE
    );
  `,
};
