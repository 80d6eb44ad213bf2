import type { Migration } from './migration.ts';

// Records deleted or merged away in one system, so the sync never re-creates them from a twin.
// Looked up by record (the key) or by normalised email (the index), whichever the batch has.
export const createRecordTombstones: Migration = {
  version: 9,
  name: 'create record tombstones',
  up: `
    CREATE TABLE record_tombstones (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      object_type TEXT NOT NULL,
      system TEXT NOT NULL,
      record_id TEXT NOT NULL,
      email TEXT,
      reason TEXT NOT NULL CHECK (reason IN ('deleted', 'merged', 'privacy_deletion')),
      merged_into TEXT,
      deleted_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (tenant_id, object_type, system, record_id)
    );

    CREATE INDEX record_tombstones_email_idx ON record_tombstones (tenant_id, object_type, email);
  `,
};
