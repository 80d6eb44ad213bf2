import type { Migration } from './migration.ts';

export const createJobRuns: Migration = {
  version: 5,
  name: 'create job runs',
  up: `
    CREATE TABLE job_runs (
      id TEXT PRIMARY KEY,
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      job_name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
      dry_run INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
      started_at TEXT NOT NULL,
      finished_at TEXT,
      summary_json TEXT,
      error_text TEXT,
      -- lets the change log reference a run together with its tenant
      CONSTRAINT job_runs_tenant_id_unique UNIQUE (tenant_id, id)
    );

    CREATE INDEX job_runs_recent_idx ON job_runs (tenant_id, job_name, started_at);
  `,
};
