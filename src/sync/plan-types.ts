// The shape of a contact sync plan: what planContactSync decides and what --dry-run prints.
// A plan is data only; applying it (batches, change log, checkpoints) is another step.
import type { FieldDecision, PriorityRule } from '../core/merge/field-priority.ts';

/** The CRM (system of record) or marketing automation. */
export type Side = 'crm' | 'marketing';

/** One field written on one side, with the value it replaces and the reason it is written. */
export interface FieldWrite {
  field: string;
  old: unknown;
  new: unknown;
  rule: PriorityRule;
  /** The side whose value is written. */
  winner: Side;
  because: string;
  /** With last-synced copies: true when the target side changed the field since the last sync (a person's edit is overwritten). */
  editedSinceSync?: boolean;
}

/** Two records known to be the same person: by an existing link, or by exact email as a proposed new link. */
export interface PlannedPair {
  crmId: string;
  marketingId: string;
  matchedBy: 'link' | 'email';
  decisions: Array<FieldDecision & { field: string }>;
  /** Per side, the fields to write there: only fields that change. */
  writes: { crm: FieldWrite[]; marketing: FieldWrite[] };
}

/** A record to create on `side`, copied from `fromId` on the other side. */
export interface PlannedCreate {
  side: Side;
  /** Marketing creates are contacts; CRM creates are leads. */
  kind: 'contact' | 'lead';
  fromId: string;
  because: string;
  fields: FieldWrite[];
}

export interface SkippedRecord {
  side: Side;
  recordId: string;
  reason: string;
}

export interface ContactSyncPlan {
  pairs: PlannedPair[];
  creates: PlannedCreate[];
  skipped: SkippedRecord[];
}

export interface PlanSummary {
  /** Pairs planned, whichever way they matched. */
  matched: number;
  /** Of those, pairs matched by email: new links to record. */
  linkedByEmail: number;
  creates: Record<Side, number>;
  /** Records updated on each side (a record with several changed fields counts once). */
  updates: Record<Side, number>;
  /** Field writes across updates and creates. */
  fieldsChanged: number;
  skipped: number;
}
