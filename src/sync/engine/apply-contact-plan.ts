// Applies a contact plan: each side's writes in the writer's batch size, and after each batch one
// store commit with what that batch did (change log before/after, new links, dead letters, and the
// local copy of every pair the batch finished), so a crash never leaves the store behind the vendors.
import type { BatchOutcome } from '../../connector-kit/batch-outcome.ts';
import { ConsentSchema } from '../../core/canonical/consent.ts';
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import type { NewChangeLogEntry, NewDeadLetter, RecordCopyUpdate, Store, SyncCommit } from '../../store/index.ts';
import type { Vendor } from '../../store/repositories/vendor.ts';
import type { PlannedPair, Side } from '../plan-types.ts';
import { toJson, seenValues } from './contact-copies.ts';
import type { PeopleSide } from '../../connector-kit/people-side.ts';
import { afterWrites } from './write-jobs.ts';
import type { CreateJob, PairJob, WriteJob } from './write-jobs.ts';

export const CONTACT = 'contact';

export interface ApplyContext {
  tenantId: string;
  store: Store;
  jobRunId: string;
  sides: Record<Side, PeopleSide>;
  /** The mapping's canonical fields: what the local copy keeps for every pair. */
  syncedFields: readonly string[];
  /** The ISO time our writes are recorded at. */
  now: () => string;
  /** Batches sent at once per side; the tenant's limiter paces them. */
  concurrency?: number;
}

export interface ApplyCounts {
  updated: Record<Side, number>;
  created: Record<Side, number>;
  /** Creates the vendor refused as duplicates of one existing, unlinked record: linked to it instead. */
  matchedByDuplicateRule: Record<Side, number>;
  failed: Record<Side, number>;
  calls: Record<Side, number>;
}

export const emptyCounts = (): ApplyCounts => ({
  updated: { crm: 0, marketing: 0 }, created: { crm: 0, marketing: 0 }, matchedByDuplicateRule: { crm: 0, marketing: 0 }, failed: { crm: 0, marketing: 0 }, calls: { crm: 0, marketing: 0 },
});

interface PairProgress { pair: PlannedPair; records: Record<Side, CanonicalContact>; open: number; failed: Set<Side>; written: Map<Side, PairJob> }

/** The crm/marketing ids of a pair and the links a new pair adds. */
const pairKey = (pair: PlannedPair) => `${pair.crmId}\u0000${pair.marketingId}`;

export function pairCopy(ctx: ApplyContext, progress: PairProgress): RecordCopyUpdate {
  const now = ctx.now();
  const values = (['crm', 'marketing'] as const).flatMap((side) => {
    if (progress.failed.has(side)) return [];
    const job = progress.written.get(side);
    const record = job ? afterWrites(progress.records[side], job.writes, now) : progress.records[side];
    const rules = job ? new Map(job.writes.map((w) => [w.field, w.rule])) : undefined;
    return seenValues(record, ctx.sides[side].system, ctx.syncedFields, { jobRunId: ctx.jobRunId, modifiedAt: record.updatedAt, ...(rules ? { rules } : {}) });
  });
  return { objectType: CONTACT, record: { system: ctx.sides.marketing.system, id: progress.pair.marketingId }, values };
}

function linkOf(ctx: ApplyContext, crmId: string, marketingId: string): NonNullable<SyncCommit['links']>[number] {
  return { objectType: CONTACT, a: { system: ctx.sides.crm.system, id: crmId }, b: { system: ctx.sides.marketing.system, id: marketingId } };
}

function updateEntries(ctx: ApplyContext, job: PairJob): NewChangeLogEntry[] {
  return job.writes.map((write) => ({
    jobRunId: ctx.jobRunId, system: ctx.sides[job.side].system, objectType: CONTACT, objectId: job.target.source.id, field: write.field,
    operation: 'update' as const, before: toJson(write.old), after: toJson(write.new), reason: { rule: write.rule, why: write.because },
  }));
}

function createEntry(ctx: ApplyContext, job: CreateJob, newId: string): NewChangeLogEntry {
  const after = Object.fromEntries(job.writes.map((w) => [w.field, toJson(w.new)]));
  return {
    jobRunId: ctx.jobRunId, system: ctx.sides[job.side].system, objectType: CONTACT, objectId: newId, field: null,
    operation: 'create', before: null, after, reason: { rule: 'create', why: job.create.because, details: { from: job.from.source.id } },
  };
}

function deadLetter(ctx: ApplyContext, job: WriteJob, rejected: BatchOutcome<CanonicalContact>['rejected'][number]): NewDeadLetter {
  const key = job.kind === 'update' ? job.target.source.id : (job.from.email ?? job.from.source.id);
  return {
    jobRunId: ctx.jobRunId, vendor: ctx.sides[job.side].system as Vendor, objectType: CONTACT, recordKey: key, payload: toJson(job.patch),
    failureKind: rejected.kind, vendorMessage: rejected.vendorMessage, vendorCode: rejected.vendorCode ?? null,
  };
}

/** Copies of a newly created pair: both sides hold the copied fields now. */
function createdCopy(ctx: ApplyContext, job: CreateJob, newId: string): RecordCopyUpdate {
  const now = ctx.now();
  // The new record holds exactly the fields written (the vendor's own defaults show up on its next read), and the
  // consent flags it does not set read back as they do on every record: false, not absent.
  const blank = { kind: job.patch.kind, source: { system: ctx.sides[job.side].system, id: newId }, consent: ConsentSchema.parse({}), additionalEmails: [], createdAt: now, updatedAt: now };
  const created = afterWrites(blank as unknown as CanonicalContact, job.writes, now);
  const rules = new Map(job.writes.map((w) => [w.field, w.rule]));
  const of = (side: Side) => (side === job.side ? { record: created, rules } : { record: job.from, rules: undefined });
  const values = (['crm', 'marketing'] as const).flatMap((side) => {
    const { record, rules: sideRules } = of(side);
    return seenValues(record, ctx.sides[side].system, ctx.syncedFields, { jobRunId: ctx.jobRunId, modifiedAt: record.updatedAt, ...(sideRules ? { rules: sideRules } : {}) });
  });
  return { objectType: CONTACT, record: { system: ctx.sides.marketing.system, id: job.side === 'marketing' ? newId : job.from.source.id }, values };
}

async function runBatches(jobs: readonly WriteJob[], side: PeopleSide, concurrency: number, onBatch: (batch: readonly WriteJob[], outcome: BatchOutcome<CanonicalContact>) => Promise<void>): Promise<void> {
  const batches: WriteJob[][] = [];
  for (let i = 0; i < jobs.length; i += side.writer.maxBatch) batches.push(jobs.slice(i, i + side.writer.maxBatch));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      await onBatch(batch, await side.writer.write(batch.map((job) => job.patch)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
}

type OnBatch = (batch: readonly WriteJob[], outcome: BatchOutcome<CanonicalContact>) => Promise<void>;

/** Of creates refused as duplicates of one record, those whose record is linked to nothing yet: job → that record's id. */
async function duplicateLinks(ctx: ApplyContext, side: Side, found: ReadonlyArray<{ job: CreateJob; duplicateOf: string }>): Promise<Map<CreateJob, string>> {
  if (found.length === 0) return new Map();
  const other = side === 'crm' ? 'marketing' : 'crm';
  const linked = await ctx.store.idMap.lookupMany(ctx.tenantId, CONTACT, ctx.sides[side].system, found.map((f) => f.duplicateOf), ctx.sides[other].system);
  const claimed = new Set<string>();
  const links = new Map<CreateJob, string>();
  for (const { job, duplicateOf } of found) {
    if (linked.has(duplicateOf) || claimed.has(duplicateOf)) continue;
    claimed.add(duplicateOf);
    links.set(job, duplicateOf);
  }
  return links;
}

/**
 * Sends every job and commits as batches finish. Pairs with no job (nothing to write, or a new link
 * only) are committed first. Returns the counts; throws only for failures of a whole call that the
 * retries could not get past (the batch's records are then neither written nor dead-lettered).
 */
export async function applyContactJobs(ctx: ApplyContext, pairs: ReadonlyArray<{ pair: PlannedPair; records: Record<Side, CanonicalContact> }>, jobs: readonly WriteJob[], counts: ApplyCounts): Promise<void> {
  const progress = new Map<string, PairProgress>();
  for (const { pair, records } of pairs) progress.set(pairKey(pair), { pair, records, open: 0, failed: new Set(), written: new Map() });
  for (const job of jobs) if (job.kind === 'update') progress.get(pairKey(job.pair))!.open += 1;

  const idle = [...progress.values()].filter((p) => p.open === 0);
  if (idle.length > 0) {
    await ctx.store.syncCommits.commit(ctx.tenantId, {
      links: idle.filter((p) => p.pair.matchedBy === 'email').map((p) => linkOf(ctx, p.pair.crmId, p.pair.marketingId)),
      copies: idle.map((p) => pairCopy(ctx, p)),
    });
  }

  const onBatch: OnBatch = async (batch, outcome) => {
    const side = batch[0]!.side;
    counts.calls[side] += outcome.calls;
    const jobOf = new Map(batch.map((job) => [job.patch, job]));
    const commit = { changes: [] as NewChangeLogEntry[], copies: [] as RecordCopyUpdate[], links: [] as Array<NonNullable<SyncCommit['links']>[number]>, deadLetters: [] as NewDeadLetter[] };
    const finishPair = (job: PairJob, ok: boolean) => {
      const p = progress.get(pairKey(job.pair))!;
      if (ok) p.written.set(job.side, job); else p.failed.add(job.side);
      p.open -= 1;
      if (p.open > 0) return;
      if (p.pair.matchedBy === 'email') commit.links.push(linkOf(ctx, p.pair.crmId, p.pair.marketingId));
      commit.copies.push(pairCopy(ctx, p));
    };
    for (const written of outcome.written) {
      const job = jobOf.get(written.record);
      if (job === undefined) continue;
      if (job.kind === 'update') {
        counts.updated[side] += 1;
        commit.changes.push(...updateEntries(ctx, job));
        finishPair(job, true);
      } else {
        counts.created[side] += 1;
        commit.changes.push(createEntry(ctx, job, written.vendorId));
        const [crmId, marketingId] = side === 'crm' ? [written.vendorId, job.from.source.id] : [job.from.source.id, written.vendorId];
        commit.links.push(linkOf(ctx, crmId, marketingId));
        commit.copies.push(createdCopy(ctx, job, written.vendorId));
      }
    }
    const duplicates = await duplicateLinks(ctx, side, outcome.rejected.flatMap((r) => {
      const job = jobOf.get(r.record);
      return job?.kind === 'create' && r.duplicateOf?.length === 1 ? [{ job, duplicateOf: r.duplicateOf[0]! }] : [];
    }));
    for (const rejected of outcome.rejected) {
      const job = jobOf.get(rejected.record);
      if (job === undefined) continue;
      const duplicate = job.kind === 'create' ? duplicates.get(job) : undefined;
      if (duplicate && job.kind === 'create') {
        // The vendor's duplicate rule named the record this one is: link them; the next run reconciles their fields.
        counts.matchedByDuplicateRule[side] += 1;
        commit.links.push(side === 'crm' ? linkOf(ctx, duplicate, job.from.source.id) : linkOf(ctx, job.from.source.id, duplicate));
        continue;
      }
      counts.failed[side] += 1;
      commit.deadLetters.push(deadLetter(ctx, job, rejected));
      if (job.kind === 'update') finishPair(job, false);
    }
    await ctx.store.syncCommits.commit(ctx.tenantId, commit);
  };

  const concurrency = ctx.concurrency ?? 3;
  for (const side of ['crm', 'marketing'] as const) {
    const rest = await sendOptOuts(ctx, side, jobs.filter((job) => job.side === side), counts, onBatch);
    await runBatches(rest, ctx.sides[side], concurrency, onBatch);
  }
}

const OPT_OUT = 'consent.emailOptOut';
const optsOut = (job: WriteJob) => job.writes.some((w) => w.field === OPT_OUT && w.new === true);
const emailOf = (job: WriteJob) => (job.kind === 'update' ? job.target.email : job.from.email)?.trim().toLowerCase();

/**
 * Opt-outs the side takes through its own call (HubSpot's subscription statuses) go first, address by
 * address. A job whose only write was the opt-out is finished here (through `onBatch`, like a written
 * batch); a job with other writes keeps them for the writer and, when its opt-out was refused, loses that
 * write to the dead-letter list. Returns the jobs still for the writer.
 */
async function sendOptOuts(ctx: ApplyContext, side: Side, jobs: readonly WriteJob[], counts: ApplyCounts, onBatch: OnBatch): Promise<WriteJob[]> {
  const optOut = ctx.sides[side].optOut;
  const wanting = jobs.filter(optsOut);
  if (!optOut || wanting.length === 0) return [...jobs];
  const emails = [...new Set(wanting.map(emailOf).filter((e) => e !== undefined))];
  const refused = new Map<string, string>();
  let calls = 0;
  for (let i = 0; i < emails.length; i += optOut.maxBatch) {
    const answer = await optOut.optOut(emails.slice(i, i + optOut.maxBatch));
    calls += answer.calls;
    for (const { email, vendorMessage } of answer.rejected) refused.set(email, vendorMessage);
  }
  const refusalOf = (job: WriteJob) => { const email = emailOf(job); return email === undefined ? 'no email address to opt out' : refused.get(email); };
  const onlyOptOut = wanting.filter((job) => job.kind === 'update' && job.writes.every((w) => w.field === OPT_OUT));
  const outcome: BatchOutcome<CanonicalContact> = { written: [], rejected: [], calls };
  for (const job of onlyOptOut) {
    const refusal = refusalOf(job);
    if (refusal) outcome.rejected.push({ record: job.patch, kind: 'rejected_record', vendorMessage: refusal });
    else outcome.written.push({ record: job.patch, vendorId: job.kind === 'update' ? job.target.source.id : '', created: false });
  }
  if (onlyOptOut.length > 0) await onBatch(onlyOptOut, outcome);
  else counts.calls[side] += calls;
  const rest = jobs.filter((job) => !onlyOptOut.includes(job));
  const deadLetters = rest.flatMap((job) => {
    const refusal = optsOut(job) ? refusalOf(job) : undefined;
    if (refusal === undefined) return [];
    job.writes = job.writes.filter((w) => w.field !== OPT_OUT);
    counts.failed[side] += 1;
    return [deadLetter(ctx, job, { record: job.patch, kind: 'rejected_record', vendorMessage: refusal })];
  });
  if (deadLetters.length > 0) await ctx.store.syncCommits.commit(ctx.tenantId, { deadLetters });
  return rest;
}
