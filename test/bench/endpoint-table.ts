import type { EndpointCount } from '../../src/sandbox-kit/index.ts';
import { count, text } from './format.ts';
import type { Column } from './table.ts';
import type { JsonValue, Row } from './types.ts';

// The second table of the sandbox benchmarks: a sandbox ledger's calls per endpoint and status, one
// line per endpoint of each row.

/** A ledger's per-endpoint counts as they are kept in a row (and its JSON). */
export function endpointsOf(endpoints: readonly EndpointCount[]): JsonValue {
  return endpoints.map((endpoint) => ({ endpoint: endpoint.endpoint, calls: endpoint.calls, byStatus: endpoint.byStatus }));
}

/** Adds the endpoint, calls and by-status columns after the given leading ones (copied from each row). */
export function endpointTable(rows: Row[], leading: Column[]): { columns: Column[]; rows: Row[] } {
  const columns: Column[] = [
    ...leading,
    { key: 'endpoint', header: 'endpoint (sandbox ledger)', format: text, align: 'left' },
    { key: 'calls', header: 'calls', format: count },
    { key: 'byStatus', header: 'by status', format: text, align: 'left' },
  ];
  const lines = rows.flatMap((row) => {
    const endpoints = Array.isArray(row.endpoints) ? row.endpoints : [];
    return endpoints.map((entry: JsonValue) => {
      const endpoint = entry as { endpoint: string; calls: number; byStatus: Record<string, number> };
      const byStatus = Object.entries(endpoint.byStatus).map(([status, calls]) => `${status}×${calls}`).join(' ');
      const line: Row = { endpoint: endpoint.endpoint, calls: endpoint.calls, byStatus };
      for (const column of leading) line[column.key] = row[column.key] ?? null;
      return line;
    });
  });
  return { columns, rows: lines };
}
