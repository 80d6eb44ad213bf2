import { salesforceManifest } from '../../connectors/salesforce/manifest.ts';
import { startSalesforceSandbox } from '../support/salesforce-sandbox.ts';
import { COLLECTION_SIZE, pushLeads, readAllLeads } from './salesforce-calls.ts';
import { endpointsOf, endpointTable } from './endpoint-table.ts';
import { count, ratio, seconds, text } from './format.ts';
import type { MemorySampler } from './memory-sampler.ts';
import { progressLine } from './progress.ts';
import type { BenchSuite } from './suite.ts';
import { nodeOptionsFor } from './suite.ts';
import type { Column } from './table.ts';
import { memoryColumns } from './memory-columns.ts';
import type { Row, SalesforceJob } from './types.ts';

// The Salesforce sandbox driven by jsforce, unchanged: push N demo people as Leads (sObject
// Collections, 200 a call), read every Lead back with SOQL (2,000 rows a page). Salesforce has no
// burst window to pace against; what bounds a sync is the org's rolling 24-hour API allocation, so
// the figure that matters is the share of it one full sync uses.

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** The org's daily allocation the share is reckoned against: Enterprise Edition's base, the manifest's limits.daily. */
const DAILY_ALLOCATION = salesforceManifest.limits.daily;
/**
 * The sandbox's own allocation, raised far past anything a run makes, so a run (or a 1M run repeated
 * within the sandbox's 24 hours: the allocation lives in the process, so never across runs) is never
 * refused with REQUEST_LIMIT_EXCEEDED. The share below is still reckoned against the real 100,000.
 */
const RAISED_DAILY_LIMIT = 100_000_000;
const PAGE_SIZE = salesforceManifest.limits.pageSize;

const isWrite = (endpoint: string) => endpoint.startsWith('POST ') && endpoint.endsWith('/composite/sobjects');
const isRead = (endpoint: string) => endpoint.startsWith('GET ') && endpoint.includes('/query');

/** Runs in the bench worker: the sandbox and jsforce in this one process. */
export async function measureSalesforce(job: SalesforceJob, memory: MemorySampler): Promise<Row> {
  const sandbox = await startSalesforceSandbox({ apiDailyLimit: RAISED_DAILY_LIMIT });
  try {
    const conn = sandbox.connection();
    const startedAt = performance.now();
    const pushed = await pushLeads(conn, job.size, progressLine('salesforce', 'pushed', job.size));
    const pushedAt = performance.now();
    // What the sandbox holds for N leads (plus the worker and jsforce): a full GC between the phases, not timed.
    memory.sampleLive();
    const readStartedAt = performance.now();
    const readBack = await readAllLeads(conn, progressLine('salesforce', 'read', job.size));
    const readAt = performance.now();

    const ledger = sandbox.running.ctx.ledger;
    const endpoints = ledger.byEndpoint();
    const writeCalls = endpoints.filter((e) => isWrite(e.endpoint)).reduce((sum, e) => sum + e.calls, 0);
    const readCalls = endpoints.filter((e) => isRead(e.endpoint)).reduce((sum, e) => sum + e.calls, 0);
    const calls = ledger.count();
    const records = sandbox.salesforce.state.records.count('Lead');
    if (readBack.rows !== records) throw new Error(`read back ${readBack.rows} leads, the org holds ${records}`);
    if (pushed.created !== records) throw new Error(`${pushed.created} creates succeeded, the org holds ${records} leads`);
    const refused = job.size - pushed.created;
    const batchMinimum = Math.ceil(job.size / COLLECTION_SIZE) + Math.ceil(records / PAGE_SIZE);
    const readMs = readAt - readStartedAt;
    const wallMs = pushedAt - startedAt + readMs;
    return {
      size: job.size, records, refused,
      refusedBy: Object.entries(pushed.failuresByCode).map(([code, n]) => `${code}×${n}`).join(' ') || 'none',
      writeCalls, readCalls, calls, callsPerRecord: calls / job.size, batchMinimum, callsOverMinimum: calls / batchMinimum,
      dailyShare: calls / DAILY_ALLOCATION, syncsPerDay: Math.floor(DAILY_ALLOCATION / calls),
      writeMs: pushedAt - startedAt, readMs, wallMs, pages: readBack.pages,
      endpoints: endpointsOf(endpoints),
    };
  } finally {
    await sandbox.close();
  }
}

const percent = (value: unknown) => (typeof value === 'number' ? `${(value * 100).toFixed(value < 0.001 ? 3 : 2)}%` : '–');

const columns: Column[] = [
  { key: 'size', header: 'N pushed', format: count },
  { key: 'records', header: 'leads in org', format: count },
  { key: 'refused', header: 'refused', format: count },
  { key: 'writeCalls', header: 'write calls', format: count },
  { key: 'readCalls', header: 'read calls', format: count },
  { key: 'callsPerRecord', header: 'calls/record', format: (value) => ratio(value, 4) },
  { key: 'batchMinimum', header: 'batch min', format: count },
  { key: 'callsOverMinimum', header: 'calls/min', format: (value) => ratio(value, 3) },
  { key: 'dailyShare', header: 'of 100k/day', format: percent },
  { key: 'syncsPerDay', header: 'syncs/day', format: count },
  { key: 'writeMs', header: 'write', format: seconds },
  { key: 'readMs', header: 'read', format: seconds },
  { key: 'wallMs', header: 'wall', format: seconds },
  ...memoryColumns,
];

const refusedColumns: Column[] = [
  { key: 'size', header: 'N pushed', format: count },
  { key: 'refused', header: 'refused', format: count },
  { key: 'refusedBy', header: 'by error code (first error of each record)', format: text, align: 'left' },
];

export const salesforceSuite: BenchSuite = {
  key: 'salesforce',
  name: 'salesforce-sandbox',
  jobs: (args) => (args.sizes ?? DEFAULT_SIZES).map((size) => ({ job: { bench: 'salesforce' as const, size }, nodeOptions: nodeOptionsFor(size) })),
  tables: (rows) => [
    { title: 'Salesforce sandbox: push N leads (sObject Collections, 200 per call) and query them all back (2,000 a page), jsforce', columns, rows },
    { title: 'Salesforce sandbox: records refused', columns: refusedColumns, rows },
    { title: 'Salesforce sandbox: calls per endpoint', ...endpointTable(rows, [{ key: 'size', header: 'N pushed', format: count }]) },
  ],
};
