// A deal's stage and close-date history from the vendor's change rows (HubSpot's property histories,
// Salesforce's OpportunityHistory), in the canonical shapes. Pure.
import type { CloseDateChange, StageHistoryEntry } from '../core/canonical/deal.ts';

/** One recorded value: the stage key or close date a deal had from `at` on. */
export interface HistoryPoint<V> {
  at: string;
  value: V | undefined;
}

const byTime = <V>(points: ReadonlyArray<HistoryPoint<V>>) => [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * Stays in each stage, oldest first; a run of rows with one stage (an amount changed) is one stay. A
 * history that does not end in the current stage does not describe this deal, and is left empty.
 */
export function stageHistoryOf(points: ReadonlyArray<HistoryPoint<string>>, current: string): StageHistoryEntry[] {
  const stays: StageHistoryEntry[] = [];
  for (const { at, value } of byTime(points)) {
    if (value === undefined || stays.at(-1)?.stage === value) continue;
    const previous = stays.at(-1);
    if (previous) previous.exitedAt = at;
    stays.push({ stage: value, enteredAt: at });
  }
  return stays.at(-1)?.stage === current ? stays : [];
}

/** Close dates the deal had before it was moved, oldest first, each with when it was moved off. */
export function closeDateHistoryOf(points: ReadonlyArray<HistoryPoint<string>>): CloseDateChange[] {
  const changes: CloseDateChange[] = [];
  let held: string | undefined;
  for (const { at, value } of byTime(points)) {
    if (value === held) continue;
    if (held !== undefined) changes.push({ closeDate: held, changedAt: at });
    held = value;
  }
  return changes;
}

/** When a closed deal closed: when it entered its current (closed) stage, if the history says. */
export function closedAtOf(history: readonly StageHistoryEntry[], outcome: 'open' | 'won' | 'lost'): string | undefined {
  return outcome === 'open' ? undefined : history.at(-1)?.enteredAt;
}
