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
import { installSandboxTenant } from './install-sandbox-tenant.ts';
import { hubspotSandboxApp } from '../../connectors/hubspot/index.ts';
import { salesforceSandboxApp } from '../../connectors/salesforce/index.ts';
import { createTokenKeeper } from '../connections/index.ts';
import { VendorLimiters } from '../connector-kit/vendor-limiter.ts';
import { loadFieldMappingsOrThrow } from '../config/mappings/loader.ts';
import { loadSyncSettings } from '../config/sync-settings.ts';
import { JobLocks } from '../jobs/job-lock.ts';
import { startSyncScheduler } from '../jobs/sync-scheduler.ts';
import type { SyncScheduler } from '../jobs/sync-scheduler.ts';
import { contactSides } from '../jobs/tenant-sides.ts';
import { vendorRefreshers } from '../jobs/vendor-refreshers.ts';
import type { RefresherApps } from '../jobs/vendor-refreshers.ts';

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
  // Admin-owned config is checked before anything listens: a mistake stops start-up naming file and line.
  const settings = loadSyncSettings();
  const mappings = loadFieldMappingsOrThrow('.');
  const contactMapping = mappings.contact;
  let health: HealthState = { phase: 'starting', mode: sandboxMode ? 'sandbox' : 'live', startedAt: new Date().toISOString() };
  const server = createServerApp({ log, health: () => health });

  const listening: Server = await listenOn(server.app, env.PORT, env.HOST);
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${port}`;
  log.info({ url, health: `${url}/healthz`, mode: health.mode }, 'revops-connector listening');

  let store: Store | undefined;
  let stopSandboxes: (() => void) | undefined;
  let scheduler: SyncScheduler | undefined;
  const limiters = new VendorLimiters();
  const ready = (async () => {
    const opened = await openAppStore(env, log);
    store = opened;
    const startSync = (refreshers: RefresherApps) => {
      if (!contactMapping || settings.roles.crm === settings.roles.marketing) return undefined;
      const keeper = createTokenKeeper({
        connections: opened.connections,
        refreshers: vendorRefreshers(refreshers),
        onUnhealthy: (tenantId, vendor, reason) => log.error({ tenantId, vendor, reason }, 'connection needs the admin to reconnect; its sync is paused'),
      });
      return startSyncScheduler({
        store: opened, locks: new JobLocks(), settings, mapping: contactMapping, mappings, log,
        sidesFor: (tenant) => contactSides({ store: opened, keeper, limiters }, tenant, settings.roles),
      });
    };
    if (!sandboxMode) {
      scheduler = startSync(liveApps(env));
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
    const sandboxBaseUrls = { hubspot: sandboxes.get('hubspot').baseUrl(), salesforce: sandboxes.get('salesforce').baseUrl() };
    const tenant = await installSandboxTenant({ store: opened, roles: settings.roles, sandboxBaseUrls, appUrl: url });
    log.info({ tenantId: tenant.id, crm: tenant.crm, accountId: tenant.externalAccountId, marketing: settings.roles.marketing }, 'sandbox tenant installed through OAuth');
    scheduler = startSync({ hubspot: { baseUrl: sandboxBaseUrls.hubspot, ...hubspotSandboxApp }, salesforce: { loginUrl: sandboxBaseUrls.salesforce, ...salesforceSandboxApp } });
    health = { ...health, phase: 'ready' };
    log.info({ seedSize: env.SANDBOX_SEED_SIZE }, 'embedded default ready');
    // The first sync runs now rather than at the first tick, so the demo shows it at once.
    void scheduler?.runNow(tenant);
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
      await scheduler?.stop();
      await limiters.stopAll();
      stopSandboxes?.();
      await new Promise<void>((resolve, reject) => {
        listening.closeAllConnections();
        listening.close((err) => (err ? reject(err) : resolve()));
      });
      await store?.close();
    },
  };
}

/** The registered apps' credentials, for refreshing live tenants' tokens. */
function liveApps(env: Env): RefresherApps {
  return {
    ...(env.HUBSPOT_CLIENT_ID && env.HUBSPOT_CLIENT_SECRET ? { hubspot: { clientId: env.HUBSPOT_CLIENT_ID, clientSecret: env.HUBSPOT_CLIENT_SECRET } } : {}),
    ...(env.SALESFORCE_CLIENT_ID ? { salesforce: { clientId: env.SALESFORCE_CLIENT_ID, ...(env.SALESFORCE_CLIENT_SECRET ? { clientSecret: env.SALESFORCE_CLIENT_SECRET } : {}) } } : {}),
  };
}
