/** What the parent asks a bench worker to measure, and what comes back: one child process per job. */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One table row, written as is to test/bench/out/<name>.json. */
export type Row = Record<string, JsonValue>;

export interface DemoJob {
  bench: 'demo';
  generator: 'stream' | 'in-memory';
  size: number;
}

export interface HubspotJob {
  bench: 'hubspot';
  size: number;
  /** true: the real 110 calls / 10 s limit and a client that paces itself; false: the limit raised out of the way. */
  paced: boolean;
}

export interface SalesforceJob {
  bench: 'salesforce';
  size: number;
}

/** The sync benchmark's per-record client against a running `revops sandbox` (test/bench/sync/per-record.ts). */
export interface SyncPerRecordJob {
  bench: 'sync-per-record';
  /** The sandbox's root URL. */
  root: string;
  timeScale: number;
}

export type Job = DemoJob | HubspotJob | SalesforceJob | SyncPerRecordJob;

/** Extra node flags for a job's child (a bigger heap for 1M records). */
export interface JobSpec {
  job: Job;
  nodeOptions?: string[];
}
