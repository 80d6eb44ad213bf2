import express from 'express';
import { describe, expect, it } from 'vitest';
import { jsonBody, parsePosition, rawBodyLength } from '../../src/sandbox-kit/index.ts';
import type { JsonBodyErrors } from '../../src/sandbox-kit/index.ts';
import { withServer } from './serve.ts';

const errors: JsonBodyErrors = {
  malformed: ({ line, column, message }) => ({ status: 400, body: { kind: 'malformed', line, column, message } }),
  tooLarge: ({ limit, length }) => ({ status: 413, body: { kind: 'too_large', limit, length } }),
};

function app(options: Parameters<typeof jsonBody>[0]) {
  const server = express();
  server.use(...jsonBody(options, errors));
  server.post('/echo', (req, res) => void res.json({ body: req.body as unknown, length: rawBodyLength(req) }));
  return server;
}

const post = (base: string, body: string, type = 'application/json') => fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': type }, body });

describe('JSON bodies', () => {
  it('finds line and column of the parser\'s position', () => {
    expect(parsePosition('{\n  "a": }', 'Unexpected token } in JSON at position 9')).toEqual({ line: 2, column: 8 });
    expect(parsePosition('{"a": ', 'Unexpected end of JSON input')).toEqual({ line: 1, column: 7 });
  });

  it('answers a malformed body through the vendor\'s callback, with the real line and column', async () => {
    await withServer(app({ limit: '1kb' }), async (base) => {
      const res = await post(base, '{\n  "a": 1,\n  "b": }');
      expect(res.status).toBe(400);
      const body = await res.json() as { kind: string; line: number; column: number };
      expect(body).toMatchObject({ kind: 'malformed', line: 3 });
      expect(body.column).toBeGreaterThan(1);
    });
  });

  it('answers an oversized body 413 through the vendor\'s callback, naming the limit', async () => {
    await withServer(app({ limit: '1kb' }), async (base) => {
      const res = await post(base, JSON.stringify({ a: 'x'.repeat(2000) }));
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ kind: 'too_large', limit: '1kb', length: 2008 });
    });
  });

  it('parses the configured content types, any value when not strict, and measures on request', async () => {
    await withServer(app({ limit: '1kb', type: ['application/json', 'application/*+json'], strict: false, measure: true }), async (base) => {
      expect(await (await post(base, '"x"', 'application/vnd.api+json')).json()).toEqual({ body: 'x', length: 3 });
      expect(await (await post(base, '{"é":1}')).json()).toEqual({ body: { é: 1 }, length: 7 });
    });
  });

  it('passes errors it did not make to the next handler', async () => {
    const server = app({ limit: '1kb' });
    server.post('/boom', () => {
      throw new Error('route failed');
    });
    server.use(((_err, _req, res, _next) => void res.status(599).end()) as express.ErrorRequestHandler);
    await withServer(server, async (base) => {
      expect((await fetch(`${base}/boom`, { method: 'POST' })).status).toBe(599);
    });
  });
});
