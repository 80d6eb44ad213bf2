import type { SystemRecordRef } from './id-map.ts';
import type { IsoTimestamp } from './timestamp.ts';
import type { Vendor } from './vendor.ts';

export type TombstoneReason = 'deleted' | 'merged' | 'privacy_deletion';

/** A record that is gone from one system: the sync must not bring it back from another. */
export interface NewTombstone {
  objectType: string;
  record: SystemRecordRef;
  /** Lets a twin elsewhere be recognised by email; stored trimmed and lower-case. */
  email?: string | null;
  reason: TombstoneReason;
  /** For 'merged': the id of the surviving record in the same system. */
  mergedInto?: string | null;
  /** When the vendor deleted or merged it. */
  deletedAt: IsoTimestamp;
}

export interface Tombstone extends Required<NewTombstone> {
  tenantId: string;
  /** When the store learnt of it. */
  recordedAt: IsoTimestamp;
}

export interface TombstoneRepository {
  /**
   * All entries in one transaction. Idempotent per (objectType, system, id): the first tombstone
   * of a record stays, and a later one only fills in an email the first lacked.
   */
  add(tenantId: string, entries: readonly NewTombstone[]): Promise<void>;
  /** One query: record id → tombstone, with ids that have none absent. */
  findByIds(tenantId: string, objectType: string, system: Vendor, ids: readonly string[]): Promise<Map<string, Tombstone>>;
  /**
   * One query, any system: email as given → the oldest tombstone carrying it, emails compared
   * trimmed and lower-case; emails with none absent.
   */
  findByEmails(tenantId: string, objectType: string, emails: readonly string[]): Promise<Map<string, Tombstone>>;
}
