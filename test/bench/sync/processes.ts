import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

// The two programs the sync benchmark runs, each in its own process with the same Node as this one:
// `revops sandbox` (both vendors, on a free port) and `revops sync --json` against it, so the sync's
// memory is its own. Their logs (warnings and up) pass through to stderr; stdout carries their JSON.

const CLI = resolve(import.meta.dirname, '../../../src/cli.ts');

/** Sandbox mode, quiet logs: vendor credentials from the caller's environment would make `revops sync` refuse. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  for (const name of ['HUBSPOT_CLIENT_ID', 'HUBSPOT_CLIENT_SECRET', 'SALESFORCE_CLIENT_ID', 'SALESFORCE_CLIENT_SECRET']) delete env[name];
  return env;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
  });
}

export interface SandboxProcess {
  /** The root URL; vendors answer under /hubspot and /salesforce. */
  root: string;
  /** CPU time the sandbox has used so far (Linux /proc; undefined elsewhere): how much of a run's wall time the simulators took. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc/<pid>/stat, in clock ticks of 1/100 s (USER_HZ on Linux). */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Starts `revops sandbox --seed 0 --time-scale K` and waits for its announcement line. */
export async function startSandbox(options: { timeScale: number; nodeOptions: string[] }): Promise<SandboxProcess> {
  const args = [...options.nodeOptions, CLI, 'sandbox', '--seed', '0', '--time-scale', String(options.timeScale)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: childEnv({}) });
  const lines = createInterface({ input: child.stdout! });
  const announced = await new Promise<string>((done, fail) => {
    lines.once('line', done);
    child.once('exit', (code) => fail(new Error(`revops sandbox exited with ${code} before announcing itself`)));
  });
  const { sandbox } = JSON.parse(announced) as { sandbox: { hubspot: { baseUrl: string } } };
  return {
    root: sandbox.hubspot.baseUrl.replace(/\/hubspot$/, ''),
    cpuSeconds: () => cpuSecondsOf(child.pid),
    async stop() {
      lines.close();
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** What `revops sync --json` prints (the fields the benchmark reads). */
export interface SyncOutput {
  apiCalls: number;
  wallSeconds: number;
  peakRssMB: number;
  /** The sync process's user + system CPU time, its start and install included. */
  cpuSeconds: number;
  mode: string;
  read: { crm: number; marketing: number };
  applied: { updated: Record<string, number>; created: Record<string, number>; failed: Record<string, number> };
  [key: string]: unknown;
}

export interface SyncRun {
  output: SyncOutput;
  /** From spawn to exit: Node's start, the OAuth install and the store included. */
  processSeconds: number;
}

/** One `revops sync --sandbox-url ROOT --json [--full] --time-scale K` with its store in dataDir. */
export async function runSync(options: { root: string; dataDir: string; full: boolean; timeScale: number; nodeOptions?: string[] }): Promise<SyncRun> {
  const args = [
    ...(options.nodeOptions ?? []), CLI, 'sync', '--sandbox-url', options.root, '--json', '--time-scale', String(options.timeScale),
    ...(options.full ? ['--full'] : []),
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: childEnv({ DATA_DIR: options.dataDir }) });
  const chunks: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await exited(child);
  const processSeconds = (performance.now() - started) / 1000;
  const stdout = Buffer.concat(chunks).toString('utf8').trim();
  if (code !== 0) throw new Error(`revops sync exited with ${code}: ${stdout.slice(-500)}`);
  const last = stdout.split('\n').at(-1) ?? '';
  return { output: JSON.parse(last) as SyncOutput, processSeconds };
}
