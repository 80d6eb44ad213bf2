import express from 'express';
import type { VendorSandbox, VendorSandboxFactory } from '../../src/sandbox-kit/index.ts';
import { requireBearer, tokenOf } from '../../src/sandbox-kit/index.ts';

/**
 * The smallest vendor a kit test needs: one authenticated route, one public route, error shapes
 * that name themselves so a test can tell the kit answered on the vendor's behalf.
 */
export const echoVendor: VendorSandboxFactory = (ctx) => {
  let items: string[] = ['seeded'];
  const errors: VendorSandbox['errors'] = {
    rateLimited: ({ retryAfterSeconds }) => ({
      status: 429,
      headers: retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) },
      body: { echo: 'rate_limited' },
    }),
    serverError: ({ status }) => ({ status, body: { echo: 'server_error', status } }),
    unauthorized: ({ reason }) => ({ status: 401, body: { echo: 'unauthorized', reason } }),
    badRequest: ({ message }) => ({ status: 400, body: { echo: 'bad_request', message } }),
    notFound: () => ({ status: 404, body: { echo: 'not_found' } }),
  };
  const ready = ctx.tokens.issue({ subject: 'acct-1', scopes: ['all'], ttlSeconds: null });
  const router = express.Router();
  router.use(express.json());
  router.get('/public/ping', (_req, res) => void res.json({ pong: true }));
  router.use('/api', requireBearer(ctx, errors));
  router.get('/api/items/:id', (req, res) => void res.json({ id: req.params.id, subject: tokenOf(res).subject }));
  router.post('/api/items', (req, res) => {
    items.push(String((req.body as { name?: unknown }).name));
    res.status(201).json({ count: items.length });
  });
  router.get('/api/crash', () => {
    throw new Error('secret internal detail');
  });
  return {
    vendor: ctx.vendor,
    router,
    errors,
    inspect: () => ({ items }),
    reset: () => void (items = ['seeded']),
    seed: () => void (items = ['reseeded']),
    readyAccessToken: () => ready.accessToken,
  };
};
