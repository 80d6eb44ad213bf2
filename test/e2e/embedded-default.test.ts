import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@hubspot/api-client';
import { Connection } from 'jsforce';
import { runCli } from '../support/child-process.ts';
import type { RunningCli } from '../support/child-process.ts';

let running: RunningCli | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

const dataDir = () => mkdtempSync(join(tmpdir(), 'revops-e2e-'));

describe('npm start on the embedded default', () => {
  it('answers /healthz as soon as it listens, then serves a seeded HubSpot sandbox the SDK can read', async () => {
    running = runCli(['start'], { PORT: '0', DATA_DIR: dataDir(), SANDBOX_SEED_SIZE: '200' });
    const listening = await running.waitForLine('stdout', (_l, json) => json?.msg === 'revops-connector listening');
    const url = String(listening.json?.url);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { mode: string }).mode).toBe('sandbox');

    const sandbox = await running.waitForLine('stdout', (_l, json) => json?.msg === 'sandbox ready' && json.vendor === 'hubspot');
    const baseUrl = String(sandbox.json?.baseUrl);
    const installed = await running.waitForLine('stdout', (_l, json) => json?.msg === 'sandbox tenant installed through OAuth');
    expect([installed.json?.crm, installed.json?.marketing]).toEqual(['salesforce', 'hubspot']);
    await running.waitForLine('stdout', (_l, json) => json?.msg === 'embedded default ready');
    const token = ((await (await fetch(`${baseUrl}/__sandbox/token`)).json()) as { accessToken: string }).accessToken;
    const hubspot = new Client({ accessToken: token, basePath: baseUrl });
    const page = await hubspot.crm.contacts.basicApi.getPage(5);
    expect(page.results).toHaveLength(5);
  });

  it('runs the first contact sync of the installed tenant at once, and logs what it did', async () => {
    running = runCli(['start'], { PORT: '0', DATA_DIR: dataDir(), SANDBOX_SEED_SIZE: '200' });
    const synced = await running.waitForLine('stdout', (_l, json) => json?.msg === 'contact sync finished');
    const read = synced.json?.read as { crm: number; marketing: number };
    expect(read.crm).toBeGreaterThan(0);
    expect(synced.json?.apiCalls).toBeGreaterThan(0);
  });

  it('stops start-up with a message naming a malformed setting', async () => {
    running = runCli(['start'], { PORT: 'eighty', DATA_DIR: dataDir() });
    const code = await new Promise<number | null>((done) => running!.child.once('exit', done));
    expect(code).toBe(78);
    expect(running.lines.stderr.join('\n')).toMatch(/PORT: .*\(got "eighty"\)/);
  });
});

describe('revops sandbox', () => {
  it('prints one JSON line on stdout with each sandbox base URL and a ready token, and logs to stderr', async () => {
    running = runCli(['sandbox', '--port', '0', '--seed', '100'], { DATA_DIR: dataDir() });
    const announced = await running.waitForLine('stdout', (line) => line.startsWith('{"sandbox"'));
    const { sandbox } = JSON.parse(announced.line) as { sandbox: Record<string, { baseUrl: string; accessToken: string }> };
    expect(Object.keys(sandbox)).toContain('hubspot');
    expect(running.lines.stdout).toHaveLength(1);
    expect(running.lines.stderr.length).toBeGreaterThan(0);

    const hubspot = new Client({ accessToken: sandbox.hubspot!.accessToken, basePath: sandbox.hubspot!.baseUrl });
    const created = await hubspot.crm.contacts.basicApi.create({ properties: { email: 'ada@analytical.example', firstname: 'Ada' }, associations: [] });
    expect(created.properties.email).toBe('ada@analytical.example');
  });

  it('announces the Salesforce org by instance URL, seeded from the same demo data, for jsforce', async () => {
    running = runCli(['sandbox', '--port', '0', '--seed', '100'], { DATA_DIR: dataDir() });
    const announced = await running.waitForLine('stdout', (line) => line.startsWith('{"sandbox"'));
    const { salesforce } = (JSON.parse(announced.line) as { sandbox: Record<string, { instanceUrl: string; accessToken: string }> }).sandbox;
    const conn = new Connection({ instanceUrl: salesforce!.instanceUrl, accessToken: salesforce!.accessToken, version: '62.0' });
    const accounts = await conn.query<{ Name: string }>('SELECT Id, Name FROM Account');
    expect(accounts.totalSize).toBeGreaterThan(0);
  });

  it('refuses a port that is not a number with the option named', async () => {
    running = runCli(['sandbox', '--port', 'x']);
    const code = await new Promise<number | null>((done) => running!.child.once('exit', done));
    expect(code).not.toBe(0);
    expect(running.lines.stderr.join('\n')).toMatch(/--port must be a whole number/);
  });
});

describe('a port already in use', () => {
  it('stops npm start with one line naming the port, instead of reporting a start', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = String((blocker.address() as { port: number }).port);
    try {
      running = runCli(['start'], { PORT: port, DATA_DIR: dataDir() });
      const code = await new Promise<number | null>((done) => running!.child.once('exit', done));
      expect(code).toBe(1);
      expect(running.lines.stderr.join('\n')).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(running.lines.stdout.join('\n')).not.toContain('embedded default ready');
    } finally {
      blocker.close();
    }
  });
});
