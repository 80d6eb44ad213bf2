import type { Migration } from './migration.ts';

// The local copy of what was synced: per linked record, the last value of each field seen on each
// side, with who wrote it. Two tables so a record is one row (paged by its id, forgotten with its
// fields by cascade) and each field value on each side is one row with its own provenance.
// AUTOINCREMENT → BIGINT GENERATED ALWAYS AS IDENTITY in PostgreSQL.
export const createRecordCopies: Migration = {
  version: 7,
  name: 'create synced-record copies',
  up: `
    CREATE TABLE record_copies (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      object_type TEXT NOT NULL,
      system TEXT NOT NULL,
      record_id TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CONSTRAINT record_copies_record_unique UNIQUE (tenant_id, object_type, system, record_id),
      -- lets the field rows reference a copy together with its tenant
      CONSTRAINT record_copies_tenant_id_unique UNIQUE (tenant_id, id)
    );

    CREATE INDEX record_copies_scan_idx ON record_copies (tenant_id, object_type, id);

    CREATE TABLE record_copy_fields (
      tenant_id TEXT NOT NULL,
      copy_id INTEGER NOT NULL,
      field TEXT NOT NULL,
      system TEXT NOT NULL,
      value_json TEXT NOT NULL,
      modified_at TEXT,
      written_by TEXT NOT NULL CHECK (written_by IN ('person', 'automation', 'sync')),
      job_run_id TEXT,
      rule TEXT,
      seen_at TEXT NOT NULL,
      PRIMARY KEY (tenant_id, copy_id, field, system),
      FOREIGN KEY (tenant_id, copy_id) REFERENCES record_copies (tenant_id, id) ON DELETE CASCADE,
      -- a value can only credit a job run of its own tenant
      FOREIGN KEY (tenant_id, job_run_id) REFERENCES job_runs (tenant_id, id)
    );
  `,
};
