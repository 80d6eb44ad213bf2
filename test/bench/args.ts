import { parseArgs } from 'node:util';

export const BENCH_NAMES = ['demo', 'hubspot', 'salesforce'] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

export interface BenchArgs {
  /** Record counts to run; undefined = each benchmark's defaults. */
  sizes?: number[];
  only: BenchName[];
  /** Skip the runs against the real rate limit (they take about calls / 11 s each). */
  skipPaced: boolean;
}

export const USAGE = `npm run bench -- [--sizes 1000,10k,1M] [--only demo|hubspot|salesforce] [--skip-paced]`;

const SUFFIX: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 };

/** "1000", "10k", "1M" → a whole number of records. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim().replace(/_/g, ''));
  const value = match ? Number(match[1]) * SUFFIX[match[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--sizes: "${text}" is not a record count (e.g. 1000, 10k, 1M)`);
  return value;
}

function parseOnly(text: string | undefined): BenchName[] {
  if (text === undefined) return [...BENCH_NAMES];
  const names = text.split(/[,|]/).map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(BENCH_NAMES as readonly string[]).includes(name)) throw new Error(`--only: "${name}" is not one of ${BENCH_NAMES.join(', ')}`);
  }
  return names as BenchName[];
}

export function parseBenchArgs(argv: string[]): BenchArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      only: { type: 'string' },
      'skip-paced': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const sizes = values.sizes === undefined ? undefined : [...new Set(values.sizes.split(',').map(parseSize))].sort((a, b) => a - b);
  return { sizes, only: parseOnly(values.only), skipPaced: values['skip-paced'] };
}
