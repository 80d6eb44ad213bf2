import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import type { SandboxContext, VendorSandbox } from './contract.ts';
import type { DemoDataSet } from '../demo/dataset.ts';
import { FaultSpec } from './faults.ts';

const SeedRequest = z.object({ size: z.number().int().min(0).max(100_000), seed: z.number().int().optional() }).strict();
const LatencyRequest = z.object({ ms: z.number().int().min(0).max(120_000) }).strict();

/**
 * Sandbox-only controls under `/<vendor>/__sandbox`: inspect and reset state, read the call ledger,
 * inject faults, set latency, reseed. None of this exists on the real vendors.
 */
export function controlsRouter(
  ctx: SandboxContext,
  sandbox: VendorSandbox,
  options: { seedFor?: (size: number, seed?: number) => DemoDataSet; from: 'loopback' | 'open' },
): Router {
  const { seedFor } = options;
  const router = express.Router();
  // The controls hand out never-expiring tokens and rewrite state: not for whoever can reach the port.
  if (options.from === 'loopback') {
    router.use((req, res, next) => {
      if (isLoopback(req.socket.remoteAddress)) return next();
      res.status(403).json({ error: 'controls_loopback_only', message: 'sandbox controls answer loopback callers only; set SANDBOX_CONTROLS=open to allow others' });
    });
  }
  router.use(express.json({ limit: '1mb' }));

  router.get('/state', (_req, res) => {
    res.json(sandbox.inspect());
  });
  router.post('/reset', (_req, res) => {
    sandbox.reset();
    ctx.faults.clear();
    ctx.faults.restoreDefaultLatency();
    res.status(204).end();
  });
  router.post('/seed', (req, res) => {
    const parsed = SeedRequest.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json(controlError(parsed.error));
    if (!seedFor) return void res.status(409).json({ error: 'no_seed_source', message: 'this host was started without a demo data source' });
    sandbox.seed(seedFor(parsed.data.size, parsed.data.seed));
    res.status(204).end();
  });
  router.get('/token', (_req, res) => {
    res.json({ accessToken: sandbox.readyAccessToken() });
  });
  router.get('/ledger', (_req, res) => {
    res.json(ctx.ledger.summary());
  });
  router.delete('/ledger', (_req, res) => {
    ctx.ledger.clear();
    res.status(204).end();
  });
  router.get('/faults', (_req, res) => {
    res.json({ faults: ctx.faults.list(), latencyMs: ctx.faults.defaultLatency() });
  });
  router.post('/faults', (req, res) => {
    const specs = Array.isArray(req.body) ? req.body : [req.body];
    const parsed = z.array(FaultSpec).safeParse(specs);
    if (!parsed.success) return void res.status(400).json(controlError(parsed.error));
    res.status(201).json({ ids: parsed.data.map((spec) => ctx.faults.inject(spec)) });
  });
  router.delete('/faults', (_req, res) => {
    ctx.faults.clear();
    res.status(204).end();
  });
  router.put('/latency', (req, res) => {
    const parsed = LatencyRequest.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json(controlError(parsed.error));
    ctx.faults.setDefaultLatency(parsed.data.ms);
    res.status(204).end();
  });
  if (sandbox.controls) router.use(sandbox.controls);
  router.use((req, res) => {
    res.status(404).json({ error: 'unknown_control', message: `no sandbox control ${req.method} ${req.path}` });
  });
  return router;
}

/** A control's body parsed with its schema, or undefined after answering 400 with every issue. */
export function parseControl<T extends z.ZodType>(schema: T, input: unknown, res: Response): z.output<T> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  res.status(400).json(controlError(result.error));
  return undefined;
}

function controlError(error: z.ZodError) {
  return {
    error: 'invalid_control',
    issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}
