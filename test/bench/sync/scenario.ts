import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editsPerRound } from '../../../src/sandbox-kit/bench-people.ts';
import { runInChild } from '../child-runner.ts';
import { nodeOptionsFor } from '../suite.ts';
import type { Row } from '../types.ts';
import type { SyncMode } from './args.ts';
import { apiCalls, checkPeople, clearLedgers, editPeople, seedPeople } from './controls.ts';
import { fullMinimum, incrementalMinimum } from './minimum.ts';
import { startSandbox, runSync } from './processes.ts';
import type { SandboxProcess, SyncRun } from './processes.ts';
import { rowOf } from './rows.ts';

// One size of the sync benchmark against its own `revops sandbox`: seed N people (30% already in
// HubSpot, unlinked), a full sync into a fresh DATA_DIR, then (for incremental) one settling
// incremental run, an edit of 1% on each side through the sandbox controls, and the timed incremental
// run. Every run's calls come from the sandboxes' ledgers, and every record is checked after it.

/** The per-record approach runs at this size only, and is projected linearly from it. */
export const PER_RECORD_SIZE = 1_000;

const log = (text: string) => process.stderr.write(`bench:sync ${text}\n`);
const count = (n: number) => n.toLocaleString('en-US');

/** Both sandboxes hold every record in memory: a million Salesforce Leads need about 4.5 GB of heap. */
const sandboxNodeOptions = (size: number) => (size >= 500_000 ? ['--max-old-space-size=16384'] : nodeOptionsFor(size));

async function withSandbox<T>(size: number, timeScale: number, work: (sandbox: SandboxProcess) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({ timeScale, nodeOptions: sandboxNodeOptions(size) });
  try {
    return await work(sandbox);
  } finally {
    await sandbox.stop();
  }
}

interface TimedSync {
  run: SyncRun;
  calls: Awaited<ReturnType<typeof apiCalls>>;
  /** CPU the sandboxes spent while the sync ran: what of the wall time was the simulators'. */
  sandboxCpuSeconds: number | null;
}

async function timedSync(sandbox: SandboxProcess, dataDir: string, full: boolean, timeScale: number): Promise<TimedSync> {
  await clearLedgers(sandbox.root);
  const cpuBefore = sandbox.cpuSeconds();
  const run = await runSync({ root: sandbox.root, dataDir, full, timeScale });
  const cpuAfter = sandbox.cpuSeconds();
  const sandboxCpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? null : Number((cpuAfter - cpuBefore).toFixed(2));
  return { run, calls: await apiCalls(sandbox.root), sandboxCpuSeconds };
}

const syncExtra = ({ run, sandboxCpuSeconds }: TimedSync): Row => ({
  engineCalls: run.output.apiCalls, processSeconds: Number(run.processSeconds.toFixed(3)), syncCpuSeconds: run.output.cpuSeconds, sandboxCpuSeconds,
});

export interface SizeOptions {
  modes: readonly SyncMode[];
  /** Whether this size runs the incremental mode (the settling run reads every record back through search). */
  incremental: boolean;
  timeScale: number;
  onRow: (row: Row) => void;
}

/** Full (and incremental) runs at one size; each row goes to onRow as soon as it is measured. */
export async function runSize(size: number, options: SizeOptions): Promise<void> {
  const { timeScale } = options;
  await withSandbox(size, timeScale, async (sandbox) => {
    const { root } = sandbox;
    const dataDir = mkdtempSync(join(tmpdir(), 'revops-bench-sync-'));
    try {
      log(`${count(size)}: seeding`);
      await seedPeople(root, size);
      log(`${count(size)}: full sync`);
      const full = await timedSync(sandbox, dataDir, true, timeScale);
      const fullChecks = await checkPeople(root, size, 0);
      if (options.modes.includes('full')) {
        options.onRow(rowOf({
          mode: 'full', records: size, changed: size, minimum: fullMinimum(size), calls: full.calls, wallSeconds: full.run.output.wallSeconds,
          timeScale, peakRssMB: full.run.output.peakRssMB, checks: fullChecks, extra: syncExtra(full),
        }));
      }
      if (!options.incremental) return;

      // Every contact the full run wrote comes back once through HubSpot's search feed as an echo.
      log(`${count(size)}: settling incremental sync (reads back the full run's writes)`);
      const settle = await timedSync(sandbox, dataDir, false, timeScale);
      const edited = await editPeople(root, 1);
      const expected = editsPerRound(size);
      if (edited.salesforce !== expected.crm || edited.hubspot !== expected.marketing) {
        throw new Error(`edit round 1 changed ${edited.salesforce} Leads and ${edited.hubspot} contacts, expected ${expected.crm} and ${expected.marketing}`);
      }
      log(`${count(size)}: incremental sync after ${count(edited.salesforce)} + ${count(edited.hubspot)} edits`);
      const incremental = await timedSync(sandbox, dataDir, false, timeScale);
      options.onRow(rowOf({
        mode: 'incremental', records: size, changed: edited.salesforce + edited.hubspot,
        minimum: incrementalMinimum({ crm: edited.salesforce, marketing: edited.hubspot }), calls: incremental.calls,
        wallSeconds: incremental.run.output.wallSeconds, timeScale, peakRssMB: incremental.run.output.peakRssMB, checks: await checkPeople(root, size, 1),
        extra: {
          ...syncExtra(incremental),
          settleCalls: settle.calls.salesforce.calls + settle.calls.hubspot.calls, settleHubspotCalls: settle.calls.hubspot.calls,
          settleSeconds: settle.run.output.wallSeconds, settleSandboxCpuSeconds: settle.sandboxCpuSeconds, settleRssMB: settle.run.output.peakRssMB,
        },
      }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

/** The per-record client at PER_RECORD_SIZE people, in the bench worker (its own process and memory sampler). */
export async function runPerRecord(timeScale: number): Promise<Row> {
  return withSandbox(PER_RECORD_SIZE, timeScale, async ({ root }) => {
    await seedPeople(root, PER_RECORD_SIZE);
    await clearLedgers(root);
    log(`${count(PER_RECORD_SIZE)}: per-record client (two SDK calls a person, paced)`);
    const measured = await runInChild({ job: { bench: 'sync-per-record', root, timeScale } });
    const calls = await apiCalls(root);
    return rowOf({
      mode: 'per-record', records: PER_RECORD_SIZE, changed: PER_RECORD_SIZE, minimum: fullMinimum(PER_RECORD_SIZE), calls,
      wallSeconds: Number(measured.wallMs) / 1000, timeScale, peakRssMB: Number(measured.peakRssBytes) / 2 ** 20,
      checks: await checkPeople(root, PER_RECORD_SIZE, 0),
    });
  });
}
