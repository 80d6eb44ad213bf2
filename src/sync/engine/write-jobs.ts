// A contact plan as the records each side's writer is given: for an update only the fields that
// change (so the vendor never sees a value we did not decide to write), for a create the copied fields.
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import type { ContactSyncPlan, FieldWrite, PlannedCreate, PlannedPair, Side } from '../plan-types.ts';
import { valueAt } from '../values.ts';
import type { FieldAccess } from '../../connector-kit/people-side.ts';

export interface PairJob {
  kind: 'update';
  side: Side;
  pair: PlannedPair;
  target: CanonicalContact;
  writes: FieldWrite[];
  patch: CanonicalContact;
}

export interface CreateJob {
  kind: 'create';
  side: Side;
  create: PlannedCreate;
  from: CanonicalContact;
  writes: FieldWrite[];
  patch: CanonicalContact;
}

export type WriteJob = PairJob | CreateJob;

/** A planned write the target system cannot take (no such field there, or read-only): left out, never sent. */
export interface DroppedWrite {
  side: Side;
  recordId: string;
  field: string;
  reason: string;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = typeof node[part] === 'object' && node[part] !== null ? { ...(node[part] as object) } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/** A record carrying only `writes` (plus what identifies it): the writers send exactly the fields present. */
export function patchOf(source: CanonicalContact['source'], kind: CanonicalContact['kind'], writes: readonly FieldWrite[], email?: string): CanonicalContact {
  const patch: Record<string, unknown> = { kind, source, consent: {}, additionalEmails: [], scores: { isMql: false } };
  if (email !== undefined) patch.email = email;
  for (const write of writes) setAt(patch, write.field, write.new ?? undefined);
  return patch as unknown as CanonicalContact;
}

/** The record as it stands after `writes` succeeded; with `at`, each written field carries that time as its own. */
export function afterWrites(record: CanonicalContact, writes: readonly FieldWrite[], at?: string): CanonicalContact {
  const after = structuredClone(record) as unknown as Record<string, unknown>;
  for (const write of writes) setAt(after, write.field, write.new ?? undefined);
  if (at !== undefined) {
    const sources = { ...record.fieldSources };
    for (const write of writes) sources[write.field] = { system: record.source.system, at };
    after.fieldSources = sources;
  }
  return after as unknown as CanonicalContact;
}

export interface JobSources {
  crm: ReadonlyMap<string, CanonicalContact>;
  marketing: ReadonlyMap<string, CanonicalContact>;
  access: Record<Side, (record: CanonicalContact | undefined) => FieldAccess>;
}

/**
 * The plan without the writes no connector could send (a field the target system does not carry, or
 * one it keeps read-only): those are listed as dropped, so the plan shows only what will be written.
 */
export function withoutUnwritable(plan: ContactSyncPlan, sources: JobSources): { plan: ContactSyncPlan; dropped: DroppedWrite[] } {
  const dropped: DroppedWrite[] = [];
  const keep = (side: Side, recordId: string, writes: readonly FieldWrite[], access: FieldAccess) => writes.filter((write) => {
    if (access.writable.has(write.field) && (access.accepts?.(write.field, write.new) ?? true)) return true;
    // A field this kind of record does not have at all (a Contact's company is its Account) is no write, not a refusal.
    if (!access.readable.has(write.field) && !access.writable.has(write.field)) return false;
    dropped.push({ side, recordId, field: write.field, reason: `${side === 'crm' ? 'the CRM' : 'marketing'} record cannot take ${write.field} through this connector` });
    return false;
  });
  const pairs = plan.pairs.map((pair) => {
    const writes = { ...pair.writes };
    for (const side of ['crm', 'marketing'] as const) {
      const target = side === 'crm' ? sources.crm.get(pair.crmId) : sources.marketing.get(pair.marketingId);
      writes[side] = target === undefined ? [] : keep(side, target.source.id, pair.writes[side], sources.access[side](target));
    }
    return { ...pair, writes };
  });
  const creates = plan.creates.map((create) => ({ ...create, fields: keep(create.side, `(new from ${create.fromId})`, create.fields, sources.access[create.side](undefined)) }));
  return { plan: { ...plan, pairs, creates }, dropped };
}

/** Every write job of a plan (already stripped of unwritable fields by withoutUnwritable). */
export function writeJobsOf(plan: { pairs: readonly PlannedPair[]; creates: readonly PlannedCreate[] }, sources: JobSources): WriteJob[] {
  const jobs: WriteJob[] = [];
  for (const pair of plan.pairs) {
    for (const side of ['crm', 'marketing'] as const) {
      const target = side === 'crm' ? sources.crm.get(pair.crmId) : sources.marketing.get(pair.marketingId);
      if (target === undefined || pair.writes[side].length === 0) continue;
      const writes = pair.writes[side];
      jobs.push({ kind: 'update', side, pair, target, writes, patch: patchOf(target.source, target.kind, writes) });
    }
  }
  for (const create of plan.creates) {
    const from = create.side === 'crm' ? sources.marketing.get(create.fromId) : sources.crm.get(create.fromId);
    if (from === undefined) continue;
    const writes = create.fields;
    const email = valueAt(from, 'email') as string | undefined;
    jobs.push({ kind: 'create', side: create.side, create, from, writes, patch: patchOf(from.source, create.kind, writes, email) });
  }
  return jobs;
}
