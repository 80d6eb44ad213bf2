import type { CanonicalDeal, DealType, StageHistoryEntry } from '../core/canonical/index.ts';
import type { DemoCompany, DemoContact, DemoSpec } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { DAY_MS, HOUR_MS, instantBetween, isoAt, isoDateAt } from './demo-time.ts';
import { createRandom, type Random } from './seeded-random.ts';
import { CLOSED_LOST_STAGE, CLOSED_WON_STAGE, DEAL_PRODUCTS, DEMO_PIPELINE, LOST_REASONS, OPEN_DEAL_STAGES } from './vocabulary/sales.ts';

type Ending = { outcome: 'open'; lastOpenStage: number } | { outcome: 'won' } | { outcome: 'lost'; lastOpenStage: number };

/** The stages a deal went through: from the first, sometimes skipping one in between, ending where it ended. */
function stagePath(ending: Ending, random: Random): string[] {
  const last = ending.outcome === 'won' ? OPEN_DEAL_STAGES.length - 1 : ending.lastOpenStage;
  const path: string[] = OPEN_DEAL_STAGES.filter((_, i) => i === 0 || i === last || (i < last && !random.chance(0.15)));
  if (ending.outcome === 'won') path.push(CLOSED_WON_STAGE);
  if (ending.outcome === 'lost') path.push(CLOSED_LOST_STAGE);
  return path;
}

/** When each stay began: the path ends at `endMs`, starts no earlier than `earliestMs`, squeezed if it must be. */
function entryInstants(stayDurations: readonly number[], endMs: number, earliestMs: number, nowMs: number): number[] {
  const total = stayDurations.reduce((sum, ms) => sum + ms, 0);
  const end = Math.max(endMs, Math.min(nowMs, earliestMs + total));
  const scale = total > end - earliestMs ? (end - earliestMs) / total : 1;
  let at = end - total * scale;
  return [...stayDurations.map((ms) => { const entered = at; at += ms * scale; return entered; }), end];
}

/** Earlier close dates, oldest first: each push moved the date out by two to six weeks. */
function closeDateHistory(closeMs: number, createdMs: number, untilMs: number, random: Random): CanonicalDeal['closeDateHistory'] {
  if (!random.chance(0.3)) return [];
  const pushes = random.int(1, 3);
  const changes = Array.from({ length: pushes }, () => instantBetween(random, createdMs, untilMs)).sort((a, b) => a - b);
  let date = closeMs;
  const dates = changes.map(() => (date -= random.int(14, 45) * DAY_MS)).reverse();
  return changes.map((changedMs, i) => ({ closeDate: isoDateAt(dates[i] ?? closeMs), changedAt: isoAt(changedMs) }));
}

interface DealRequest {
  id: string;
  company: DemoCompany;
  contacts: readonly DemoContact[];
  ending: Ending;
  dealType: DealType;
}

export function generateDeal(spec: DemoSpec, { id, company, contacts, ending, dealType }: DealRequest, random: Random): CanonicalDeal {
  const nowMs = Date.parse(spec.now);
  const path = stagePath(ending, random);
  const stays = path.slice(0, -1).map(() => random.int(2, 30) * DAY_MS + random.int(0, 23) * HOUR_MS);
  const endMs = ending.outcome === 'open' ? nowMs - random.int(0, 25) * DAY_MS : nowMs - random.int(1, ending.outcome === 'won' ? 540 : 365) * DAY_MS;
  const entered = entryInstants(stays, endMs, Date.parse(company.createdAt) + HOUR_MS, nowMs);
  const stageHistory: StageHistoryEntry[] = path.map((stage, i) => {
    const exitedMs = entered[i + 1];
    return i < path.length - 1 && exitedMs !== undefined
      ? { stage, enteredAt: isoAt(entered[i] ?? nowMs), exitedAt: isoAt(exitedMs) }
      : { stage, enteredAt: isoAt(entered[i] ?? nowMs) };
  });
  const createdMs = entered[0] ?? nowMs;
  const closedMs = ending.outcome === 'open' ? undefined : entered.at(-1);
  const closeMs = closedMs ?? nowMs + random.int(7, 120) * DAY_MS;
  const history = closeDateHistory(closeMs, createdMs, closedMs ?? nowMs, random);
  const employees = company.employeeCount ?? 50;
  const product = random.pick(DEAL_PRODUCTS);
  const latestChangeMs = Math.max(entered.at(-1) ?? createdMs, ...history.map((change) => Date.parse(change.changedAt)));
  return {
    name: dealType === 'renewal' ? `${company.name} – Renewal ${isoDateAt(closeMs).slice(0, 4)}` : `${company.name} – ${product}`,
    pipeline: DEMO_PIPELINE,
    stage: path.at(-1) ?? OPEN_DEAL_STAGES[0],
    outcome: ending.outcome,
    dealType,
    amount: random.chance(0.95) ? Math.round(Math.min(750_000, Math.max(3_000, employees * random.between(40, 120))) / 500) * 500 : undefined,
    currency: 'USD',
    closeDate: isoDateAt(closeMs),
    closeDateHistory: history,
    stageHistory,
    companyId: company.source.id,
    contactIds: contacts.slice(0, random.int(1, 3)).map((contact) => contact.source.id),
    ownerId: company.ownerId,
    leadSource: contacts[0]?.leadSource,
    lostReason: ending.outcome === 'lost' ? random.pick(LOST_REASONS) : undefined,
    closedAt: closedMs === undefined ? undefined : isoAt(closedMs),
    lastActivityAt: ending.outcome === 'open' ? isoAt(instantBetween(random, createdMs, nowMs)) : undefined,
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(instantBetween(random, latestChangeMs, nowMs)),
    source: demoSource(id, 'deal'),
  };
}

/** The deals a company has had, given where it stands: customers won one, opportunities have one open. */
export function dealsOfCompany(spec: DemoSpec, company: DemoCompany, contacts: readonly DemoContact[], nextId: () => string): CanonicalDeal[] {
  const random = createRandom(spec.seed, 'deals', company.source.id);
  const endings: { ending: Ending; dealType: DealType }[] = [];
  const stage = company.lifecycleStage;
  if (stage === 'customer') {
    endings.push({ ending: { outcome: 'won' }, dealType: 'new_business' });
    if (random.chance(0.3)) endings.push({ ending: { outcome: 'open', lastOpenStage: random.int(0, 4) }, dealType: random.pick(['expansion', 'renewal'] as const) });
  } else if (stage === 'opportunity') {
    if (random.chance(0.1)) endings.push({ ending: { outcome: 'lost', lastOpenStage: random.int(0, 4) }, dealType: 'new_business' });
    endings.push({ ending: { outcome: 'open', lastOpenStage: random.int(1, 4) }, dealType: 'new_business' });
  } else if (stage === 'sql' && random.chance(0.4)) {
    endings.push({ ending: { outcome: 'open', lastOpenStage: random.int(0, 1) }, dealType: 'new_business' });
  } else if (stage === 'lead' && random.chance(0.08)) {
    endings.push({ ending: { outcome: 'lost', lastOpenStage: random.int(0, 3) }, dealType: 'new_business' });
  }
  return endings.map(({ ending, dealType }) => generateDeal(spec, { id: nextId(), company, contacts, ending, dealType }, random));
}
