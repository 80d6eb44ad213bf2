import type { Migration } from './migration.ts';

// The audit trail behind "every change can be explained and undone". The triggers are the one
// SQLite-specific part: PostgreSQL gets the same guarantee from a trigger function that raises,
// or from granting the app role INSERT and SELECT only.
export const createChangeLog: Migration = {
  version: 6,
  name: 'create append-only change log',
  up: `
    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      job_run_id TEXT,
      system TEXT NOT NULL,
      object_type TEXT NOT NULL,
      object_id TEXT NOT NULL,
      field TEXT,
      operation TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT,
      reason_json TEXT NOT NULL,
      at TEXT NOT NULL,
      -- a run can only own changes of its own tenant
      FOREIGN KEY (tenant_id, job_run_id) REFERENCES job_runs (tenant_id, id)
    );

    CREATE INDEX change_log_object_idx ON change_log (tenant_id, system, object_type, object_id, id);
    CREATE INDEX change_log_run_idx ON change_log (tenant_id, job_run_id, id);

    CREATE TRIGGER change_log_refuses_update BEFORE UPDATE ON change_log
    BEGIN
      SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be updated');
    END;

    CREATE TRIGGER change_log_refuses_delete BEFORE DELETE ON change_log
    BEGIN
      SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be deleted');
    END;
  `,
};
