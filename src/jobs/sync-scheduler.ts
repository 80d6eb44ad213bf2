// Runs the incremental contact sync of every installed tenant on mappings/sync.yaml's schedule.
// A run that finds the previous one still going is skipped (the lock), a connection that needs the
// admin pauses that tenant's sync until it is reconnected, and every outcome is logged.
import cron from 'node-cron';
import type { ScheduledTask } from 'node-cron';
import type { PeopleSide } from '../connector-kit/people-side.ts';
import type { MappedField } from '../core/merge/field-priority.ts';
import type { LoadedMapping } from '../config/mappings/loader.ts';
import type { MappedObject } from '../config/mappings/schema.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import { formatSchemaProblem } from '../sync/mapping-check/index.ts';
import { checkMappingsLive } from './live-mapping-check.ts';
import { ConnectionNeedsReauthError } from '../connections/index.ts';
import type { Logger } from '../logging/logger.ts';
import type { Store, Tenant } from '../store/index.ts';
import { totalCalls } from '../sync/engine/sync-result.ts';
import { CONTACT_SYNC_JOB, runContactSyncJob } from './contact-sync-job.ts';
import type { ContactSyncJobOutcome } from './contact-sync-job.ts';
import { JobAlreadyRunningError } from './job-lock.ts';
import type { JobLocks } from './job-lock.ts';

export interface SyncSchedulerOptions {
  store: Store;
  locks: JobLocks;
  settings: SyncSettings;
  mapping: { readonly fields: readonly MappedField[] };
  /** Every loaded mapping, checked once per tenant against the live schema before its first run. */
  mappings?: Partial<Record<MappedObject, LoadedMapping>>;
  sidesFor: (tenant: Tenant) => Promise<{ crm: PeopleSide; marketing: PeopleSide }>;
  log: Logger;
}

export interface SyncScheduler {
  /** One run for one tenant now (what the schedule does on each tick); undefined when skipped or paused. */
  runNow(tenant: Tenant, mode?: 'full' | 'incremental'): Promise<ContactSyncJobOutcome | undefined>;
  stop(): Promise<void>;
}

export function startSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const { store, settings, log } = options;
  const running = new Set<Promise<unknown>>();
  const checked = new Set<string>();

  /** Logs each mapping problem against the tenant's live schema; a failing check never stops the sync. */
  async function checkOnce(tenant: Tenant, sides: Awaited<ReturnType<SyncSchedulerOptions['sidesFor']>>) {
    if (!options.mappings || checked.has(tenant.id)) return;
    checked.add(tenant.id);
    try {
      const { problems, calls } = await checkMappingsLive(sides, options.mappings, settings.roles);
      for (const problem of problems) log.warn({ tenantId: tenant.id, kind: problem.kind, severity: problem.severity }, formatSchemaProblem(problem));
      log.info({ tenantId: tenant.id, problems: problems.length, calls }, 'mappings checked against the live schema');
    } catch (error) {
      log.warn({ err: error, tenantId: tenant.id }, 'could not check the mappings against the live schema');
    }
  }

  async function runNow(tenant: Tenant, mode: 'full' | 'incremental' = 'incremental') {
    const started = performance.now();
    try {
      const sides = await options.sidesFor(tenant);
      await checkOnce(tenant, sides);
      const outcome = await runContactSyncJob({
        store, locks: options.locks, tenantId: tenant.id, sides, mapping: options.mapping, settings, mode, dryRun: false,
      });
      const { result } = outcome;
      log.info({
        tenantId: tenant.id, job: CONTACT_SYNC_JOB, runId: outcome.run.id, mode, read: result.read, applied: result.applied,
        apiCalls: totalCalls(result), seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      }, 'contact sync finished');
      return outcome;
    } catch (error) {
      if (error instanceof JobAlreadyRunningError) log.warn({ tenantId: tenant.id, job: CONTACT_SYNC_JOB }, error.message);
      else if (error instanceof ConnectionNeedsReauthError) log.warn({ tenantId: tenant.id, vendor: error.vendor }, `${error.message}: sync paused`);
      else log.error({ err: error, tenantId: tenant.id, job: CONTACT_SYNC_JOB }, 'contact sync failed');
      return undefined;
    }
  }

  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    void work.finally(() => running.delete(work));
    return work;
  };

  async function tick() {
    for (const tenant of await store.tenants.list({ status: 'active' })) {
      if (tenant.crm === settings.roles.crm) await runNow(tenant);
    }
  }

  let task: ScheduledTask | undefined;
  if (settings.schedule.incremental !== 'off') {
    task = cron.schedule(settings.schedule.incremental, () => track(tick()), { name: CONTACT_SYNC_JOB, noOverlap: true });
    log.info({ schedule: settings.schedule.incremental }, 'incremental contact sync scheduled');
  }

  return {
    runNow: (tenant, mode) => track(runNow(tenant, mode)),
    async stop() {
      await task?.destroy();
      await Promise.allSettled([...running]);
    },
  };
}
