import { generateDemoData, streamDemoContacts } from '../../src/demo/index.ts';
import type { MemorySampler } from './memory-sampler.ts';
import type { BenchSuite } from './suite.ts';
import { nodeOptionsFor } from './suite.ts';
import type { Column } from './table.ts';
import { memoryColumns } from './memory-columns.ts';
import type { DemoJob, Row } from './types.ts';
import { count, mib, perSecond, seconds, text } from './format.ts';

// The demo data generator: streamed page by page (memory should not grow with size) and in memory
// (the embedded default's seed; it holds everything, so it stops at 100k).

const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
const IN_MEMORY_MAX = 100_000;

async function measureStream(size: number, memory: MemorySampler): Promise<Row> {
  const startedAt = performance.now();
  let contacts = 0;
  let companies = 0;
  let duplicates = 0;
  // About ten times a run, a full GC shows what the stream holds between pages.
  const liveEvery = Math.max(1, Math.floor(size / 1000 / 10));
  let pages = 0;
  let gcMs = 0;
  for (const page of streamDemoContacts({ size })) {
    contacts += page.contacts.length;
    companies += page.companies.length;
    duplicates += page.duplicates.length;
    // The generator is synchronous: sample at each page, and let the 50 ms timer run too.
    memory.sample();
    if (++pages % liveEvery === 0) {
      const gcStartedAt = performance.now();
      memory.sampleLive();
      gcMs += performance.now() - gcStartedAt;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The forced GCs are the benchmark's, not the generator's: their time is left out.
  const wallMs = performance.now() - startedAt - gcMs;
  return { contacts, companies, duplicates, records: contacts + companies, wallMs };
}

function measureInMemory(size: number, memory: MemorySampler): Row {
  const startedAt = performance.now();
  const data = generateDemoData({ size });
  const wallMs = performance.now() - startedAt;
  memory.sampleLive();
  const { contacts, companies, duplicates, deals, meetings, tasks, activities, owners } = data;
  const records = contacts.length + companies.length + deals.length + meetings.length + tasks.length + activities.length + owners.length;
  return { contacts: contacts.length, companies: companies.length, duplicates: duplicates.length, records, wallMs };
}

/** Runs in the bench worker. */
export async function measureDemo(job: DemoJob, memory: MemorySampler): Promise<Row> {
  const measured = job.generator === 'stream' ? await measureStream(job.size, memory) : measureInMemory(job.size, memory);
  const wallMs = measured.wallMs as number;
  return { generator: job.generator, size: job.size, ...measured, contactsPerSecond: (job.size / wallMs) * 1000 };
}

const columns: Column[] = [
  { key: 'generator', header: 'generator', format: text, align: 'left' },
  { key: 'size', header: 'contacts asked', format: count },
  { key: 'companies', header: 'companies', format: count },
  { key: 'duplicates', header: 'duplicates', format: count },
  { key: 'records', header: 'records made', format: count },
  { key: 'wallMs', header: 'wall', format: seconds },
  { key: 'contactsPerSecond', header: 'contacts/s', format: perSecond },
  { key: 'startRssBytes', header: 'start RSS', format: mib },
  ...memoryColumns,
];

export const demoSuite: BenchSuite = {
  key: 'demo',
  name: 'demo-data',
  jobs(args) {
    const sizes = args.sizes ?? DEFAULT_SIZES;
    const stream = sizes.map((size) => ({ job: { bench: 'demo' as const, generator: 'stream' as const, size }, nodeOptions: [] }));
    const inMemory = sizes
      .filter((size) => size <= IN_MEMORY_MAX)
      .map((size) => ({ job: { bench: 'demo' as const, generator: 'in-memory' as const, size }, nodeOptions: nodeOptionsFor(size) }));
    return [...stream, ...inMemory];
  },
  tables: (rows) => [{ title: 'Demo data generator (one process per row)', columns, rows }],
};
