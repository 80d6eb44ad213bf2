import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Row } from './types.ts';

export const OUT_DIR = resolve(import.meta.dirname, 'out');

/** Writes a benchmark's rows, with the machine they ran on, to test/bench/out/<name>.json (gitignored). */
export function writeRows(name: string, rows: readonly Row[]): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = resolve(OUT_DIR, `${name}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', totalMemBytes: totalmem(), node: process.version };
  writeFileSync(file, `${JSON.stringify({ name, ranAt: new Date().toISOString(), machine, rows }, null, 2)}\n`);
  return file;
}
