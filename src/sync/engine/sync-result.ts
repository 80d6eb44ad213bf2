// What one contact sync run did, in the numbers the CLI prints and the job run stores.
import type { Side } from '../plan-types.ts';
import type { ApplyCounts } from './apply-contact-plan.ts';
import { emptyCounts } from './apply-contact-plan.ts';

export interface ContactSyncResult {
  mode: 'full' | 'incremental';
  dryRun: boolean;
  /** Records the change feeds handed out, per side. */
  read: Record<Side, number>;
  /** Of those, records unchanged since the last sync (our own writes coming back): nothing to do. */
  unchanged: Record<Side, number>;
  /** API calls spent reading (feeds, counterparts, matching), per side. */
  readCalls: Record<Side, number>;
  planned: { pairs: number; linkedByEmail: number; updates: Record<Side, number>; creates: Record<Side, number>; fields: number; skipped: number };
  applied: ApplyCounts;
  /** Planned writes no connector could send (a field the other system does not have or keeps read-only), by field. */
  droppedWrites: Record<string, number>;
  conversionsFollowed: number;
  archived: number;
  /** Why the run stopped early, when it did (the daily allocation share reached). */
  stoppedEarly?: string;
}

export function emptyResult(mode: 'full' | 'incremental', dryRun: boolean): ContactSyncResult {
  return {
    mode, dryRun,
    read: { crm: 0, marketing: 0 }, unchanged: { crm: 0, marketing: 0 }, readCalls: { crm: 0, marketing: 0 },
    planned: { pairs: 0, linkedByEmail: 0, updates: { crm: 0, marketing: 0 }, creates: { crm: 0, marketing: 0 }, fields: 0, skipped: 0 },
    applied: emptyCounts(), droppedWrites: {}, conversionsFollowed: 0, archived: 0,
  };
}

/** All API calls of the run, reads and writes, both sides. */
export function totalCalls(result: ContactSyncResult): number {
  return result.readCalls.crm + result.readCalls.marketing + result.applied.calls.crm + result.applied.calls.marketing;
}
