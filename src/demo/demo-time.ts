import type { Random } from './seeded-random.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** An ISO instant at whole seconds, as CRMs store them. */
export function isoAt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** The ISO calendar day (UTC) of an instant. */
export function isoDateAt(ms: number): string {
  return isoAt(ms).slice(0, 10);
}

/** A whole-second instant in [fromMs, toMs]; toMs before fromMs gives fromMs. */
export function instantBetween(random: Random, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return fromMs;
  return Math.floor(random.between(fromMs, toMs) / 1000) * 1000;
}

/** An instant leaning towards `toMs` (recent activity is more common than old). */
export function recentInstantBetween(random: Random, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return fromMs;
  const lean = 1 - random.next() ** 2;
  return Math.floor((fromMs + (toMs - fromMs) * lean) / 1000) * 1000;
}
