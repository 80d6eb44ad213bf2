// A vendor's deal stages against the product's neutral stage keys (qualification … closed_won,
// closed_lost; docs/canonical-model.md). Pure. Each connector reads its stages (HubSpot's pipelines,
// Salesforce's OpportunityStage) into VendorStage and passes the labels of its default stages.
import type { DealOutcome } from '../core/canonical/deal.ts';

export const CLOSED_WON_STAGE = 'closed_won';
export const CLOSED_LOST_STAGE = 'closed_lost';

/** One stage as the vendor defines it. */
export interface VendorStage {
  /** What deals store: HubSpot's stage id, Salesforce's StageName (the stage's API name). */
  id: string;
  label: string;
  /** Position in the pipeline; the first stage of a key is the one written. */
  order: number;
  closed: boolean;
  won: boolean;
  /** Inactive stages are read on old deals but never written. */
  active: boolean;
}

export interface StageReading {
  key: string;
  outcome: DealOutcome;
}

export interface StageTable {
  /** The key and outcome of a stage id; undefined for an id the vendor does not define. */
  read(id: string): StageReading | undefined;
  /** The stage id to write for a key: the first active stage, in order, that reads as it. */
  write(key: string): string | undefined;
  readonly stages: readonly VendorStage[];
}

/** A label as a key: `Needs Analysis` → `needs_analysis`, `Id. Decision Makers` → `id_decision_makers`. */
export function keyOfLabel(label: string): string {
  return label.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * Won and lost come from the vendor's own flags, whatever the label; an open stage is its label's key
 * in `aliases` (the vendor's default labels, keyed by keyOfLabel), else the label itself as a key, so a
 * stage labelled `Discovery` is `discovery` and an unknown one keeps a stable key of its own.
 */
export function stageTable(stages: readonly VendorStage[], aliases: Readonly<Record<string, string>>): StageTable {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const readings = new Map<string, StageReading>();
  for (const stage of ordered) {
    const outcome: DealOutcome = stage.closed ? (stage.won ? 'won' : 'lost') : 'open';
    const label = keyOfLabel(stage.label);
    const key = outcome === 'won' ? CLOSED_WON_STAGE : outcome === 'lost' ? CLOSED_LOST_STAGE : (aliases[label] ?? label);
    readings.set(stage.id, { key, outcome });
  }
  return {
    stages: ordered,
    read: (id) => readings.get(id),
    write: (key) => ordered.find((s) => s.active && readings.get(s.id)?.key === key)?.id,
  };
}
