import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/sandbox-kit/index.ts';
import { parseDateLiteral, parseDateTimeLiteral, relativeRange } from '../../../../connectors/salesforce/sandbox/soql/date-literals.ts';
import { QueryEngine } from '../../../../connectors/salesforce/sandbox/soql/query-engine.ts';
import { ID, fixtureSource } from './fixture-org.ts';

// Relative date literals as ranges of whole UTC days from the sandbox clock
// (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm):
// weeks start on Sunday (en_US), the fiscal year is the calendar year (Salesforce's default),
// LAST_N_DAYS:n includes today, NEXT_N_DAYS:n starts tomorrow.

const at = (iso: string) => Date.parse(iso);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function range(literal: string, nowIso: string): [string, string] {
  const [name, n] = literal.split(':');
  const { startMs, endMs } = relativeRange(name ?? '', n === undefined ? undefined : Number(n), at(nowIso));
  return [new Date(startMs).toISOString().slice(0, 10), new Date(endMs).toISOString().slice(0, 10)];
}

// [literal, clock, first day in range, first day after it]
const RANGES: Array<[string, string, string, string]> = [
  ['TODAY', '2024-03-15T12:00:00Z', '2024-03-15', '2024-03-16'],
  ['TODAY', '2024-03-15T23:59:59.999Z', '2024-03-15', '2024-03-16'],
  ['YESTERDAY', '2024-03-01T00:00:00Z', '2024-02-29', '2024-03-01'],
  ['TOMORROW', '2023-12-31T18:00:00Z', '2024-01-01', '2024-01-02'],
  ['LAST_N_DAYS:1', '2024-03-15T12:00:00Z', '2024-03-14', '2024-03-16'],
  ['LAST_N_DAYS:0', '2024-03-15T12:00:00Z', '2024-03-15', '2024-03-16'],
  ['LAST_N_DAYS:30', '2024-03-15T12:00:00Z', '2024-02-14', '2024-03-16'],
  ['LAST_90_DAYS', '2024-03-15T12:00:00Z', '2023-12-16', '2024-03-16'],
  ['NEXT_N_DAYS:7', '2024-03-15T12:00:00Z', '2024-03-16', '2024-03-23'],
  ['NEXT_90_DAYS', '2024-03-15T12:00:00Z', '2024-03-16', '2024-06-14'],
  ['N_DAYS_AGO:3', '2024-03-15T12:00:00Z', '2024-03-12', '2024-03-13'],
  ['THIS_WEEK', '2024-03-15T12:00:00Z', '2024-03-10', '2024-03-17'],
  ['THIS_WEEK', '2024-03-10T00:00:00Z', '2024-03-10', '2024-03-17'],
  ['THIS_WEEK', '2024-03-09T23:59:59Z', '2024-03-03', '2024-03-10'],
  ['LAST_WEEK', '2024-03-15T12:00:00Z', '2024-03-03', '2024-03-10'],
  ['NEXT_WEEK', '2024-03-15T12:00:00Z', '2024-03-17', '2024-03-24'],
  ['LAST_N_WEEKS:2', '2024-03-15T12:00:00Z', '2024-02-25', '2024-03-10'],
  ['NEXT_N_WEEKS:2', '2024-03-15T12:00:00Z', '2024-03-17', '2024-03-31'],
  ['THIS_MONTH', '2024-02-29T12:00:00Z', '2024-02-01', '2024-03-01'],
  ['LAST_MONTH', '2024-03-31T12:00:00Z', '2024-02-01', '2024-03-01'],
  ['LAST_MONTH', '2024-01-15T12:00:00Z', '2023-12-01', '2024-01-01'],
  ['NEXT_MONTH', '2024-12-31T12:00:00Z', '2025-01-01', '2025-02-01'],
  ['LAST_N_MONTHS:3', '2024-03-15T12:00:00Z', '2023-12-01', '2024-03-01'],
  ['NEXT_N_MONTHS:2', '2024-03-15T12:00:00Z', '2024-04-01', '2024-06-01'],
  ['N_MONTHS_AGO:1', '2024-03-15T12:00:00Z', '2024-02-01', '2024-03-01'],
  ['THIS_QUARTER', '2024-03-31T23:00:00Z', '2024-01-01', '2024-04-01'],
  ['THIS_QUARTER', '2024-11-02T00:00:00Z', '2024-10-01', '2025-01-01'],
  ['LAST_QUARTER', '2024-02-10T00:00:00Z', '2023-10-01', '2024-01-01'],
  ['NEXT_QUARTER', '2024-11-02T00:00:00Z', '2025-01-01', '2025-04-01'],
  ['LAST_N_QUARTERS:2', '2024-05-05T00:00:00Z', '2023-10-01', '2024-04-01'],
  ['NEXT_N_QUARTERS:2', '2024-05-05T00:00:00Z', '2024-07-01', '2025-01-01'],
  ['THIS_YEAR', '2024-03-15T12:00:00Z', '2024-01-01', '2025-01-01'],
  ['LAST_YEAR', '2024-03-15T12:00:00Z', '2023-01-01', '2024-01-01'],
  ['NEXT_YEAR', '2024-03-15T12:00:00Z', '2025-01-01', '2026-01-01'],
  ['LAST_N_YEARS:2', '2024-03-15T12:00:00Z', '2022-01-01', '2024-01-01'],
  ['N_YEARS_AGO:1', '2024-03-15T12:00:00Z', '2023-01-01', '2024-01-01'],
  ['THIS_FISCAL_QUARTER', '2024-03-15T12:00:00Z', '2024-01-01', '2024-04-01'],
  ['LAST_FISCAL_YEAR', '2024-03-15T12:00:00Z', '2023-01-01', '2024-01-01'],
  ['NEXT_N_FISCAL_QUARTERS:1', '2024-03-15T12:00:00Z', '2024-04-01', '2024-07-01'],
];

describe('relative date literals', () => {
  it.each(RANGES)('%s at %s covers [%s, %s)', (literal, now, start, end) => {
    expect(range(literal, now)).toEqual([start, end]);
  });

  it('evaluates against the sandbox clock each time a query runs', () => {
    const clock = new ManualClock(at('2024-03-15T12:00:00Z'));
    const engine = new QueryEngine(fixtureSource(), { now: () => clock.now() });
    const page = { apiVersion: '62.0', resource: 'query' as const, pageSize: 2000 };
    const today = () => engine.run('SELECT Id FROM Lead WHERE CreatedDate = TODAY', page).records.map((r) => r.Id);
    expect(today()).toEqual([ID.L1]);
    clock.set(at('2024-03-14T08:00:00Z'));
    expect(today()).toEqual([ID.L2]);
    clock.advance(86_400_000 * 365);
    expect(today()).toEqual([]);
  });
});

describe('absolute date and datetime literals', () => {
  it.each([
    ['2024-01-15T10:30:00Z', '2024-01-15T10:30:00.000Z'],
    ['2024-01-15T10:30:00.000+0000', '2024-01-15T10:30:00.000Z'],
    ['2024-01-15T10:30:00.5+01:00', '2024-01-15T09:30:00.500Z'],
    ['2024-01-15T10:30:00-0800', '2024-01-15T18:30:00.000Z'],
  ])('reads %s as %s', (literal, iso) => {
    expect(parseDateTimeLiteral(literal)).toBe(Date.parse(iso));
  });

  it('reads dates as midnight UTC and rejects impossible ones', () => {
    expect(parseDateLiteral('2024-02-29')).toBe(day('2024-02-29'));
    expect(parseDateLiteral('2023-02-29')).toBeUndefined();
    expect(parseDateTimeLiteral('2024-01-15T24:00:00Z')).toBeUndefined();
  });
});
