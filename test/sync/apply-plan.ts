// Applies a plan to copies of its inputs, as a perfect apply step would: the test double for idempotence specs.
import { CanonicalContactSchema } from '../../src/core/canonical/contact.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { ContactSyncInput } from '../../src/sync/plan-contacts.ts';
import type { ContactSyncPlan, FieldWrite } from '../../src/sync/plan-types.ts';
import { T2 } from './builders.ts';

function withWrites(record: CanonicalContact, writes: readonly FieldWrite[]): CanonicalContact {
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const write of writes) {
    const parts = write.field.split('.');
    let target = copy;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = write.new;
  }
  return CanonicalContactSchema.parse(copy);
}

export function applyPlan(input: ContactSyncInput, plan: ContactSyncPlan): ContactSyncInput {
  const links = new Map(input.links);
  const crmWrites = new Map(plan.pairs.map((pair) => [pair.crmId, pair.writes.crm]));
  const marketingWrites = new Map(plan.pairs.map((pair) => [pair.marketingId, pair.writes.marketing]));
  for (const pair of plan.pairs) links.set(pair.crmId, pair.marketingId);
  const crm = input.crm.map((record) => withWrites(record, crmWrites.get(record.source.id) ?? []));
  const marketing = input.marketing.map((record) => withWrites(record, marketingWrites.get(record.source.id) ?? []));
  for (const create of plan.creates) {
    const id = `new-${create.fromId}`;
    const system = create.side === 'crm' ? 'salesforce' : 'hubspot';
    const blank = CanonicalContactSchema.parse({ kind: create.kind, email: 'placeholder@example.com', createdAt: T2, updatedAt: T2, source: { system, id } });
    const created = withWrites({ ...blank, email: undefined }, create.fields);
    if (create.side === 'crm') { crm.push(created); links.set(id, create.fromId); }
    else { marketing.push(created); links.set(create.fromId, id); }
  }
  return { ...input, crm, marketing, links };
}
