import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/child-process.ts';
import type { RunningCli } from '../support/child-process.ts';

const started: RunningCli[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((cli) => cli.stop()));
});

const dataDir = () => mkdtempSync(join(tmpdir(), 'revops-sync-'));

function cli(args: string[], env: Record<string, string>): RunningCli {
  const running = runCli(args, env);
  started.push(running);
  return running;
}

async function finished(running: RunningCli): Promise<{ code: number | null; stdout: string[] }> {
  const code = await new Promise<number | null>((done) => (running.child.exitCode !== null ? done(running.child.exitCode) : running.child.once('exit', done)));
  return { code, stdout: running.lines.stdout };
}

describe('revops sync', () => {
  it('syncs the demo data between in-process sandboxes and prints a summary', async () => {
    const { code, stdout } = await finished(cli(['sync'], { DATA_DIR: dataDir(), SANDBOX_SEED_SIZE: '200' }));
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^Contact sync \(incremental\) for Salesforce org /);
    expect(stdout.join('\n')).toMatch(/API calls \d+/);
  });

  it('against a running revops sandbox, keeps its checkpoints so the next run writes nothing', async () => {
    const sandbox = cli(['sandbox', '--port', '0', '--seed', '200'], { DATA_DIR: dataDir() });
    const announced = JSON.parse((await sandbox.waitForLine('stdout', (line) => line.startsWith('{"sandbox"'))).line) as { sandbox: { hubspot: { baseUrl: string } } };
    const root = announced.sandbox.hubspot.baseUrl.replace(/\/hubspot$/, '');
    const env = { DATA_DIR: dataDir() };
    const first = await finished(cli(['sync', '--full', '--sandbox-url', root, '--json'], env));
    const second = await finished(cli(['sync', '--sandbox-url', root, '--json'], env));
    expect([first.code, second.code]).toEqual([0, 0]);
    const [full, incremental] = [first, second].map((run) => JSON.parse(run.stdout[0]!) as { mode: string; applied: Record<'updated' | 'created', { crm: number; marketing: number }> });
    expect(full!.mode).toBe('full');
    expect(full!.applied.created.marketing + full!.applied.updated.marketing).toBeGreaterThan(0);
    expect([incremental!.applied.updated, incremental!.applied.created]).toEqual([{ crm: 0, marketing: 0 }, { crm: 0, marketing: 0 }]);
  });

  it('with --dry-run writes nothing and saves the plan it printed the summary of', async () => {
    const dir = dataDir();
    const { code, stdout } = await finished(cli(['sync', '--dry-run'], { DATA_DIR: dir, SANDBOX_SEED_SIZE: '100' }));
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/dry run: nothing written/);
    const [plan] = readdirSync(join(dir, 'plans'));
    expect(readFileSync(join(dir, 'plans', plan!), 'utf8')).toMatch(/^Plan: \d+ matched/m);
  });
});
