import type { CanonicalDeal, CanonicalTask, TaskType } from '../core/canonical/index.ts';
import type { DemoContact, DemoSpec } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { DAY_MS, HOUR_MS, instantBetween, isoAt } from './demo-time.ts';
import { createRandom, type Random } from './seeded-random.ts';
import { FOLLOW_UP_SUBJECTS } from './vocabulary/sales.ts';

interface TaskRequest {
  id: string;
  subject: string;
  type: TaskType;
  ownerId: string;
  createdAfterMs: number;
  done: boolean;
  links: Pick<CanonicalTask, 'contactId' | 'companyId' | 'dealId'>;
}

/** An open task is due from five days ago (overdue: an SLA breach to find) to a week ahead; a done one was done by now. */
function buildTask(spec: DemoSpec, request: TaskRequest, random: Random): CanonicalTask {
  const nowMs = Date.parse(spec.now);
  const createdMs = instantBetween(random, request.createdAfterMs, nowMs - HOUR_MS);
  const dueMs = request.done ? instantBetween(random, createdMs, nowMs) : Math.max(createdMs, nowMs + random.int(-5, 7) * DAY_MS);
  const completedMs = request.done ? instantBetween(random, createdMs, nowMs) : undefined;
  return {
    subject: request.subject,
    type: request.type,
    status: request.done ? 'completed' : random.pick(['not_started', 'not_started', 'in_progress', 'waiting'] as const),
    priority: random.pick(['low', 'normal', 'normal', 'high'] as const),
    dueAt: isoAt(dueMs),
    completedAt: completedMs === undefined ? undefined : isoAt(completedMs),
    ownerId: request.ownerId,
    ...request.links,
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(completedMs ?? createdMs),
    source: demoSource(request.id, 'task'),
  };
}

const WORKING = new Set(['new', 'attempted_to_contact', 'connected', 'in_progress']);

/** Follow-ups on people reps are working, and a few done ones from the past. */
export function tasksOfContact(spec: DemoSpec, contact: DemoContact, nextId: () => string): CanonicalTask[] {
  if (!contact.ownerId || !contact.presentIn.includes('crm')) return [];
  const random = createRandom(spec.seed, 'tasks', contact.source.id);
  const links = { contactId: contact.source.id, companyId: contact.companyId };
  const common = { ownerId: contact.ownerId, createdAfterMs: Date.parse(contact.createdAt), links };
  const tasks: CanonicalTask[] = [];
  if (contact.leadStatus && WORKING.has(contact.leadStatus) && random.chance(0.5)) {
    tasks.push(buildTask(spec, { ...common, id: nextId(), subject: random.pick(FOLLOW_UP_SUBJECTS.slice(0, 5)), type: random.pick(['call', 'email'] as const), done: false }, random));
  }
  if (random.chance(0.15)) {
    tasks.push(buildTask(spec, { ...common, id: nextId(), subject: random.pick(FOLLOW_UP_SUBJECTS), type: random.pick(['call', 'email', 'todo'] as const), done: true }, random));
  }
  return tasks;
}

/** Open deals usually have a next step on the owner's list. */
export function tasksOfDeal(spec: DemoSpec, deal: CanonicalDeal, nextId: () => string): CanonicalTask[] {
  if (deal.outcome !== 'open' || !deal.ownerId) return [];
  const random = createRandom(spec.seed, 'tasks', deal.source.id);
  if (!random.chance(0.6)) return [];
  const subject = deal.dealType === 'renewal' ? 'Renewal check-in' : random.pick(['Prepare proposal', 'Confirm decision maker', 'Send pricing']);
  const links = { companyId: deal.companyId, dealId: deal.source.id, contactId: deal.contactIds[0] };
  return [buildTask(spec, { id: nextId(), subject, type: 'todo', ownerId: deal.ownerId, createdAfterMs: Date.parse(deal.createdAt), done: false, links }, random)];
}
