import { parseArgs } from 'node:util';
import { parseSize } from '../args.ts';

export const SYNC_MODES = ['full', 'incremental', 'per-record'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

export interface SyncBenchArgs {
  sizes: number[];
  modes: SyncMode[];
  /** Modes named with --modes run at every size; by default incremental stops at INCREMENTAL_DEFAULT_MAX. */
  modesGiven: boolean;
  timeScale: number;
  json: boolean;
}

export const USAGE = 'npm run bench:sync -- [--json] [--sizes 1000,10k,100k] [--time-scale K] [--modes full,incremental,per-record]';

export const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** With --time-scale, the default sizes go on to 1M (at the real limit a 1M full sync needs half an hour of HubSpot calls). */
export const SCALED_EXTRA_SIZE = 1_000_000;

function parseModes(text: string | undefined): SyncMode[] {
  if (text === undefined) return [...SYNC_MODES];
  const modes = text.split(',').map((mode) => mode.trim()).filter(Boolean);
  for (const mode of modes) if (!(SYNC_MODES as readonly string[]).includes(mode)) throw new Error(`--modes: "${mode}" is not one of ${SYNC_MODES.join(', ')}`);
  return modes as SyncMode[];
}

function parseTimeScale(text: string | undefined): number {
  if (text === undefined) return 1;
  const k = Number(text);
  if (!Number.isFinite(k) || k < 1 || k > 1000) throw new Error(`--time-scale: "${text}" is not a number from 1 to 1000`);
  return k;
}

export function parseSyncBenchArgs(argv: string[]): SyncBenchArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      modes: { type: 'string' },
      'time-scale': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const timeScale = parseTimeScale(values['time-scale']);
  const defaults = values['time-scale'] === undefined ? DEFAULT_SIZES : [...DEFAULT_SIZES, SCALED_EXTRA_SIZE];
  const sizes = values.sizes === undefined ? defaults : [...new Set(values.sizes.split(',').map(parseSize))].sort((a, b) => a - b);
  return { sizes, modes: parseModes(values.modes), modesGiven: values.modes !== undefined, timeScale, json: values.json };
}
