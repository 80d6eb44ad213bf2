// A plan in numbers (summarisePlan) and as text for --dry-run (renderPlan): one line per field write.
import type { ContactSyncPlan, FieldWrite, PlanSummary, Side } from './plan-types.ts';

export function summarisePlan(plan: ContactSyncPlan): PlanSummary {
  const summary: PlanSummary = {
    matched: plan.pairs.length,
    linkedByEmail: plan.pairs.filter((pair) => pair.matchedBy === 'email').length,
    creates: { crm: 0, marketing: 0 },
    updates: { crm: 0, marketing: 0 },
    fieldsChanged: 0,
    skipped: plan.skipped.length,
  };
  for (const pair of plan.pairs) {
    for (const side of ['crm', 'marketing'] as const) {
      if (pair.writes[side].length > 0) summary.updates[side] += 1;
      summary.fieldsChanged += pair.writes[side].length;
    }
  }
  for (const create of plan.creates) {
    summary.creates[create.side] += 1;
    summary.fieldsChanged += create.fields.length;
  }
  return summary;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const line = (side: Side, record: string, write: FieldWrite): string =>
  `  ${side} ${record} ${write.field}: ${show(write.old)} → ${show(write.new)} (${write.rule})`;

/** Short text for --dry-run: a summary line, then one line per write, then the skipped records with their reasons. */
export function renderPlan(plan: ContactSyncPlan): string {
  const s = summarisePlan(plan);
  const lines = [
    `Plan: ${s.matched} matched (${s.linkedByEmail} new links by email), creates crm ${s.creates.crm} / marketing ${s.creates.marketing}, ` +
      `updates crm ${s.updates.crm} / marketing ${s.updates.marketing}, ${s.fieldsChanged} fields, ${s.skipped} skipped`,
  ];
  for (const pair of plan.pairs) {
    if (pair.matchedBy === 'email') lines.push(`  link crm ${pair.crmId} ↔ marketing ${pair.marketingId} (same email)`);
    for (const write of pair.writes.crm) lines.push(line('crm', pair.crmId, write));
    for (const write of pair.writes.marketing) lines.push(line('marketing', pair.marketingId, write));
  }
  for (const create of plan.creates) {
    lines.push(`  create ${create.kind} on ${create.side} from ${create.fromId}`);
    for (const write of create.fields) lines.push(line(create.side, `(new from ${create.fromId})`, write));
  }
  for (const skipped of plan.skipped) lines.push(`  skip ${skipped.side} ${skipped.recordId}: ${skipped.reason}`);
  return lines.join('\n');
}
