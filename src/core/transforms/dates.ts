// Dates between a side's storage format and the canonical one. Reading is lenient (any of the three
// formats is understood, whatever the side declares); writing gives exactly the declared format.
import type { DateFormat, TransformResult } from './types.ts';

/** A date as read: its calendar day and, unless it was a bare day, the instant. */
interface ReadDate {
  day: string;
  /** Milliseconds since 1970 UTC; undefined for a bare day. */
  ms?: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Salesforce writes offsets without a colon (+0000); an instant without any offset is ambiguous and refused.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function realDay(text: string): string | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : undefined;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function fromEpoch(ms: number): ReadDate | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? { day: utcDay(ms), ms } : undefined;
}

/**
 * Reads a day, an instant with its offset, or epoch milliseconds (number or digits). An instant's day is
 * the day as written in its own offset: 2025-03-31T23:30:00-05:00 is 31 March, whatever day it is in UTC.
 */
function readDate(value: unknown): ReadDate | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^-?\d+$/.test(text)) return fromEpoch(Number(text));
  const day = realDay(text);
  if (day) return { day };
  const instant = INSTANT.exec(text);
  if (!instant || !realDay(instant[1]!)) return undefined;
  const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : { day: instant[1]!, ms };
}

function write(date: ReadDate, format: DateFormat): string | number {
  const ms = date.ms ?? Date.parse(`${date.day}T00:00:00Z`);
  switch (format) {
    case 'iso_date': return date.day;
    case 'iso_datetime': return new Date(ms).toISOString();
    case 'epoch_ms': return ms;
  }
}

/** `value` in `format`; a value that is not a date passes through unchanged, reported. */
export function convertDate(value: unknown, format: DateFormat): TransformResult {
  const date = readDate(value);
  if (date) return { value: write(date, format) };
  return { value, issue: { kind: 'unparsed_date', message: `${JSON.stringify(value)} is not a date (a day, an instant with its offset, or epoch milliseconds); passed through unchanged` } };
}
