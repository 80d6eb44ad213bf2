import { Command, InvalidArgumentError, Option } from 'commander';
import { loadEnv } from './config/load-env.ts';
import { ConfigError } from './config/env.ts';
import type { Env } from './config/env.ts';
import { createLogger } from './logging/logger.ts';
import type { LogDestination } from './logging/logger.ts';
import { startApp } from './commands/start.ts';
import { runSandboxCommand, sandboxAnnouncement } from './commands/sandbox.ts';
import { runSalesforceCheck, salesforceCheckFailure } from './commands/salesforce-check.ts';
import { runSyncCommand } from './commands/sync.ts';
import { describeListenError } from './http/listen.ts';

/** A start-up failure an operator can fix gets one clear line and exit code 1, not a stack trace. */
function exitOnListenError(err: unknown, port: number, host: string): never {
  const described = describeListenError(err, port, host);
  if (!described) throw err;
  console.error(described);
  process.exit(1);
}

function wholeNumber(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new InvalidArgumentError(`${name} must be a whole number from 0 to ${max}`);
    return n;
  };
}

/** Benchmarks' --time-scale: the rate limits' windows run K times faster (1 = real time). */
function timeScale(value: string): number {
  const k = Number(value);
  if (!Number.isFinite(k) || k < 1 || k > 1000) throw new InvalidArgumentError('--time-scale must be a number from 1 to 1000');
  return k;
}

/** Hidden from --help: only `npm run bench:sync` uses it (docs/benchmarks.md). */
const timeScaleOption = () => new Option('--time-scale <k>', 'benchmarks only: HubSpot\'s rate windows run K times faster').argParser(timeScale).default(1).hideHelp();

function httpUrl(name: string) {
  return (value: string): string => {
    const protocol = URL.canParse(value) ? new URL(value).protocol : '';
    if (protocol !== 'https:' && protocol !== 'http:') throw new InvalidArgumentError(`${name} must be a URL such as https://acme.my.salesforce.com`);
    return value;
  };
}

/** Config is parsed once per command; a bad setting stops the command naming the variable. */
function configured(destination: LogDestination): { env: Env; log: ReturnType<typeof createLogger> } {
  try {
    const env = loadEnv();
    return { env, log: createLogger({ level: env.LOG_LEVEL, destination }) };
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

function stopOnSignals(close: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().finally(() => process.exit(0));
    });
  }
}

const program = new Command()
  .name('revops')
  .description('Keeps one CRM the single source of truth for the go-to-market stack.');

program
  .command('start')
  .description('serve the app; with no vendor credentials, on the embedded sandboxes seeded with demo data')
  .action(async () => {
    const { env, log } = configured('stdout');
    const app = await startApp(env, log).catch((err: unknown) => {
      if (err instanceof ConfigError) {
        console.error(err.message);
        process.exit(78);
      }
      return exitOnListenError(err, env.PORT, env.HOST);
    });
    stopOnSignals(app.close);
  });

program
  .command('sandbox')
  .description('run the vendor sandboxes alone; prints one JSON line with base URLs and access tokens on stdout')
  .option('--port <n>', 'port to listen on (0 = any free port)', wholeNumber('--port', 65535), 0)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option('--seed <size>', 'demo contacts to seed', wholeNumber('--seed', 100_000), 1000)
  .option('--latency <ms>', 'latency added to every call', wholeNumber('--latency', 10_000), 0)
  .addOption(timeScaleOption())
  .action(async (opts: { port: number; host: string; seed: number; latency: number; timeScale: number }) => {
    // stdout carries only the announcement line; logs go to stderr.
    const { env, log } = configured('stderr');
    const options = { port: opts.port, host: opts.host, seedSize: opts.seed, latencyMs: opts.latency, controlsFrom: env.SANDBOX_CONTROLS, timeScale: opts.timeScale };
    const sandboxes = await runSandboxCommand(options, log)
      .catch((err: unknown) => exitOnListenError(err, opts.port, opts.host));
    process.stdout.write(`${sandboxAnnouncement(sandboxes)}\n`);
    stopOnSignals(sandboxes.close);
  });

program
  .command('sync')
  .description('run one contact sync now and print what it did; with no vendor credentials, against sandboxes')
  .option('--full', 'read the CRM from the beginning instead of from the last checkpoint', false)
  .option('--dry-run', 'plan and print (and save under DATA_DIR/plans) without writing anything', false)
  .addOption(new Option('--object <object>', 'what to sync').choices(['contacts']).default('contacts'))
  .option('--sandbox-url <url>', 'the root URL of a running `revops sandbox` (its store is DATA_DIR, so runs follow each other)', httpUrl('--sandbox-url'))
  .option('--json', 'print one JSON line instead of the summary (logs go to stderr)', false)
  .addOption(timeScaleOption())
  .action(async (opts: { full: boolean; dryRun: boolean; object: 'contacts'; sandboxUrl?: string; json: boolean; timeScale: number }) => {
    const { env, log } = configured('stderr');
    try {
      process.exitCode = await runSyncCommand(env, log, opts, { out: (line) => process.stdout.write(`${line}\n`), progress: process.stderr });
    } catch (err) {
      if (err instanceof ConfigError) {
        console.error(err.message);
        process.exit(78);
      }
      log.error({ err }, 'sync stopped');
      console.error(`sync stopped: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  });

const salesforceCommands = program.command('salesforce').description('Salesforce org tools');

salesforceCommands
  .command('check')
  .description('check that an org has the custom fields and field-level security the product needs; exit 1 naming each problem. '
    + 'With no flags, checks an embedded sandbox org')
  .addOption(new Option('--instance-url <url>', 'the org\'s instance URL').env('SALESFORCE_INSTANCE_URL').argParser(httpUrl('--instance-url')))
  .addOption(new Option('--access-token <token>', 'a session of the integration user (set the variable instead to keep it out of the process list)').env('SALESFORCE_ACCESS_TOKEN'))
  .action(async (opts: { instanceUrl?: string; accessToken?: string }) => {
    const { instanceUrl, accessToken } = opts;
    if (!instanceUrl !== !accessToken) {
      console.error('give both --instance-url and --access-token, or neither to check the embedded sandbox org');
      process.exit(2);
    }
    const report = await runSalesforceCheck(instanceUrl && accessToken ? { instanceUrl, accessToken } : undefined).catch((err: unknown) => {
      console.error(salesforceCheckFailure(err));
      return process.exit(2);
    });
    process.stdout.write(report.lines.map((line) => `${line}\n`).join(''));
    process.exitCode = report.exitCode;
  });

await program.parseAsync(process.argv);
