import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first stdout/stderr line that satisfies `match` (lines are parsed as JSON when they can be). */
  waitForLine(stream: 'stdout' | 'stderr', match: (line: string, json: Record<string, unknown> | undefined) => boolean): Promise<{ line: string; json: Record<string, unknown> | undefined }>;
  lines: { stdout: string[]; stderr: string[] };
  stop(): Promise<number | null>;
}

/** Runs `revops <args>` on the same Node as the tests, the way a user or another program would. */
export function runCli(args: string[], env: Record<string, string> = {}): RunningCli {
  const child = spawn(process.execPath, ['src/cli.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const waiters: Array<{ stream: 'stdout' | 'stderr'; match: Parameters<RunningCli['waitForLine']>[1]; resolve: (v: { line: string; json: Record<string, unknown> | undefined }) => void }> = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    createInterface({ input: child[stream] }).on('line', (line) => {
      lines[stream].push(line);
      const json = parseJson(line);
      for (const waiter of [...waiters]) {
        if (waiter.stream === stream && waiter.match(line, json)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve({ line, json });
        }
      }
    });
  }
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    lines,
    waitForLine(stream, match) {
      const seen = lines[stream].find((line) => match(line, parseJson(line)));
      if (seen) return Promise.resolve({ line: seen, json: parseJson(seen) });
      return new Promise((resolveLine, reject) => {
        waiters.push({ stream, match, resolve: resolveLine });
        void exited.then((code) => reject(new Error(`revops ${args.join(' ')} exited (${code}) first:\n${lines.stderr.join('\n')}\n${lines.stdout.join('\n')}`)));
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

function parseJson(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
