import { startHubspotSandbox } from '../support/hubspot-sandbox.ts';
import { pushContacts, readAllContacts } from './hubspot-calls.ts';
import { BATCH_SIZE } from './contact-batches.ts';
import { pacedFor, unpaced } from './pacer.ts';
import type { MemorySampler } from './memory-sampler.ts';
import type { BenchSuite } from './suite.ts';
import { nodeOptionsFor } from './suite.ts';
import type { Column } from './table.ts';
import { memoryColumns } from './memory-columns.ts';
import type { HubspotJob, Row } from './types.ts';
import { endpointsOf, endpointTable } from './endpoint-table.ts';
import { progressLine } from './progress.ts';
import { count, ratio, seconds, text } from './format.ts';

// The HubSpot sandbox driven by the official SDK: push N contacts, read them all back. Once with the
// rate limit out of the way (the simulator's own throughput), once with the real public-app limit
// and a client that paces itself (wall time against the bound the limit sets).

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const PACED_MAX_SIZE = 10_000;
/** A public app: 110 calls per 10 s per account. */
const REAL_LIMIT = { max: 110, windowMs: 10_000 };
// "Out of the way": 100k calls a second, far above what one process can make. Not 1e9 per 10 s: the
// sandbox's rate window sizes a Float64Array by the limit up front (8 GB of address space for 1e9).
const RAISED_LIMIT = { max: 100_000, windowMs: 1_000 };

const WRITE_ENDPOINTS = ['POST /crm/v3/objects/:objectType/batch/upsert', 'POST /crm/v3/objects/:objectType/batch/create'];
const READ_ENDPOINT = 'GET /crm/v3/objects/:objectType';

/** The least wall time the real limit allows for this many calls: calls / (110 per 10 s) = calls / 11 s. */
const boundMs = (calls: number) => (calls * REAL_LIMIT.windowMs) / REAL_LIMIT.max;

/** Runs in the bench worker: the sandbox and the SDK client in this one process. */
export async function measureHubspot(job: HubspotJob, memory: MemorySampler): Promise<Row> {
  const sandbox = await startHubspotSandbox({ rateLimit: job.paced ? REAL_LIMIT : RAISED_LIMIT });
  try {
    const client = sandbox.client();
    const pace = job.paced ? pacedFor(REAL_LIMIT) : unpaced;
    const startedAt = performance.now();
    const pushed = await pushContacts(client, job.size, pace, progressLine('hubspot', 'pushed', job.size));
    const pushedAt = performance.now();
    // What the sandbox holds for N contacts (plus the worker and SDK): a full GC between the phases, not timed.
    memory.sampleLive();
    const readStartedAt = performance.now();
    const readBack = await readAllContacts(client, pace, progressLine('hubspot', 'read', job.size));
    const readAt = performance.now();

    const ledger = sandbox.running.ctx.ledger;
    const endpoints = ledger.byEndpoint();
    const writeCalls = WRITE_ENDPOINTS.reduce((sum, endpoint) => sum + ledger.count(endpoint), 0);
    const readCalls = ledger.count(READ_ENDPOINT);
    const calls = ledger.count();
    const records = sandbox.hubspot.state.records.count('contacts').live;
    if (readBack !== records) throw new Error(`read back ${readBack} contacts, the sandbox holds ${records}`);
    const batchMinimum = Math.ceil(job.size / BATCH_SIZE) + Math.ceil(records / BATCH_SIZE);
    const readMs = readAt - readStartedAt;
    const wallMs = pushedAt - startedAt + readMs;
    return {
      size: job.size, limit: job.paced ? 'paced 110/10 s' : 'raised', records, readBack, updatedByUpsert: pushed.updated,
      writeCalls, readCalls, calls, callsPerRecord: calls / job.size, batchMinimum, callsOverMinimum: calls / batchMinimum,
      status429: endpoints.reduce((sum, endpoint) => sum + (endpoint.byStatus['429'] ?? 0), 0),
      writeMs: pushedAt - startedAt, readMs, wallMs, boundMs: boundMs(calls), wallOverBound: wallMs / boundMs(calls),
      endpoints: endpointsOf(endpoints),
    };
  } finally {
    await sandbox.close();
  }
}

const columns: Column[] = [
  { key: 'size', header: 'N pushed', format: count },
  { key: 'limit', header: 'rate limit', format: text, align: 'left' },
  { key: 'records', header: 'contacts in sandbox', format: count },
  { key: 'writeCalls', header: 'write calls', format: count },
  { key: 'readCalls', header: 'read calls', format: count },
  { key: 'callsPerRecord', header: 'calls/record', format: (value) => ratio(value, 4) },
  { key: 'batchMinimum', header: 'batch min', format: count },
  { key: 'callsOverMinimum', header: 'calls/min', format: (value) => ratio(value, 3) },
  { key: 'status429', header: '429s', format: count },
  { key: 'writeMs', header: 'write', format: seconds },
  { key: 'readMs', header: 'read', format: seconds },
  { key: 'wallMs', header: 'wall', format: seconds },
  { key: 'boundMs', header: 'bound @110/10s', format: seconds },
  { key: 'wallOverBound', header: 'wall/bound', format: (value) => ratio(value, 3) },
  ...memoryColumns,
];

const endpointLeading: Column[] = [
  { key: 'size', header: 'N pushed', format: count },
  { key: 'limit', header: 'rate limit', format: text, align: 'left' },
];

export const hubspotSuite: BenchSuite = {
  key: 'hubspot',
  name: 'hubspot-sandbox',
  jobs(args) {
    const sizes = args.sizes ?? DEFAULT_SIZES;
    const raised = sizes.map((size) => ({ job: { bench: 'hubspot' as const, size, paced: false }, nodeOptions: nodeOptionsFor(size) }));
    const paced = args.skipPaced ? [] : sizes
      .filter((size) => size <= PACED_MAX_SIZE)
      .map((size) => ({ job: { bench: 'hubspot' as const, size, paced: true } }));
    return [...raised, ...paced];
  },
  tables: (rows) => [
    { title: 'HubSpot sandbox: push N contacts (batch upsert/create, 100 per call) and page them all back, official SDK', columns, rows },
    { title: 'HubSpot sandbox: calls per endpoint', ...endpointTable(rows, endpointLeading) },
  ],
};
