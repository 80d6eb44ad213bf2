import type { Vendor } from './vendor.ts';
import type { JsonObject, JsonValue } from './json-value.ts';
import type { IsoTimestamp } from './timestamp.ts';

export type ChangeOperation =
  | 'create' | 'update' | 'merge' | 'archive' | 'restore' | 'delete' | 'associate' | 'dissociate';

/** Why a write happened: the rule that justified it and a sentence a RevOps admin can read. */
export interface ChangeReason {
  rule: string;
  why: string;
  /** The evidence: match score, compared values, the priority rule's inputs. */
  details?: JsonObject;
}

export interface NewChangeLogEntry {
  jobRunId?: string | null;
  system: Vendor;
  objectType: string;
  objectId: string;
  /** The property written, or null for whole-record operations (create, merge, archive). */
  field?: string | null;
  operation: ChangeOperation;
  before: JsonValue | null;
  after: JsonValue | null;
  reason: ChangeReason;
}

/** One write the product made. Never updated or deleted: an undo is a new entry. */
export interface ChangeLogEntry extends Required<NewChangeLogEntry> {
  /** Increases with every append, across the whole log. */
  id: number;
  tenantId: string;
  at: IsoTimestamp;
}

/** Paging for lists that can be long: pass the last id seen as afterId. */
export interface ChangeLogPage {
  afterId?: number;
  /** Defaults to 1000. */
  limit?: number;
}

/** Append-only by design: there is no update or delete, and the table refuses both. */
export interface ChangeLogRepository {
  /** All entries in one transaction, in order; returns them with their ids. */
  append(tenantId: string, entries: readonly NewChangeLogEntry[]): Promise<ChangeLogEntry[]>;
  get(tenantId: string, id: number): Promise<ChangeLogEntry | undefined>;
  /** Oldest first. */
  listForObject(
    tenantId: string,
    object: { system: Vendor; objectType: string; objectId: string },
    page?: ChangeLogPage,
  ): Promise<ChangeLogEntry[]>;
  /** Oldest first. */
  listForRun(tenantId: string, jobRunId: string, page?: ChangeLogPage): Promise<ChangeLogEntry[]>;
}
