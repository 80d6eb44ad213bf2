import type { Migration } from './migration.ts';

// Per-record failures a job set aside while the batch went on. One row per job run, vendor, object
// type and record key: a repeated failure of the same record in the same run counts an attempt.
// AUTOINCREMENT → BIGINT GENERATED ALWAYS AS IDENTITY in PostgreSQL.
export const createDeadLetters: Migration = {
  version: 8,
  name: 'create dead letters',
  up: `
    CREATE TABLE dead_letters (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      job_run_id TEXT NOT NULL,
      vendor TEXT NOT NULL,
      object_type TEXT NOT NULL,
      record_key TEXT NOT NULL,
      payload_json TEXT NOT NULL,
      failure_kind TEXT NOT NULL,
      vendor_message TEXT NOT NULL,
      vendor_code TEXT,
      attempts INTEGER NOT NULL CHECK (attempts >= 1),
      first_failed_at TEXT NOT NULL,
      last_failed_at TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'replayed', 'discarded')),
      resolved_at TEXT,
      discard_reason TEXT,
      CONSTRAINT dead_letters_record_unique UNIQUE (tenant_id, job_run_id, vendor, object_type, record_key),
      FOREIGN KEY (tenant_id, job_run_id) REFERENCES job_runs (tenant_id, id)
    );

    CREATE INDEX dead_letters_status_idx ON dead_letters (tenant_id, status, id);
  `,
};
