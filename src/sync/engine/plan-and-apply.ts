// One slice of changed records from one side: find each one's counterpart (linked twin, else the same
// email), plan the pair or the create, apply the plan. Counterparts that did not change since the
// last sync come from the local copy instead of another read.
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import type { RecordCopy } from '../../store/index.ts';
import { normaliseEmail } from '../match-contacts.ts';
import { planContactSync } from '../plan-contacts.ts';
import type { ContactSyncPlan, Side } from '../plan-types.ts';
import { summarisePlan } from '../render-plan.ts';
import { CONTACT, applyContactJobs } from './apply-contact-plan.ts';
import { contactFromCopy, isUnchangedSinceCopy, withFieldTimes } from './contact-copies.ts';
import type { ContactSyncOptions } from './contact-sync.ts';
import type { ContactSyncResult } from './sync-result.ts';
import { withoutUnwritable, writeJobsOf } from './write-jobs.ts';

export interface PlanContext {
  options: ContactSyncOptions & { now: () => string };
  fields: readonly string[];
  result: ContactSyncResult;
  /** Marketing records changed since the last sync that no CRM page has taken yet, by id. */
  pending: Map<string, CanonicalContact>;
  /** Normalised email → ids in `pending` (entries whose id left `pending` are stale and ignored). */
  pendingByEmail: Map<string, string[]>;
}

const other = (side: Side): Side => (side === 'crm' ? 'marketing' : 'crm');
const idOf = (record: CanonicalContact) => record.source.id;

interface Counterparts {
  records: CanonicalContact[];
  /** Records left out of planning, with why. */
  skipped: Array<{ record: CanonicalContact; reason: string }>;
}

/** Twins of linked records: pending changes first, then the copy (unchanged since the last sync), else a read. */
async function linkedTwins(ctx: PlanContext, from: Side, twinIds: ReadonlyMap<string, string>, copyOf: (id: string) => RecordCopy | undefined): Promise<CanonicalContact[]> {
  const there = ctx.options[other(from)];
  const found: CanonicalContact[] = [];
  const toRead: string[] = [];
  for (const [hereId, twinId] of twinIds) {
    const pendingTwin = from === 'crm' ? ctx.pending.get(twinId) : undefined;
    const copy = copyOf(hereId);
    if (pendingTwin) {
      ctx.pending.delete(twinId);
      found.push(pendingTwin);
    } else if (copy && (ctx.options.mode === 'incremental' || from === 'marketing')) {
      found.push(contactFromCopy(copy.fields, there.system, there.refOf(twinId), ctx.fields));
    } else toRead.push(twinId);
  }
  if (toRead.length > 0) {
    const read = await there.reader.readByIds(toRead);
    ctx.result.readCalls[other(from)] += read.calls;
    found.push(...read.records);
  }
  return found;
}

/** Records on the other side with the same email as an unlinked record, unless already linked to someone else. */
async function emailMatches(ctx: PlanContext, from: Side, unlinked: readonly CanonicalContact[]): Promise<Counterparts> {
  const { store, tenantId } = ctx.options;
  const here = ctx.options[from];
  const there = ctx.options[other(from)];
  const skipped: Counterparts['skipped'] = [];
  const emails = [...new Set(unlinked.map((r) => normaliseEmail(r.email)).filter((e) => e !== undefined))];
  if (emails.length === 0) return { records: [], skipped };
  const tombstoned = await store.tombstones.findByEmails(tenantId, CONTACT, emails);
  const wanted = emails.filter((e) => !tombstoned.has(e));
  for (const record of unlinked) {
    const stone = tombstoned.get(normaliseEmail(record.email) ?? '');
    if (stone) skipped.push({ record, reason: `this person was ${stone.reason === 'merged' ? 'merged away' : 'deleted'} in ${stone.record.system} on ${stone.deletedAt.slice(0, 10)}: not recreated` });
  }
  const fromPending = from === 'crm'
    ? wanted.flatMap((email) => (ctx.pendingByEmail.get(email) ?? []).map((id) => ctx.pending.get(id)).filter((r) => r !== undefined))
    : [];
  const pendingEmails = new Set(fromPending.map((r) => normaliseEmail(r.email)));
  const toRead = wanted.filter((e) => !pendingEmails.has(e));
  let readRecords: CanonicalContact[] = [];
  if (toRead.length > 0) {
    const read = await there.reader.readByEmails(toRead);
    ctx.result.readCalls[other(from)] += read.calls;
    readRecords = read.records.filter((r) => !ctx.pending.has(idOf(r)));
  }
  const candidates = [...fromPending, ...readRecords];
  const taken = await store.idMap.lookupMany(tenantId, CONTACT, there.system, candidates.map(idOf), here.system);
  const held = new Map<string, string>();
  for (const candidate of candidates) {
    const twin = taken.get(idOf(candidate));
    if (twin !== undefined) held.set(normaliseEmail(candidate.email) ?? '', `${idOf(candidate)} (linked to ${twin})`);
  }
  for (const record of unlinked) {
    const holder = held.get(normaliseEmail(record.email) ?? '');
    if (holder) skipped.push({ record, reason: `its email belongs to ${there.system} ${holder}, already linked: a duplicate left for dedup` });
  }
  const records = candidates.filter((c) => !taken.has(idOf(c)));
  for (const record of records) ctx.pending.delete(idOf(record));
  return { records, skipped };
}

function addToResult(ctx: PlanContext, plan: ContactSyncPlan): void {
  const s = summarisePlan(plan);
  const p = ctx.result.planned;
  p.pairs += s.matched;
  p.linkedByEmail += s.linkedByEmail;
  p.skipped += s.skipped;
  p.fields += s.fieldsChanged;
  for (const side of ['crm', 'marketing'] as const) {
    p.updates[side] += s.updates[side];
    p.creates[side] += s.creates[side];
  }
}

/** Plans and applies changed records from `from` (the CRM's feed page, or marketing's pending changes). */
export async function planAndApply(ctx: PlanContext, from: Side, records: readonly CanonicalContact[]): Promise<void> {
  if (records.length === 0) return;
  const { store, tenantId, crm, marketing, mode } = ctx.options;
  const here = ctx.options[from];
  const there = ctx.options[other(from)];
  const twins = await store.idMap.lookupMany(tenantId, CONTACT, here.system, records.map(idOf), there.system);
  const marketingIdOf = (hereId: string) => (from === 'marketing' ? hereId : twins.get(hereId));
  const copies = await store.recordCopies.getMany(tenantId, CONTACT, marketing.system, records.map((r) => marketingIdOf(idOf(r))).filter((id) => id !== undefined));
  const copyOf = (hereId: string) => { const id = marketingIdOf(hereId); return id === undefined ? undefined : copies.get(id); };

  // A CRM record unchanged since the last sync whose twin did not change either has nothing to sync.
  const work = records.filter((record) => {
    const twin = twins.get(idOf(record));
    const quiet = from === 'crm' && mode === 'incremental' && twin !== undefined && !ctx.pending.has(twin)
      && isUnchangedSinceCopy(record, copyOf(idOf(record)), ctx.fields, here.system);
    if (quiet) ctx.result.unchanged.crm += 1;
    return !quiet;
  });
  const workTwins = new Map(work.filter((r) => twins.has(idOf(r))).map((r) => [idOf(r), twins.get(idOf(r))!]));
  const linked = await linkedTwins(ctx, from, workTwins, copyOf);
  const matches = await emailMatches(ctx, from, work.filter((r) => !twins.has(idOf(r))));
  const skippedIds = new Set(matches.skipped.map((s) => idOf(s.record)));

  const hereRecords = work.filter((r) => !skippedIds.has(idOf(r)));
  const thereRecords = [...linked, ...matches.records];
  const hereOfTwin = new Map([...workTwins].map(([hereId, twinId]) => [twinId, hereId]));
  const timed = (list: readonly CanonicalContact[], side: Side) => list.map((r) => {
    const hereId = side === from ? idOf(r) : hereOfTwin.get(idOf(r));
    return withFieldTimes(r, hereId === undefined ? undefined : copyOf(hereId), ctx.fields, ctx.options[side].system);
  });
  const crmRecords = timed(from === 'crm' ? hereRecords : thereRecords, 'crm');
  const marketingRecords = timed(from === 'crm' ? thereRecords : hereRecords, 'marketing');
  const links = new Map([...workTwins].map(([hereId, twinId]) => (from === 'crm' ? [hereId, twinId] : [twinId, hereId])));
  const planCopies = new Map([...links].flatMap(([crmId, marketingId]) => {
    const copy = copies.get(marketingId);
    return copy ? [[crmId, copy.fields] as const] : [];
  }));

  const planned = planContactSync({
    mapping: ctx.options.mapping, crm: crmRecords, marketing: marketingRecords, links, copies: planCopies,
    handOff: from === 'marketing' ? (ctx.options.handOff ?? (() => false)) : () => false,
  });
  // Only records that changed on `from` are created elsewhere; their counterparts' own feed handles theirs.
  const fullPlan: ContactSyncPlan = {
    pairs: planned.pairs,
    creates: planned.creates.filter((c) => c.side === other(from)),
    skipped: [
      ...planned.skipped.filter((s) => s.side === from),
      ...matches.skipped.map((s) => ({ side: from, recordId: idOf(s.record), reason: s.reason })),
    ],
  };
  const crmById = new Map(crmRecords.map((r) => [idOf(r), r]));
  const marketingById = new Map(marketingRecords.map((r) => [idOf(r), r]));
  const sources = { crm: crmById, marketing: marketingById, access: { crm: crm.fields, marketing: marketing.fields } };
  const { plan, dropped } = withoutUnwritable(fullPlan, sources);
  for (const write of dropped) ctx.result.droppedWrites[write.field] = (ctx.result.droppedWrites[write.field] ?? 0) + 1;
  addToResult(ctx, plan);
  ctx.options.onPlan?.(plan);
  if (ctx.options.dryRun) return;

  const jobs = writeJobsOf(plan, sources);
  // Updates before creates, so a batch holds one kind (HubSpot sends the two kinds through different calls).
  jobs.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'update' ? -1 : 1));
  const pairs = plan.pairs.map((pair) => ({ pair, records: { crm: crmById.get(pair.crmId)!, marketing: marketingById.get(pair.marketingId)! } }));
  await applyContactJobs({
    tenantId, store, jobRunId: ctx.options.jobRunId, sides: { crm, marketing }, syncedFields: ctx.fields, now: ctx.options.now,
    ...(ctx.options.concurrency ? { concurrency: ctx.options.concurrency } : {}),
  }, pairs, jobs, ctx.result.applied);
}
