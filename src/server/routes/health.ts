import express from 'express';
import type { Router } from 'express';

export type StartupPhase = 'starting' | 'seeding' | 'ready' | 'failed';

export interface HealthState {
  phase: StartupPhase;
  mode: 'sandbox' | 'live';
  startedAt: string;
  detail?: string;
}

/**
 * `GET /healthz` answers as soon as the server listens, before seeding or any sync: the process is
 * alive. The body says how far start-up got, so an operator can tell "up" from "ready".
 */
export function healthRoutes(state: () => HealthState): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    const current = state();
    res.status(current.phase === 'failed' ? 503 : 200).json({ status: current.phase === 'failed' ? 'failing' : 'ok', ...current });
  });
  return router;
}
