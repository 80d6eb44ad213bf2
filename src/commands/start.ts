import type { Server } from 'node:http';
import type { Env } from '../config/env.ts';
import { isSandboxMode } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import { createServerApp } from '../server/app.ts';
import type { HealthState } from '../server/routes/health.ts';
import { buildSandboxApp } from '../sandbox-kit/host.ts';
import { listenOn } from '../http/listen.ts';
import { demoSandboxOptions, logSandboxes } from './sandbox-vendors.ts';
import { openAppStore } from './app-store.ts';
import type { Store } from '../store/index.ts';
import { installSandboxHubspot } from './install-sandbox-hubspot.ts';

export interface StartedApp {
  server: Server;
  url: string;
  health(): HealthState;
  /** Resolves when start-up work after listening (sandboxes, seeding) is done. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * `npm start`: listen first (so /healthz answers at once), then bring up what the app needs. With no
 * vendor credentials that means the embedded sandboxes, seeded with a small demo data set.
 */
export async function startApp(env: Env, log: Logger): Promise<StartedApp> {
  const sandboxMode = isSandboxMode(env);
  let health: HealthState = { phase: 'starting', mode: sandboxMode ? 'sandbox' : 'live', startedAt: new Date().toISOString() };
  const server = createServerApp({ log, health: () => health });

  const listening: Server = await listenOn(server.app, env.PORT, env.HOST);
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${port}`;
  log.info({ url, health: `${url}/healthz`, mode: health.mode }, 'revops-connector listening');

  let store: Store | undefined;
  let stopSandboxes: (() => void) | undefined;
  const ready = (async () => {
    const opened = await openAppStore(env, log);
    store = opened;
    if (!sandboxMode) {
      health = { ...health, phase: 'ready' };
      return;
    }
    health = { ...health, phase: 'seeding' };
    const sandboxes = buildSandboxApp(
      demoSandboxOptions({ seedSize: env.SANDBOX_SEED_SIZE, latencyMs: env.SANDBOX_LATENCY_MS, controlsFrom: env.SANDBOX_CONTROLS, log }),
    );
    sandboxes.setOrigin(`${url}/sandbox`);
    server.mountSandboxes(sandboxes.app);
    stopSandboxes = () => sandboxes.stopVendors();
    logSandboxes(sandboxes, log);
    const tenant = await installSandboxHubspot({ store: opened, sandboxBaseUrl: sandboxes.get('hubspot').baseUrl(), appUrl: url });
    log.info({ tenantId: tenant.id, portalId: tenant.externalAccountId }, 'sandbox HubSpot portal installed through OAuth');
    health = { ...health, phase: 'ready' };
    log.info({ seedSize: env.SANDBOX_SEED_SIZE }, 'embedded default ready');
  })().catch((err: unknown) => {
    health = { ...health, phase: 'failed', detail: err instanceof Error ? err.message : String(err) };
    log.error({ err }, 'start-up failed');
  });

  return {
    server: listening,
    url,
    health: () => health,
    ready,
    close: async () => {
      await ready;
      stopSandboxes?.();
      await new Promise<void>((resolve, reject) => {
        listening.closeAllConnections();
        listening.close((err) => (err ? reject(err) : resolve()));
      });
      await store?.close();
    },
  };
}
