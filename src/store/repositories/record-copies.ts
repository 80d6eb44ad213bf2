import type { SystemRecordRef } from './id-map.ts';
import type { JsonValue } from './json-value.ts';
import type { IsoTimestamp } from './timestamp.ts';
import type { Vendor } from './vendor.ts';

/** Who put a value there: a person's edit, the vendor's own automation, or our sync (an echo). */
export type WrittenBy = 'person' | 'automation' | 'sync';

/** One field's value as last seen in one system, with where it came from. */
export interface SeenValue {
  /** The value as the store received it; JSON null for an empty field. */
  value: JsonValue;
  /** The vendor's modified time for the field (or the record, when the vendor has no per-field time). */
  modifiedAt: IsoTimestamp | null;
  writtenBy: WrittenBy;
  /** The job run that wrote or read the value, when one did. */
  jobRunId: string | null;
  /** The priority or mapping rule behind a value the sync wrote (e.g. 'crm_wins'). */
  rule: string | null;
  /** When the store recorded it. */
  seenAt: IsoTimestamp;
}

/** field → system → the value last seen there. */
export type FieldCopies = Record<string, Partial<Record<Vendor, SeenValue>>>;

/**
 * The local copy of one linked record. `record` is the key the sync chose for the link (one of
 * its ids, e.g. the CRM side); `fields` holds what was seen on every side of it.
 */
export interface RecordCopy {
  /** Increases with every new copy in the store; scan pages by it. */
  id: number;
  objectType: string;
  record: SystemRecordRef;
  fields: FieldCopies;
  updatedAt: IsoTimestamp;
}

export interface NewSeenValue {
  field: string;
  /** The side the value was seen on (or written to). */
  system: Vendor;
  value: JsonValue;
  modifiedAt: IsoTimestamp | null;
  writtenBy: WrittenBy;
  jobRunId?: string | null;
  rule?: string | null;
}

export interface RecordCopyUpdate {
  objectType: string;
  record: SystemRecordRef;
  /** Replaces these (field, system) values; fields not named keep what they had. */
  values: readonly NewSeenValue[];
}

export interface RecordCopyScan {
  /** The `nextAfterId` of the previous page; omit for the first page. */
  afterId?: number;
  limit: number;
}

export interface RecordCopyPage {
  copies: RecordCopy[];
  /** Pass as afterId for the next page; null when this page was the last. */
  nextAfterId: number | null;
}

/** What the plan diffs against, what tells an echo from an edit, what weekly jobs read instead of the API. */
export interface RecordCopyRepository {
  /** A whole batch in one query: record id → copy, with ids that have no copy absent. */
  getMany(tenantId: string, objectType: string, system: Vendor, ids: readonly string[]): Promise<Map<string, RecordCopy>>;
  /** All updates in one transaction: a failing entry leaves none of them written. */
  upsertMany(tenantId: string, updates: readonly RecordCopyUpdate[]): Promise<void>;
  /** Drops the copy and all its values (deleted record, unlinked pair); false when there was none. */
  forget(tenantId: string, objectType: string, system: Vendor, id: string): Promise<boolean>;
  /** One page of an object type's copies in id order, so a full read never holds everything at once. */
  scan(tenantId: string, objectType: string, page: RecordCopyScan): Promise<RecordCopyPage>;
}
