// One contact sync run between the CRM and marketing automation (DESIGN.md: plan, then apply):
// 1. marketing's change feed, keeping only records that changed since the last sync (our own
//    writes come back as echoes and are dropped by comparing with the local copy);
// 2. the CRM's feeds page by page: each page is paired (links, then email), planned against its
//    counterparts, applied, and checkpointed; a counterpart that did not change since the last sync
//    comes from the local copy, so an incremental run reads only what changed;
// 3. the marketing changes no CRM page consumed: linked ones against the copy of their CRM twin,
//    unlinked ones matched by email in the CRM, else handed off as leads when the rule says so;
// 4. deletions in the CRM: the marketing twin is archived and both are tombstoned.
import type { FeedCursor } from '../../connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import type { MappedField } from '../../core/merge/field-priority.ts';
import type { Store } from '../../store/index.ts';
import type { ContactSyncPlan } from '../plan-types.ts';
import { normaliseEmail } from '../match-contacts.ts';
import { CONTACT } from './apply-contact-plan.ts';
import { isUnchangedSinceCopy } from './contact-copies.ts';
import { followDeletions } from './deletions.ts';
import type { PeopleSide } from '../../connector-kit/people-side.ts';
import { planAndApply } from './plan-and-apply.ts';
import type { PlanContext } from './plan-and-apply.ts';
import { emptyResult } from './sync-result.ts';
import type { ContactSyncResult } from './sync-result.ts';

export interface ContactSyncOptions {
  tenantId: string;
  store: Store;
  jobRunId: string;
  crm: PeopleSide;
  marketing: PeopleSide;
  mapping: { readonly fields: readonly MappedField[] };
  /** full: the CRM is read from the beginning; incremental: every feed from its cursor. */
  mode: 'full' | 'incremental';
  /** Plans and reports without writing anything or moving a cursor. */
  dryRun: boolean;
  /** Which records sync at all (both sides). Default: every record. */
  include?: (contact: CanonicalContact) => boolean;
  /** Whether a marketing contact with no CRM counterpart becomes a CRM lead. Default: never. */
  handOff?: (contact: CanonicalContact) => boolean;
  now?: () => string;
  /** Stops bulk reading before the CRM's allocation share is spent (throws with the reason). */
  checkAllocation?: (usage: { used: number; limit: number } | undefined) => void;
  /** Every plan made (dry runs print them). */
  onPlan?: (plan: ContactSyncPlan) => void;
  onProgress?: (result: ContactSyncResult) => void;
  concurrency?: number;
}

/** How many pending marketing changes are matched and planned at once in step 3. */
const REST_CHUNK = 500;

export async function runContactSync(options: ContactSyncOptions): Promise<ContactSyncResult> {
  const { store, tenantId, crm, marketing, mode, dryRun } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const include = options.include ?? (() => true);
  const result = emptyResult(mode, dryRun);
  // never_sync fields are never written, so a change to them is nothing to sync: they are neither copied nor compared
  // (a creation time differs on every system, so comparing it would make the echo of every create look like an edit).
  const fields = options.mapping.fields.filter((f) => f.rule !== 'never_sync').map((f) => f.canonical);
  const runStartedAt = now();
  const ctx: PlanContext = { options: { ...options, now }, fields, result, pending: new Map(), pendingByEmail: new Map() };
  const pending = ctx.pending;
  const saveCursor = async (stream: string, cursor: FeedCursor | undefined) => {
    if (!dryRun && cursor) await store.syncCommits.commit(tenantId, { cursors: [{ stream, value: { ...cursor } }] });
  };

  // 1. Marketing's changes, echoes dropped.
  const marketingCursors = new Map<string, FeedCursor | undefined>();
  for (const stream of marketing.streams) {
    const saved = await store.cursors.get<{ modifiedAt: string; id: string }>(tenantId, stream.name);
    if (!saved && mode === 'full') {
      // A first full sync starts marketing's feed now: its existing contacts are matched when the CRM
      // has them, and handed off when they next change (no flood of leads on install).
      marketingCursors.set(stream.name, { modifiedAt: runStartedAt, id: '0' });
      continue;
    }
    let cursor = saved?.value;
    for await (const page of stream.feed.pages(cursor ? { after: cursor } : {})) {
      result.read.marketing += page.records.length;
      result.readCalls.marketing += page.calls;
      const records = page.records.filter(include);
      const twins = await store.idMap.lookupMany(tenantId, CONTACT, marketing.system, records.map((r) => r.source.id), crm.system);
      const copies = await store.recordCopies.getMany(tenantId, CONTACT, marketing.system, [...twins.keys()]);
      for (const record of records) {
        if (isUnchangedSinceCopy(record, copies.get(record.source.id), fields, marketing.system)) result.unchanged.marketing += 1;
        else pending.set(record.source.id, record);
      }
      cursor = page.cursor ?? cursor;
      options.onProgress?.(result);
    }
    marketingCursors.set(stream.name, cursor);
  }

  for (const [id, record] of pending) {
    const email = normaliseEmail(record.email);
    if (email !== undefined) ctx.pendingByEmail.set(email, [...(ctx.pendingByEmail.get(email) ?? []), id]);
  }

  // 2. The CRM, page by page, each page checkpointed.
  await readCrmFeeds(ctx, mode === 'full');

  // 3. Marketing changes no CRM page took.
  const rest = [...pending.values()];
  pending.clear();
  const handedOffBefore = result.applied.created.crm;
  for (let i = 0; i < rest.length; i += REST_CHUNK) {
    await planAndApply(ctx, 'marketing', rest.slice(i, i + REST_CHUNK));
    options.onProgress?.(result);
  }
  for (const [stream, cursor] of marketingCursors) await saveCursor(stream, cursor);
  // New leads hold values the CRM set itself on create (lead status, owner). The CRM's feeds are read once more from
  // their checkpoints, so those values reach marketing in this run and the next run does not take the leads for changes.
  if (result.applied.created.crm > handedOffBefore) await readCrmFeeds(ctx, false);

  // 4. Deletions in the CRM.
  await followDeletions(ctx, runStartedAt);
  options.onProgress?.(result);
  return result;
}

/** The CRM's feeds, from the beginning or from their checkpoints, page by page: each page planned, applied and checkpointed. */
async function readCrmFeeds(ctx: PlanContext, fromStart: boolean): Promise<void> {
  const { store, tenantId, crm, dryRun } = ctx.options;
  const { result } = ctx;
  const include = ctx.options.include ?? (() => true);
  for (const stream of crm.streams) {
    const saved = fromStart ? undefined : await store.cursors.get<{ modifiedAt: string; id: string }>(tenantId, stream.name);
    for await (const page of stream.feed.pages(saved ? { after: saved.value } : {})) {
      ctx.options.checkAllocation?.(crm.apiUsage?.());
      result.read.crm += page.records.length;
      result.readCalls.crm += page.calls;
      const relinks = await followConversions(ctx, page.conversions ?? []);
      const converted = new Set((page.conversions ?? []).map((c) => c.fromId));
      await planAndApply(ctx, 'crm', page.records.filter((r) => !converted.has(r.source.id) && include(r)));
      if (!dryRun) await store.syncCommits.commit(tenantId, { relinks, ...(page.cursor ? { cursors: [{ stream: stream.name, value: { ...page.cursor } }] } : {}) });
      ctx.options.onProgress?.(result);
    }
  }
}

/** Moves each converted lead's link to its contact, unless the contact is already linked itself. */
async function followConversions(ctx: PlanContext, conversions: ReadonlyArray<{ fromId: string; toId: string }>) {
  const { store, tenantId, crm, marketing } = ctx.options;
  if (conversions.length === 0) return [];
  const leadTwins = await store.idMap.lookupMany(tenantId, CONTACT, crm.system, conversions.map((c) => c.fromId), marketing.system);
  const contactTwins = await store.idMap.lookupMany(tenantId, CONTACT, crm.system, conversions.map((c) => c.toId), marketing.system);
  const relinks = conversions
    .filter((c) => leadTwins.has(c.fromId) && !contactTwins.has(c.toId))
    .map((c) => ({ objectType: CONTACT, system: crm.system, fromId: c.fromId, toId: c.toId }));
  ctx.result.conversionsFollowed += relinks.length;
  return relinks;
}

