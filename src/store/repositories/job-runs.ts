import type { JsonObject } from './json-value.ts';
import type { IsoTimestamp } from './timestamp.ts';

export type JobRunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type FinishedJobRunStatus = Exclude<JobRunStatus, 'running'>;

/** One execution of a job for a tenant: the record the admin pages and the change log point to. */
export interface JobRun {
  id: string;
  tenantId: string;
  jobName: string;
  status: JobRunStatus;
  dryRun: boolean;
  startedAt: IsoTimestamp;
  finishedAt: IsoTimestamp | null;
  /** Counts and outcomes the job reports, e.g. { planned: 120, applied: 118, deadLettered: 2 }. */
  summary: JsonObject | null;
  error: string | null;
}

export interface JobRunOutcome {
  status: FinishedJobRunStatus;
  summary?: JsonObject;
  error?: string;
}

export interface JobRunRepository {
  start(tenantId: string, run: { jobName: string; dryRun: boolean }): Promise<JobRun>;
  /** Throws RecordNotFoundError for an unknown run, InvalidStateError when it already finished. */
  finish(tenantId: string, runId: string, outcome: JobRunOutcome): Promise<JobRun>;
  get(tenantId: string, runId: string): Promise<JobRun | undefined>;
  /** Newest first. */
  listRecent(tenantId: string, jobName: string, limit: number): Promise<JobRun[]>;
}
