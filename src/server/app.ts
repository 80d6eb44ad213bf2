import express from 'express';
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.ts';
import { healthRoutes } from './routes/health.ts';
import type { HealthState } from './routes/health.ts';

export interface ServerApp {
  readonly app: Express;
  /** Mounts the in-process sandboxes under /sandbox once they are built (after the server listens). */
  mountSandboxes(handler: RequestHandler): void;
}

/** The app's HTTP surface. Later issues add OAuth install, webhooks and admin pages here. */
export function createServerApp(options: { log: Logger; health: () => HealthState; routes?: RequestHandler[] }): ServerApp {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(options.health));

  let sandboxes: RequestHandler | undefined;
  app.use('/sandbox', (req, res, next) => {
    if (sandboxes) return sandboxes(req, res, next);
    res.status(503).json({ error: 'sandboxes_starting', message: 'the embedded sandboxes are still starting' });
  });

  for (const routes of options.routes ?? []) app.use(routes);

  app.get('/', (_req, res) => {
    res.type('text/plain').send('revops-connector is running. Health: /healthz\n');
  });
  app.use((req, res) => {
    res.status(404).json({ error: 'not_found', message: `no route ${req.method} ${req.path}` });
  });
  // The last word on any error: logged with an id the operator can grep, never a stack trace in a page.
  app.use(((err, req, res, _next) => {
    const errorId = randomUUID();
    options.log.error({ err, errorId, method: req.method, path: req.path }, 'request failed');
    if (res.headersSent) return void res.end();
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 500;
    const clientError = status >= 400 && status < 500;
    res.status(clientError ? status : 500).json({ error: clientError ? 'bad_request' : 'internal_error', errorId });
  }) as ErrorRequestHandler);
  return {
    app,
    mountSandboxes(handler) {
      sandboxes = handler;
    },
  };
}
