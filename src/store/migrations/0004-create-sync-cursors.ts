import type { Migration } from './migration.ts';

export const createSyncCursors: Migration = {
  version: 4,
  name: 'create sync cursors',
  up: `
    CREATE TABLE sync_cursors (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      stream TEXT NOT NULL,
      cursor_json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (tenant_id, stream)
    );
  `,
};
