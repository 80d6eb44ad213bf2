// SOQL date literals (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm).
// Absolute ones are unquoted: `2024-01-15` (date fields) and `2024-01-15T10:30:00Z`, `…+01:00`,
// `…-0800`, `….000+0000` (datetime fields). Relative ones name a range of whole days counted from the
// sandbox clock: `= LITERAL` means inside the range, `<` before its start, `>` after its end.
// The sandbox's org runs in UTC with the en_US locale (weeks start on Sunday) and the default fiscal
// year (starting in January, so fiscal periods equal calendar ones).

import { parseSfDate, parseSfDateTime } from '../datetimes.ts';

const DAY_MS = 86_400_000;

/** A half-open range of instants [startMs, endMs). */
export interface DateRange {
  startMs: number;
  endMs: number;
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
type Shape = 'THIS' | 'LAST' | 'NEXT' | 'LAST_N' | 'NEXT_N' | 'N_AGO';

interface LiteralSpec {
  unit: Unit;
  shape: Shape;
  /** A fixed count for the named forms (LAST_90_DAYS); undefined when the literal takes `:n`. */
  fixedN?: number;
}

const UNIT_WORDS: Array<[word: string, unit: Unit]> = [
  ['DAYS', 'DAY'], ['WEEKS', 'WEEK'], ['MONTHS', 'MONTH'], ['QUARTERS', 'QUARTER'], ['YEARS', 'YEAR'],
  ['FISCAL_QUARTERS', 'QUARTER'], ['FISCAL_YEARS', 'YEAR'],
];
const SINGLE_WORDS: Array<[word: string, unit: Unit]> = [
  ['WEEK', 'WEEK'], ['MONTH', 'MONTH'], ['QUARTER', 'QUARTER'], ['YEAR', 'YEAR'],
  ['FISCAL_QUARTER', 'QUARTER'], ['FISCAL_YEAR', 'YEAR'],
];

/** Every relative literal the sandbox knows, by name. */
const LITERALS: ReadonlyMap<string, LiteralSpec> = new Map<string, LiteralSpec>([
  ['TODAY', { unit: 'DAY', shape: 'THIS' }],
  ['YESTERDAY', { unit: 'DAY', shape: 'LAST' }],
  ['TOMORROW', { unit: 'DAY', shape: 'NEXT' }],
  ['LAST_90_DAYS', { unit: 'DAY', shape: 'LAST_N', fixedN: 90 }],
  ['NEXT_90_DAYS', { unit: 'DAY', shape: 'NEXT_N', fixedN: 90 }],
  ...SINGLE_WORDS.flatMap(([word, unit]): Array<[string, LiteralSpec]> => [
    [`THIS_${word}`, { unit, shape: 'THIS' }],
    [`LAST_${word}`, { unit, shape: 'LAST' }],
    [`NEXT_${word}`, { unit, shape: 'NEXT' }],
  ]),
  ...UNIT_WORDS.flatMap(([word, unit]): Array<[string, LiteralSpec]> => [
    [`LAST_N_${word}`, { unit, shape: 'LAST_N' }],
    [`NEXT_N_${word}`, { unit, shape: 'NEXT_N' }],
    [`N_${word}_AGO`, { unit, shape: 'N_AGO' }],
  ]),
]);

/** Whether `name` (any case) is a relative date literal, and whether it takes `:n`. */
export function relativeLiteralArity(name: string): 'plain' | 'with-n' | undefined {
  const spec = LITERALS.get(name.toUpperCase());
  if (!spec) return undefined;
  return spec.fixedN === undefined && (spec.shape === 'LAST_N' || spec.shape === 'NEXT_N' || spec.shape === 'N_AGO') ? 'with-n' : 'plain';
}

/** Midnight UTC starting the period `k` units away from the one holding `nowMs` (k = 0: the current one). */
function periodStart(unit: Unit, nowMs: number, k: number): number {
  const now = new Date(nowMs);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const today = Date.UTC(y, m, now.getUTCDate());
  switch (unit) {
    case 'DAY': return today + k * DAY_MS;
    case 'WEEK': return today - now.getUTCDay() * DAY_MS + k * 7 * DAY_MS;
    case 'MONTH': return Date.UTC(y, m + k, 1);
    case 'QUARTER': return Date.UTC(y, m - (m % 3) + 3 * k, 1);
    case 'YEAR': return Date.UTC(y + k, 0, 1);
  }
}

/** The range a relative literal covers at `nowMs`; `n` is the number after the colon when it takes one. */
export function relativeRange(name: string, n: number | undefined, nowMs: number): DateRange {
  const spec = LITERALS.get(name.toUpperCase());
  if (!spec) throw new Error(`not a date literal: ${name}`);
  const count = spec.fixedN ?? n ?? 1;
  const p = (k: number) => periodStart(spec.unit, nowMs, k);
  switch (spec.shape) {
    case 'THIS': return { startMs: p(0), endMs: p(1) };
    case 'LAST': return { startMs: p(-1), endMs: p(0) };
    case 'NEXT': return { startMs: p(1), endMs: p(2) };
    // LAST_N_DAYS:n includes today ("LAST_N_DAYS:1 includes yesterday and today"); the longer units stop
    // at the end of the previous period.
    case 'LAST_N': return { startMs: p(-count), endMs: spec.unit === 'DAY' ? p(1) : p(0) };
    case 'NEXT_N': return { startMs: p(1), endMs: p(1 + count) };
    case 'N_AGO': return { startMs: p(-count), endMs: p(-count + 1) };
  }
}

/** Midnight UTC of a `YYYY-MM-DD` literal; undefined for an impossible date (2024-02-30). */
export const parseDateLiteral = parseSfDate;

/** The instant of a datetime literal (seconds required) with its zone offset applied; undefined when a part is out of range. */
export function parseDateTimeLiteral(text: string): number | undefined {
  return parseSfDateTime(text, { requireSeconds: true });
}
