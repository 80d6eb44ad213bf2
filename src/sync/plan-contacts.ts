// The contact sync plan: which pairs exist, which fields each side needs written and why, which
// records to create and which to leave alone. Pure: no I/O, no clock; the caller reads the records,
// the id map and the last-synced copies, and applies the plan (DESIGN.md principle 2: plan, then apply).
import type { CanonicalContact } from '../core/canonical/contact.ts';
import { decideRecord, isEmptyValue } from '../core/merge/field-priority.ts';
import type { FieldDecision, MappedField } from '../core/merge/field-priority.ts';
import type { FieldCopies } from '../store/repositories/record-copies.ts';
import { matchContacts } from './match-contacts.ts';
import type { ContactSyncPlan, FieldWrite, PlannedCreate, PlannedPair, Side } from './plan-types.ts';
import { valueAt } from './values.ts';
import { sameValue } from '../core/merge/field-priority.ts';
import { sameSyncedValue } from './compare.ts';

export interface ContactSyncInput {
  /** The contact field mapping (mappings/fields/contact.yaml as loaded), or any list of fields with rule and direction. */
  mapping: { readonly fields: readonly MappedField[] };
  crm: readonly CanonicalContact[];
  marketing: readonly CanonicalContact[];
  /** CRM id → marketing id, from the id map. */
  links: ReadonlyMap<string, string>;
  /** CRM id → the values last synced for that linked record, per field and system. */
  copies?: ReadonlyMap<string, FieldCopies>;
  /** Whether a marketing contact with no CRM counterpart is handed to the CRM as a lead. Default: never. */
  handOff?: (contact: CanonicalContact) => boolean;
}

const other = (side: Side): Side => (side === 'crm' ? 'marketing' : 'crm');
const sideName = (side: Side): string => (side === 'crm' ? 'the CRM' : 'marketing');

/** Whether the mapping lets a field's value flow into `to`: consent opt-outs always may, never_sync never does. */
function flowsTo(field: MappedField, to: Side): boolean {
  if (field.rule === 'never_sync') return false;
  if (field.rule === 'most_restrictive') return true;
  return field.direction === 'both' || field.direction === (to === 'crm' ? 'marketing_to_crm' : 'crm_to_marketing');
}

/** True or false when a copy of the target side's value exists: did the live value move away from it since the last sync? */
function editedSinceSync(copy: FieldCopies | undefined, field: string, target: CanonicalContact, old: unknown): boolean | undefined {
  const seen = (copy?.[field] as Partial<Record<string, { value: unknown }>> | undefined)?.[target.source.system];
  return seen === undefined ? undefined : !sameValue(seen.value ?? undefined, old);
}

function writeOf(decision: FieldDecision & { field: string }, winner: Side, target: CanonicalContact, copy: FieldCopies | undefined): FieldWrite {
  const old = valueAt(target, decision.field);
  const write: FieldWrite = { field: decision.field, old, new: decision.value, rule: decision.rule, winner, because: decision.because };
  const edited = editedSinceSync(copy, decision.field, target, old);
  if (edited !== undefined) write.editedSinceSync = edited;
  if (edited === true) write.because += `; overwrites a change made on ${sideName(winner === 'crm' ? 'marketing' : 'crm')} since the last sync`;
  return write;
}

function planPair(input: ContactSyncInput, crm: CanonicalContact, marketing: CanonicalContact, matchedBy: PlannedPair['matchedBy']): PlannedPair {
  const { decisions } = decideRecord(input.mapping, crm, marketing);
  const copy = input.copies?.get(crm.source.id);
  const writes: PlannedPair['writes'] = { crm: [], marketing: [] };
  for (const decision of decisions) {
    // A value the target already holds in another spelling (HubSpot lower-cases emails) is not a change.
    if (decision.from === 'crm' && !sameSyncedValue(decision.field, valueAt(marketing, decision.field), decision.value)) {
      writes.marketing.push(writeOf(decision, 'crm', marketing, copy));
    }
    if (decision.from === 'marketing' && !sameSyncedValue(decision.field, valueAt(crm, decision.field), decision.value)) {
      writes.crm.push(writeOf(decision, 'marketing', crm, copy));
    }
  }
  return { crmId: crm.source.id, marketingId: marketing.source.id, matchedBy, decisions, writes };
}

/** A create on `to` copying `record`, or the reason it is not created. */
function planCreate(mapping: ContactSyncInput['mapping'], record: CanonicalContact, to: Side): PlannedCreate | string {
  if (record.consent.privacyDeletionRequested) return 'a privacy deletion was requested: the person is not copied anywhere';
  const from = other(to);
  const fields = mapping.fields.filter((field) => flowsTo(field, to));
  if (!fields.some((field) => field.rule !== 'most_restrictive')) return `the mapping writes no field to ${sideName(to)}`;
  const writes: FieldWrite[] = fields.flatMap((field) => {
    const value = valueAt(record, field.canonical);
    if (isEmptyValue(value)) return [];
    return [{ field: field.canonical, old: undefined, new: value, rule: field.rule, winner: from, because: `new record: copied from ${sideName(from)} (${field.rule}, direction ${field.direction})` }];
  });
  const because = to === 'crm'
    ? 'no CRM record has this email, and the contact meets the hand-off rule: created as a lead'
    : 'no marketing record has this email: created from the CRM';
  return { side: to, kind: to === 'crm' ? 'lead' : 'contact', fromId: record.source.id, because, fields: writes };
}

/** Plans one contact sync between the CRM and marketing automation. Planning the result of applying a plan yields no writes. */
export function planContactSync(input: ContactSyncInput): ContactSyncPlan {
  const handOff = input.handOff ?? (() => false);
  const matched = matchContacts(input.crm, input.marketing, input.links);
  const plan: ContactSyncPlan = {
    pairs: matched.matches.map((m) => planPair(input, m.crm, m.marketing, m.matchedBy)),
    creates: [],
    skipped: [...matched.skipped],
  };
  for (const record of matched.unmatched.crm) {
    const create = planCreate(input.mapping, record, 'marketing');
    if (typeof create === 'string') plan.skipped.push({ side: 'crm', recordId: record.source.id, reason: create });
    else plan.creates.push(create);
  }
  for (const record of matched.unmatched.marketing) {
    const create = handOff(record) ? planCreate(input.mapping, record, 'crm') : 'no CRM counterpart, and the contact does not meet the hand-off rule';
    if (typeof create === 'string') plan.skipped.push({ side: 'marketing', recordId: record.source.id, reason: create });
    else plan.creates.push(create);
  }
  return plan;
}
