import { endpointTable } from '../endpoint-table.ts';
import { count, ratio, text } from '../format.ts';
import type { SuiteTable } from '../suite.ts';
import type { Column } from '../table.ts';
import type { JsonValue, Row } from '../types.ts';

// The sync benchmark's tables: one line per run (per-record larger sizes projected), the settling
// runs, and the calls per endpoint. Seconds here are whole runs, so one format for all.

const secs = (value: JsonValue | undefined) => (typeof value === 'number' ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} s` : '–');
const mb = (value: JsonValue | undefined) => (typeof value === 'number' ? `${value.toFixed(0)} MB` : '–');
const verdict = (value: JsonValue | undefined) => (value === true ? 'yes' : value === false ? 'NO' : '–');
const exact = (value: JsonValue | undefined, row: Row) => (value === true ? 'yes' : value === false ? `NO (${count(row.mismatches)})` : '–');
const mode = (value: JsonValue | undefined, row: Row) => `${text(value)}${row.projected === true ? ' (projected)' : ''}`;

const runColumns: Column[] = [
  { key: 'records', header: 'N', format: count },
  { key: 'mode', header: 'mode', format: mode, align: 'left' },
  { key: 'changed', header: 'changed', format: count },
  { key: 'salesforceCalls', header: 'SF calls', format: count },
  { key: 'hubspotCalls', header: 'HS calls', format: count },
  { key: 'apiCalls', header: 'calls', format: count },
  { key: 'minCalls', header: 'minimum', format: count },
  { key: 'callsOverMin', header: 'calls/min', format: (value) => ratio(value, 3) },
  { key: 'callsOk', header: '≤1.05×+2', format: verdict },
  { key: 'wallSeconds', header: 'wall', format: secs },
  { key: 'boundSeconds', header: 'bound', format: secs },
  { key: 'wallOverBound', header: 'wall/bound', format: (value) => ratio(value, 3) },
  { key: 'wallOk', header: '≤1.15×+2s', format: verdict },
  { key: 'syncCpuSeconds', header: 'sync CPU', format: secs },
  { key: 'sandboxCpuSeconds', header: 'sandbox CPU', format: secs },
  { key: 'peakRssMB', header: 'peak RSS', format: mb },
  { key: 'finalStateExact', header: 'exact', format: exact },
];

const settleColumns: Column[] = [
  { key: 'records', header: 'N', format: count },
  { key: 'settleCalls', header: 'calls', format: count },
  { key: 'settleHubspotCalls', header: 'HS search calls', format: count },
  { key: 'settleSeconds', header: 'wall', format: secs },
  { key: 'settleSandboxCpuSeconds', header: 'sandbox CPU', format: secs },
  { key: 'settleRssMB', header: 'peak RSS', format: mb },
];

export function syncTables(rows: Row[], timeScale: number): SuiteTable[] {
  const scale = timeScale === 1 ? 'real rate limit' : `rate windows ${timeScale}× shorter (--time-scale ${timeScale})`;
  const measured = rows.filter((row) => row.projected !== true && row.error === undefined);
  return [
    { title: `Sync, Salesforce → HubSpot (30% already in HubSpot, unlinked), ${scale}`, columns: runColumns, rows },
    { title: 'Settling incremental run after each full run (not timed against a bound: it reads every written contact back)', columns: settleColumns, rows: rows.filter((row) => row.settleCalls !== undefined) },
    { title: 'Sync: calls per endpoint (sandbox ledgers, OAuth left out)', ...endpointTable(measured, [runColumns[0]!, runColumns[1]!]) },
  ];
}
