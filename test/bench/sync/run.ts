// npm run bench:sync -- [--json] [--sizes 1000,10k,100k] [--time-scale K] [--modes full,incremental,per-record]
// The contact sync, Salesforce → HubSpot, in its own process against `revops sandbox` in another:
// calls against the minimum, wall time against HubSpot's rate limit, the sync's peak RSS, and every
// record checked afterwards. Tables (or, with --json, one line per run) go to stdout, progress to
// stderr, and the rows to test/bench/out/sync.json. docs/benchmarks.md, "Sync".
import { writeRows } from '../output.ts';
import { renderTable } from '../table.ts';
import type { Row } from '../types.ts';
import { parseSyncBenchArgs, USAGE } from './args.ts';
import type { SyncBenchArgs } from './args.ts';
import { syncTables } from './columns.ts';
import { fullMinimum } from './minimum.ts';
import { jsonLine, projectedRow } from './rows.ts';
import { PER_RECORD_SIZE, runPerRecord, runSize } from './scenario.ts';

/**
 * Without --modes, incremental runs up to this size: its settling run reads every contact the full run
 * wrote back through HubSpot search (5 a second, 100 a page), and the sandbox's search scans every
 * contact per call, so at 1M the settling run alone would take hours.
 */
const INCREMENTAL_DEFAULT_MAX = 100_000;

function argsOrExit(): SyncBenchArgs | 'help' {
  try {
    return parseSyncBenchArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\nusage: ${USAGE}`);
    process.exit(2);
  }
}

async function main(args: SyncBenchArgs): Promise<void> {
  const rows: Row[] = [];
  const add = (row: Row) => {
    rows.push(row);
    if (args.json) process.stdout.write(`${jsonLine(row)}\n`);
  };
  const failed = (what: Row, err: unknown) => {
    // One failed size does not lose the others: it shows as a row of dashes, and the run exits non-zero.
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
    rows.push({ ...what, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
  };
  const syncModes = args.modes.filter((mode) => mode !== 'per-record');
  for (const size of syncModes.length > 0 ? args.sizes : []) {
    const incremental = args.modes.includes('incremental') && (args.modesGiven || size <= INCREMENTAL_DEFAULT_MAX);
    try {
      await runSize(size, { modes: args.modes, incremental, timeScale: args.timeScale, onRow: add });
    } catch (err) {
      failed({ records: size, mode: syncModes.join('+') }, err);
    }
  }
  if (args.modes.includes('per-record')) {
    try {
      const measured = await runPerRecord(args.timeScale);
      add(measured);
      for (const size of args.sizes.filter((n) => n !== PER_RECORD_SIZE)) add(projectedRow(measured, size, fullMinimum(size)));
    } catch (err) {
      failed({ records: PER_RECORD_SIZE, mode: 'per-record' }, err);
    }
  }
  if (!args.json) {
    for (const table of syncTables(rows, args.timeScale)) {
      if (table.rows.length > 0) process.stdout.write(`\n### ${table.title}\n\n${renderTable(table.columns, table.rows)}\n`);
    }
  }
  process.stderr.write(`\nrows written to ${writeRows('sync', rows)}\n`);
}

const args = argsOrExit();
if (args === 'help') process.stdout.write(`${USAGE}\n`);
else await main(args);
