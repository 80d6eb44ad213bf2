import express from 'express';
import type { Express, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.ts';
import { healthRoutes } from './routes/health.ts';
import type { HealthState } from './routes/health.ts';

export interface ServerApp {
  readonly app: Express;
  /** Mounts the in-process sandboxes under /sandbox once they are built (after the server listens). */
  mountSandboxes(handler: RequestHandler): void;
}

/** The app's HTTP surface. Later issues add OAuth install, webhooks and admin pages here. */
export function createServerApp(options: { log: Logger; health: () => HealthState }): ServerApp {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(options.health));

  let sandboxes: RequestHandler | undefined;
  app.use('/sandbox', (req, res, next) => {
    if (sandboxes) return sandboxes(req, res, next);
    res.status(503).json({ error: 'sandboxes_starting', message: 'the embedded sandboxes are still starting' });
  });

  app.get('/', (_req, res) => {
    res.type('text/plain').send('revops-connector is running. Health: /healthz\n');
  });
  app.use((req, res) => {
    res.status(404).json({ error: 'not_found', message: `no route ${req.method} ${req.path}` });
  });
  return {
    app,
    mountSandboxes(handler) {
      sandboxes = handler;
    },
  };
}
