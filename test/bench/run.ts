// npm run bench -- [--sizes 1000,10k,1M] [--only demo|hubspot|salesforce] [--skip-paced]
// Each job runs in its own child process; tables go to stdout, rows to test/bench/out/<name>.json.
import { parseBenchArgs, USAGE } from './args.ts';
import { runInChild } from './child-runner.ts';
import { demoSuite } from './demo-data.ts';
import { hubspotSuite } from './hubspot-sandbox.ts';
import { salesforceSuite } from './salesforce-sandbox.ts';
import { writeRows } from './output.ts';
import type { BenchSuite } from './suite.ts';
import { renderTable } from './table.ts';
import type { Row } from './types.ts';

const SUITES: BenchSuite[] = [demoSuite, hubspotSuite, salesforceSuite];

async function runSuite(suite: BenchSuite, args: Exclude<ReturnType<typeof parseBenchArgs>, 'help'>): Promise<void> {
  const rows: Row[] = [];
  for (const spec of suite.jobs(args)) {
    process.stderr.write(`${suite.name}: ${JSON.stringify(spec.job)}\n`);
    try {
      rows.push(await runInChild(spec));
    } catch (err) {
      // One failed size does not lose the others: it shows as a row of dashes, and the run exits non-zero.
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
      rows.push({ ...spec.job, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
    }
  }
  for (const table of suite.tables(rows)) process.stdout.write(`\n### ${table.title}\n\n${renderTable(table.columns, table.rows)}\n`);
  process.stderr.write(`\nrows written to ${writeRows(suite.name, rows)}\n`);
}

function argsOrExit(): ReturnType<typeof parseBenchArgs> {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\nusage: ${USAGE}`);
    process.exit(2);
  }
}

const args = argsOrExit();
if (args === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  for (const suite of SUITES.filter((s) => args.only.includes(s.key))) await runSuite(suite, args);
}
