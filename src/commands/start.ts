import type { Server } from 'node:http';
import type { Env } from '../config/env.ts';
import { isSandboxMode } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import { createServerApp } from '../server/app.ts';
import type { HealthState } from '../server/routes/health.ts';
import { buildSandboxApp } from '../sandbox-kit/host.ts';
import { listenOn } from '../http/listen.ts';
import { demoSandboxOptions, logSandboxes } from './sandbox-vendors.ts';
import { databaseFileIn, loadEncryptionKey, openStore, parseEncryptionKeyHex } from '../store/index.ts';
import type { Store } from '../store/index.ts';
import { installSandboxHubspot } from './install-sandbox-tenant.ts';

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
    const key = loadEncryptionKey({ configuredKeyHex: env.TOKEN_ENCRYPTION_KEY, dataDir: env.DATA_DIR, sandbox: sandboxMode });
    const file = databaseFileIn(env.DATA_DIR);
    const previousEncryptionKeys = env.TOKEN_ENCRYPTION_KEYS_PREVIOUS.map((hex, i) => parseEncryptionKeyHex(hex, `TOKEN_ENCRYPTION_KEYS_PREVIOUS[${i}]`));
    const opened = await openStore({ file, encryptionKey: key, previousEncryptionKeys });
    store = opened;
    log.info({ file, encryptionKey: key.origin }, 'store open');
    if (previousEncryptionKeys.length > 0) {
      const resealed = await resealTokens(opened);
      log.info({ connections: resealed }, 'tokens resealed under the current encryption key');
    }
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

/** After a key rotation: every tenant's tokens sealed by an older key are sealed again with the current one. */
async function resealTokens(store: Store): Promise<number> {
  let resealed = 0;
  for (const tenant of await store.tenants.list()) resealed += await store.connections.reencryptTokens(tenant.id);
  return resealed;
}
