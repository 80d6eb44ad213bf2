// `revops sync [--full] [--dry-run] [--object contacts] [--sandbox-url URL] [--json]`: one contact sync now.
// With no vendor credentials it runs on sandboxes: its own in-process ones seeded with the demo data
// (and an in-memory store), or those of a `revops sandbox` at --sandbox-url (and the store in DATA_DIR,
// so incremental runs follow each other). The install goes through each sandbox's OAuth flow.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { hubspotSandboxApp } from '../../connectors/hubspot/index.ts';
import { salesforceSandboxApp } from '../../connectors/salesforce/index.ts';
import { createTokenKeeper } from '../connections/index.ts';
import { VendorLimiters } from '../connector-kit/vendor-limiter.ts';
import type { Env } from '../config/env.ts';
import { isSandboxMode } from '../config/env.ts';
import { loadFieldMappingsOrThrow } from '../config/mappings/loader.ts';
import { loadSyncSettings } from '../config/sync-settings.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import { JobLocks } from '../jobs/job-lock.ts';
import { runContactSyncJob } from '../jobs/contact-sync-job.ts';
import type { ContactSyncJobOutcome } from '../jobs/contact-sync-job.ts';
import { contactSides } from '../jobs/tenant-sides.ts';
import { vendorRefreshers } from '../jobs/vendor-refreshers.ts';
import type { Logger } from '../logging/logger.ts';
import { listenSandboxes } from '../sandbox-kit/host.ts';
import { openStore } from '../store/index.ts';
import type { Store, Tenant } from '../store/index.ts';
import { encryptionKeyFromBytes } from '../store/secret-box.ts';
import { renderPlan } from '../sync/render-plan.ts';
import { totalCalls } from '../sync/engine/sync-result.ts';
import { openAppStore } from './app-store.ts';
import { installSandboxTenant } from './install-sandbox-tenant.ts';
import { demoSandboxOptions } from './sandbox-vendors.ts';
import { progressLine, summaryLines } from './sync-report.ts';

export interface SyncCommandOptions {
  full: boolean;
  dryRun: boolean;
  object: 'contacts';
  /** The root URL of a running `revops sandbox` (vendors under /hubspot and /salesforce). */
  sandboxUrl?: string;
  json: boolean;
  /** Benchmarks only: HubSpot's rate windows run K times faster, as in the `revops sandbox --time-scale K` it syncs against. */
  timeScale?: number;
}

export interface SyncCommandIo {
  out: (line: string) => void;
  /** Progress goes here, rewritten in place, only when it is a terminal. */
  progress?: NodeJS.WriteStream;
}

interface Target {
  store: Store;
  tenant: Tenant;
  baseUrls: { hubspot: string; salesforce: string };
  close(): Promise<void>;
}

/** Sandboxes to sync against, and the tenant installed into them through OAuth. */
async function sandboxTarget(env: Env, log: Logger, options: SyncCommandOptions, settings: SyncSettings): Promise<Target> {
  const appUrl = env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`;
  if (options.sandboxUrl) {
    const root = options.sandboxUrl.replace(/\/+$/, '');
    const baseUrls = { hubspot: `${root}/hubspot`, salesforce: `${root}/salesforce` };
    const store = await openAppStore(env, log);
    const tenant = await installSandboxTenant({ store, roles: settings.roles, sandboxBaseUrls: baseUrls, appUrl });
    return { store, tenant, baseUrls, close: () => store.close() };
  }
  log.info({ seedSize: env.SANDBOX_SEED_SIZE }, 'starting in-process sandboxes seeded with the demo data');
  const sandboxes = await listenSandboxes(demoSandboxOptions({
    seedSize: env.SANDBOX_SEED_SIZE, latencyMs: env.SANDBOX_LATENCY_MS, controlsFrom: 'loopback', log, timeScale: options.timeScale,
  }));
  const baseUrls = { hubspot: sandboxes.get('hubspot').baseUrl(), salesforce: sandboxes.get('salesforce').baseUrl() };
  // Each run has fresh sandboxes, so its store is fresh too (nothing of it would match them again).
  const store = await openStore({ file: ':memory:', encryptionKey: encryptionKeyFromBytes(randomBytes(32)) });
  const tenant = await installSandboxTenant({ store, roles: settings.roles, sandboxBaseUrls: baseUrls, appUrl });
  return { store, tenant, baseUrls, close: async () => { await store.close(); await sandboxes.close(); } };
}

/** Runs the sync and prints its summary; the exit code is 0 when it finished, 1 when it stopped. */
export async function runSyncCommand(env: Env, log: Logger, options: SyncCommandOptions, io: SyncCommandIo): Promise<number> {
  const settings = loadSyncSettings();
  const contact = loadFieldMappingsOrThrow('.').contact;
  if (!contact) throw new Error('mappings/fields/contact.yaml is missing: the contact sync needs it');
  if (settings.roles.crm === settings.roles.marketing) {
    io.out(`${settings.roles.crm} is both the CRM and marketing automation (mappings/sync.yaml): there is no contact sync between systems.`);
    return 0;
  }
  if (!isSandboxMode(env) && !options.sandboxUrl) {
    io.out('Vendor credentials are configured, but live installs arrive with the OAuth install pages; run against sandboxes with --sandbox-url or without credentials.');
    return 1;
  }
  const target = await sandboxTarget(env, log, options, settings);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const keeper = createTokenKeeper({
      connections: target.store.connections,
      refreshers: vendorRefreshers({ hubspot: { baseUrl: target.baseUrls.hubspot, ...hubspotSandboxApp }, salesforce: { loginUrl: target.baseUrls.salesforce, ...salesforceSandboxApp } }),
      onUnhealthy: (tenantId, vendor, reason) => log.error({ tenantId, vendor, reason }, 'connection needs the admin to reconnect; its sync is paused'),
    });
    const limiters = new VendorLimiters();
    const sides = await contactSides({ store: target.store, keeper, limiters, ...(options.timeScale ? { timeScale: options.timeScale } : {}) }, target.tenant, settings.roles);
    const planFile = options.dryRun ? planFilePath(env) : undefined;
    let outcome: ContactSyncJobOutcome;
    try {
      outcome = await runContactSyncJob({
        store: target.store, locks: new JobLocks(), tenantId: target.tenant.id, sides, settings,
        mapping: { fields: contact.fields }, mode: options.full ? 'full' : 'incremental', dryRun: options.dryRun,
        onProgress: (result) => { if (io.progress?.isTTY) io.progress.write(`\r${progressLine(result, seconds())}\u001b[K`); },
        ...(planFile ? { onPlan: (plan) => appendFileSync(planFile, `${renderPlan(plan)}\n`) } : {}),
      });
    } finally {
      if (io.progress?.isTTY) io.progress.write('\n');
      await limiters.stopAll();
    }
    const { result, run } = outcome;
    if (options.json) {
      // This process's own high-water mark and CPU time: benchmarks read them (the sync's resources alone).
      const usage = process.resourceUsage();
      const peakRssMB = Number((usage.maxRSS / 1024).toFixed(1));
      const cpuSeconds = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2));
      io.out(JSON.stringify({ sync: 'contacts', runId: run.id, apiCalls: totalCalls(result), wallSeconds: Number(seconds().toFixed(3)), peakRssMB, cpuSeconds, ...result }));
    } else {
      for (const line of summaryLines(result, { tenant: target.tenant.name, seconds: seconds(), runId: run.id })) io.out(line);
      if (planFile) io.out(`  plan      saved to ${planFile}`);
    }
    return 0;
  } finally {
    await target.close();
  }
}

function planFilePath(env: Env): string {
  const dir = join(env.DATA_DIR, 'plans');
  mkdirSync(dir, { recursive: true });
  return join(dir, `contacts-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
}
