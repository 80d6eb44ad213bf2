import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import express from 'express';
import { createServerApp } from '../../src/server/app.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { listenOn } from '../../src/http/listen.ts';
import type { HealthState } from '../../src/server/routes/health.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function serve(health: HealthState, lines: string[] = []) {
  const log = createLogger({ stream: new Writable({ write(chunk, _e, done) { lines.push(String(chunk)); done(); } }) });
  const boom = express.Router().get('/boom', () => {
    throw new Error('database password is hunter2');
  });
  const app = createServerApp({ log, health: () => health, routes: [boom] });
  server = await listenOn(app.app, 0, '127.0.0.1');
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const starting: HealthState = { phase: 'starting', mode: 'sandbox', startedAt: '2026-01-01T00:00:00.000Z' };

describe('server app', () => {
  it('answers /healthz while start-up is still under way', async () => {
    const url = await serve(starting);
    const res = await fetch(`${url}/healthz`);
    expect([res.status, ((await res.json()) as { phase: string }).phase]).toEqual([200, 'starting']);
  });

  it('answers /healthz with 503 once start-up has failed', async () => {
    const url = await serve({ ...starting, phase: 'failed', detail: 'store would not open' });
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it('answers the embedded sandboxes path with 503 until they are mounted', async () => {
    const url = await serve(starting);
    expect((await fetch(`${url}/sandbox/hubspot/crm/v3/objects/contacts`)).status).toBe(503);
  });

  it('turns a thrown error into a JSON 500 with an error id, logging the detail instead of showing it', async () => {
    const lines: string[] = [];
    const url = await serve(starting, lines);
    const res = await fetch(`${url}/boom`);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toContain('hunter2');
    const { errorId } = JSON.parse(text) as { errorId: string };
    expect(lines.join('')).toContain(errorId);
  });
});
