import type { BenchCheckResult } from '../../../src/sandbox-kit/bench-people.ts';
import type { JsonValue, Row } from '../types.ts';
import type { SyncMode } from './args.ts';
import type { BenchVendor, VendorCalls } from './controls.ts';
import type { Minimum } from './minimum.ts';
import { RSS_TARGET_MB, boundSeconds, callsWithinTarget, wallWithinTarget } from './minimum.ts';

// One row per run (and per projection of the per-record run): the JSON line fields first,
// then the split by vendor, the targets met, and what the final-state check found.

export interface RunFacts {
  mode: SyncMode;
  records: number;
  changed: number;
  minimum: Minimum;
  calls: Record<BenchVendor, VendorCalls>;
  wallSeconds: number;
  timeScale: number;
  peakRssMB: number;
  checks?: Record<BenchVendor, BenchCheckResult>;
  /** Extra columns (the sync's own call count, the process time, the settling run…). */
  extra?: Row;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function checkSummary(checks: Record<BenchVendor, BenchCheckResult> | undefined): Row {
  if (!checks) return { finalStateExact: null };
  const examples = [...checks.salesforce.examples, ...checks.hubspot.examples].slice(0, 5);
  return {
    finalStateExact: checks.salesforce.exact && checks.hubspot.exact,
    checkedRecords: checks.salesforce.checked + checks.hubspot.checked,
    mismatches: checks.salesforce.mismatches + checks.hubspot.mismatches,
    ...(examples.length > 0 ? { mismatchExamples: examples } : {}),
  };
}

/** The ledgers' endpoints of both vendors, for the endpoint table (endpoint-table.ts). */
function endpointsOf(calls: Record<BenchVendor, VendorCalls>): JsonValue {
  return (['salesforce', 'hubspot'] as const).flatMap((vendor) => calls[vendor].endpoints.map((e) => ({ endpoint: `${vendor} ${e.endpoint}`, calls: e.calls, byStatus: e.byStatus })));
}

export function rowOf(facts: RunFacts): Row {
  const apiCalls = facts.calls.salesforce.calls + facts.calls.hubspot.calls;
  const bound = boundSeconds(facts.minimum, facts.timeScale);
  return {
    bench: 'sync', mode: facts.mode, records: facts.records, changed: facts.changed, apiCalls, minCalls: facts.minimum.total,
    wallSeconds: round(facts.wallSeconds, 3), boundSeconds: round(bound, 3), timeScale: facts.timeScale, peakRssMB: round(facts.peakRssMB, 1),
    ...checkSummary(facts.checks),
    salesforceCalls: facts.calls.salesforce.calls, hubspotCalls: facts.calls.hubspot.calls,
    minSalesforce: facts.minimum.salesforce, minHubspot: facts.minimum.hubspot,
    callsOverMin: apiCalls / facts.minimum.total, wallOverBound: facts.wallSeconds / bound,
    callsOk: callsWithinTarget(apiCalls, facts.minimum.total), wallOk: wallWithinTarget(facts.wallSeconds, bound), rssOk: facts.peakRssMB < RSS_TARGET_MB,
    endpoints: endpointsOf(facts.calls),
    ...facts.extra,
  };
}

/** The per-record run at 1,000 records, scaled to `records` (calls and time grow with every record). */
export function projectedRow(measured: Row, records: number, minimum: Minimum): Row {
  const factor = records / Number(measured.records);
  const apiCalls = Math.round(Number(measured.apiCalls) * factor);
  const wallSeconds = Number(measured.wallSeconds) * factor;
  const bound = boundSeconds(minimum, Number(measured.timeScale));
  return {
    bench: 'sync', mode: 'per-record', records, changed: records, apiCalls, minCalls: minimum.total,
    wallSeconds: round(wallSeconds, 3), boundSeconds: round(bound, 3), timeScale: measured.timeScale ?? null, peakRssMB: measured.peakRssMB ?? null,
    finalStateExact: null, projected: true,
    salesforceCalls: Math.round(Number(measured.salesforceCalls) * factor), hubspotCalls: Math.round(Number(measured.hubspotCalls) * factor),
    minSalesforce: minimum.salesforce, minHubspot: minimum.hubspot,
    callsOverMin: apiCalls / minimum.total, wallOverBound: wallSeconds / bound,
    callsOk: callsWithinTarget(apiCalls, minimum.total), wallOk: wallWithinTarget(wallSeconds, bound), rssOk: null,
  };
}

/** The JSON line `--json` prints per run: exactly the fields, in its order. */
export function jsonLine(row: Row): string {
  const keys = ['bench', 'mode', 'records', 'changed', 'apiCalls', 'minCalls', 'wallSeconds', 'boundSeconds', 'timeScale', 'peakRssMB', 'finalStateExact'];
  const line: Row = Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));
  if (row.projected === true) line.projected = true;
  return JSON.stringify(line);
}
