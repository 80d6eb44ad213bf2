import type { DemoSpec } from './dataset.ts';

/** A fixed "now" so a data set generated today and next year is the same. */
export const DEFAULT_DEMO_NOW = '2026-01-15T12:00:00.000Z';
export const DEFAULT_DEMO_SEED = 1;

export interface DemoOptions {
  /** Contacts and leads to generate, duplicates included. */
  size: number;
  seed?: number;
  now?: Date | string;
}

export function resolveDemoSpec(options: DemoOptions): DemoSpec {
  const { size, seed = DEFAULT_DEMO_SEED, now = DEFAULT_DEMO_NOW } = options;
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`demo size must be a whole number ≥ 0, got ${size}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`demo seed must be a whole number, got ${seed}`);
  const nowMs = now instanceof Date ? now.getTime() : Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`demo now must be a valid date, got ${String(now)}`);
  return { size, seed, now: new Date(nowMs).toISOString() };
}
