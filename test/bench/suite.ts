import type { BenchArgs, BenchName } from './args.ts';
import type { Column } from './table.ts';
import type { JobSpec, Row } from './types.ts';

export interface SuiteTable {
  title: string;
  columns: Column[];
  rows: Row[];
}

/** One benchmark as the runner sees it: which jobs to run for the arguments, and how to show their rows. */
export interface BenchSuite {
  /** What `--only` selects. */
  key: BenchName;
  /** The JSON file name under test/bench/out/. */
  name: string;
  jobs(args: BenchArgs): JobSpec[];
  tables(rows: Row[]): SuiteTable[];
}

/** A bigger V8 heap for the sizes that hold a million records in one process. */
export const nodeOptionsFor = (size: number): string[] => (size >= 500_000 ? ['--max-old-space-size=12288'] : []);
