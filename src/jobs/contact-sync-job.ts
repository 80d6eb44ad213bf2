// The contact sync as a job: one job run per execution (its summary is what the admin pages and
// `revops sync` show), the tenant's rules from mappings/sync.yaml, the allocation guard for bulk
// reads, and the lock that keeps two runs for one tenant from overlapping.
import { AllocationShareReachedError, allocationGuard } from '../connector-kit/allocation-guard.ts';
import type { PeopleSide } from '../connector-kit/people-side.ts';
import type { MappedField } from '../core/merge/field-priority.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import type { JobRun, JsonObject, Store } from '../store/index.ts';
import { contactHandOff, contactInclusion } from '../sync/contact-rules.ts';
import { runContactSync } from '../sync/engine/contact-sync.ts';
import { ownerKeyedSide } from '../sync/engine/owner-keyed-side.ts';
import type { ContactSyncOptions } from '../sync/engine/contact-sync.ts';
import type { ContactSyncResult } from '../sync/engine/sync-result.ts';
import type { JobLocks } from './job-lock.ts';

export const CONTACT_SYNC_JOB = 'sync:contacts';

export interface ContactSyncJobInput {
  store: Store;
  locks: JobLocks;
  tenantId: string;
  sides: { crm: PeopleSide; marketing: PeopleSide };
  mapping: { readonly fields: readonly MappedField[] };
  settings: SyncSettings;
  mode: 'full' | 'incremental';
  dryRun: boolean;
  onPlan?: ContactSyncOptions['onPlan'];
  onProgress?: ContactSyncOptions['onProgress'];
}

export interface ContactSyncJobOutcome {
  run: JobRun;
  result: ContactSyncResult;
}

/** Runs one contact sync for a tenant and records it as a job run; rethrows what stopped it after recording it. */
export async function runContactSyncJob(input: ContactSyncJobInput): Promise<ContactSyncJobOutcome> {
  const { store, tenantId, settings } = input;
  return input.locks.run(tenantId, CONTACT_SYNC_JOB, async () => {
    const run = await store.jobRuns.start(tenantId, { jobName: CONTACT_SYNC_JOB, dryRun: input.dryRun });
    const guard = allocationGuard({ share: settings.bulkAllocationShare });
    let result: ContactSyncResult | undefined;
    try {
      // Owners cross systems as people (matched by email), so each side lists its owners first.
      const crm = await ownerKeyedSide(input.sides.crm);
      const marketing = await ownerKeyedSide(input.sides.marketing);
      result = await runContactSync({
        tenantId, store, jobRunId: run.id, crm: crm.side, marketing: marketing.side, mapping: input.mapping,
        mode: input.mode, dryRun: input.dryRun,
        include: contactInclusion(settings.contacts.include),
        handOff: contactHandOff(settings.contacts.handOff),
        // Only a full sync is bulk work; an incremental run is what keeps the systems in step.
        ...(input.mode === 'full' ? { checkAllocation: (usage: { used: number; limit: number } | undefined) => guard.check(usage) } : {}),
        onProgress: (progress) => { result = progress; input.onProgress?.(progress); },
        ...(input.onPlan ? { onPlan: input.onPlan } : {}),
      });
      result.readCalls.crm += crm.calls;
      result.readCalls.marketing += marketing.calls;
      const finished = await store.jobRuns.finish(tenantId, run.id, { status: 'succeeded', summary: summaryOf(result) });
      return { run: finished, result };
    } catch (error) {
      const stopped = error instanceof AllocationShareReachedError;
      await store.jobRuns.finish(tenantId, run.id, {
        status: stopped ? 'cancelled' : 'failed',
        error: (error as Error).message,
        ...(result ? { summary: summaryOf(result) } : {}),
      });
      throw error;
    }
  });
}

/** The job run's summary: the result's numbers as JSON. */
export function summaryOf(result: ContactSyncResult): JsonObject {
  return JSON.parse(JSON.stringify(result)) as JsonObject;
}
