import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import { InvalidStateError, RecordNotFoundError } from '../repositories/errors.ts';
import type { JobRun, JobRunRepository, JobRunStatus } from '../repositories/job-runs.ts';
import type { JsonObject } from '../repositories/json-value.ts';
import { integerColumn, nullableTextColumn, textColumn, nullableJsonColumn } from './row-readers.ts';
import type { SqliteRow } from './row-readers.ts';

export function createSqliteJobRunRepository(db: DatabaseSync, clock: Clock): JobRunRepository {
  const insert = db.prepare(`
    INSERT INTO job_runs (id, tenant_id, job_name, status, dry_run, started_at) VALUES (?, ?, ?, 'running', ?, ?)`);
  const selectOne = db.prepare('SELECT * FROM job_runs WHERE tenant_id = ? AND id = ?');
  const selectRecent = db.prepare(`
    SELECT * FROM job_runs WHERE tenant_id = ? AND job_name = ? ORDER BY started_at DESC, id DESC LIMIT ?`);
  const updateFinished = db.prepare(`
    UPDATE job_runs SET status = ?, finished_at = ?, summary_json = ?, error_text = ?
    WHERE tenant_id = ? AND id = ? AND status = 'running'`);

  function get(tenantId: string, runId: string): JobRun | undefined {
    const row = selectOne.get(tenantId, runId);
    return row && jobRunFromRow(row);
  }

  return {
    async start(tenantId, { jobName, dryRun }) {
      const id = randomUUID();
      insert.run(id, tenantId, jobName, dryRun ? 1 : 0, clock().toISOString());
      const run = get(tenantId, id);
      if (!run) throw new Error(`Job run ${id} was not recorded.`);
      return run;
    },
    async finish(tenantId, runId, outcome) {
      return transaction(db, () => {
        const run = get(tenantId, runId);
        if (!run) throw new RecordNotFoundError(`Tenant ${tenantId} has no job run ${runId}.`);
        if (run.status !== 'running') {
          throw new InvalidStateError(`Job run ${runId} already finished as ${run.status}.`);
        }
        updateFinished.run(outcome.status, clock().toISOString(),
          outcome.summary === undefined ? null : JSON.stringify(outcome.summary), outcome.error ?? null, tenantId, runId);
        return get(tenantId, runId) ?? run;
      });
    },
    async get(tenantId, runId) {
      return get(tenantId, runId);
    },
    async listRecent(tenantId, jobName, limit) {
      return selectRecent.all(tenantId, jobName, limit).map(jobRunFromRow);
    },
  };
}

function jobRunFromRow(row: SqliteRow): JobRun {
  return {
    id: textColumn(row, 'id'),
    tenantId: textColumn(row, 'tenant_id'),
    jobName: textColumn(row, 'job_name'),
    status: textColumn(row, 'status') as JobRunStatus,
    dryRun: integerColumn(row, 'dry_run') === 1,
    startedAt: textColumn(row, 'started_at'),
    finishedAt: nullableTextColumn(row, 'finished_at'),
    summary: nullableJsonColumn<JsonObject>(row, 'summary_json'),
    error: nullableTextColumn(row, 'error_text'),
  };
}
