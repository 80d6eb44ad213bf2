import type { JsonValue } from './types.ts';

// Cell formats for the tables; the JSON keeps the raw numbers.

const num = (value: JsonValue | undefined): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export const count = (value: JsonValue | undefined) => num(value)?.toLocaleString('en-US') ?? '–';

export const mib = (value: JsonValue | undefined) => {
  const bytes = num(value);
  return bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`;
};

export const seconds = (value: JsonValue | undefined) => {
  const ms = num(value);
  if (ms === undefined) return '–';
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
};

export const ratio = (value: JsonValue | undefined, digits = 3) => num(value)?.toFixed(digits) ?? '–';

export const perSecond = (value: JsonValue | undefined) => {
  const rate = num(value);
  return rate === undefined ? '–' : `${Math.round(rate).toLocaleString('en-US')}/s`;
};

export const text = (value: JsonValue | undefined) => (value === undefined || value === null ? '–' : String(value));
