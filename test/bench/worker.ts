// One benchmark job in its own process: node test/bench/worker.ts '<job JSON>'. Sends its row over IPC.
import { startGcTimer } from './gc-time.ts';
import { startMemorySampler } from './memory-sampler.ts';
import type { MemorySampler } from './memory-sampler.ts';
import type { Job, Row } from './types.ts';
import type { WorkerMessage } from './child-runner.ts';

// The sampler starts before the benchmark's modules load, so the start RSS is a bare worker's.
const sampler = startMemorySampler(50);
const gcTimer = startGcTimer();

async function measure(job: Job, memory: MemorySampler): Promise<Row> {
  switch (job.bench) {
    case 'demo':
      return (await import('./demo-data.ts')).measureDemo(job, memory);
    case 'hubspot':
      return (await import('./hubspot-sandbox.ts')).measureHubspot(job, memory);
    case 'salesforce':
      return (await import('./salesforce-sandbox.ts')).measureSalesforce(job, memory);
    case 'sync-per-record':
      return (await import('./sync/per-record.ts')).measurePerRecord(job, memory);
  }
}

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) {
      process.stdout.write(`${JSON.stringify(message)}\n`);
      return resolve();
    }
    process.send(message, () => resolve());
  });
}

try {
  const job = JSON.parse(process.argv[2] ?? '') as Job;
  const row = await measure(job, sampler);
  const { startRssBytes, peakRssBytes, peakHeapUsedBytes, peakLiveHeapBytes } = sampler.stop();
  const { gcMs, gcCount } = await gcTimer.stop();
  await send({ ok: true, row: { ...row, startRssBytes, peakRssBytes, peakHeapUsedBytes, peakLiveHeapBytes, gcMs, gcCount } });
} catch (err) {
  await send({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
process.disconnect?.();
