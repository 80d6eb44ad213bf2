import type { ChangeLogEntry, NewChangeLogEntry } from './change-log.ts';
import type { DeadLetter, NewDeadLetter } from './dead-letters.ts';
import type { SystemRecordRef } from './id-map.ts';
import type { JsonValue } from './json-value.ts';
import type { RecordCopyUpdate } from './record-copies.ts';
import type { NewTombstone } from './tombstones.ts';
import type { Vendor } from './vendor.ts';

/** A new id-map link between two records of the same canonical object type. */
export interface LinkChange {
  objectType: string;
  a: SystemRecordRef;
  b: SystemRecordRef;
}

/** Moves every link of a record to its new id in the same system (e.g. a Salesforce lead converted to a contact). */
export interface Relink {
  objectType: string;
  system: Vendor;
  fromId: string;
  toId: string;
}

/**
 * Everything the sync learnt and did in one batch. It is saved as one unit so that the cursor
 * never moves past writes whose change log, copies or links were lost to a crash, and never stays
 * behind writes that were recorded.
 */
export interface SyncCommit {
  /** Change-log entries: the before/after of each write. */
  changes?: readonly NewChangeLogEntry[];
  /** Local copy updates. */
  copies?: readonly RecordCopyUpdate[];
  forgetCopies?: readonly { objectType: string; record: SystemRecordRef }[];
  /** New id-map links: idempotent for the same pair; IdLinkConflictError otherwise. */
  links?: readonly LinkChange[];
  relinks?: readonly Relink[];
  unlinks?: readonly { objectType: string; record: SystemRecordRef; otherSystem: Vendor }[];
  tombstones?: readonly NewTombstone[];
  deadLetters?: readonly NewDeadLetter[];
  cursors?: readonly { stream: string; value: JsonValue }[];
}

export interface SyncCommitResult {
  /** The change-log entries as stored, with their ids. */
  changes: ChangeLogEntry[];
  /** The dead letters as stored (a repeat counts an attempt on the existing letter). */
  deadLetters: DeadLetter[];
}

export interface SyncCommitRepository {
  /** Everything in one transaction, applied in the order of the fields above; any failure leaves none of it. */
  commit(tenantId: string, commit: SyncCommit): Promise<SyncCommitResult>;
}
