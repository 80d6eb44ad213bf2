import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { JobSpec, Row } from './types.ts';

const WORKER = resolve(import.meta.dirname, 'worker.ts');

/** What a worker sends back over IPC: its measured row, or why it failed. */
export type WorkerMessage = { ok: true; row: Row } | { ok: false; error: string };

/**
 * Runs one job in a fresh Node process (the same Node binary as this one), so each size's peak
 * memory is its own; with --expose-gc, so the job can measure what it really holds. The child's stdout and stderr pass through; its result comes over IPC.
 */
export function runInChild(spec: JobSpec): Promise<Row> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--expose-gc', ...(spec.nodeOptions ?? []), WORKER, JSON.stringify(spec.job)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: WorkerMessage | undefined;
    child.on('message', (message: WorkerMessage) => {
      answer = message;
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      if (answer?.ok) return done(answer.row);
      const why = answer ? answer.error : `exited with ${signal ?? `code ${code}`} and no result`;
      fail(new Error(`bench worker ${JSON.stringify(spec.job)}: ${why}`));
    });
  });
}
