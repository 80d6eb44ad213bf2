import type { JsonValue } from './json-value.ts';
import type { IsoTimestamp } from './timestamp.ts';
import type { Vendor } from './vendor.ts';

export type DeadLetterStatus = 'open' | 'replayed' | 'discarded';

export interface NewDeadLetter {
  jobRunId: string;
  vendor: Vendor;
  objectType: string;
  /** The stable key the write used: vendor id, email, external id. */
  recordKey: string;
  /** What the job tried to send, so a replay can send it again. */
  payload: JsonValue;
  /** The connector kit's FailureKind ('rejected_record', 'not_found', …); open to new kinds. */
  failureKind: string;
  vendorMessage: string;
  vendorCode?: string | null;
}

/** One record a job set aside while its batch went on. */
export interface DeadLetter extends Required<NewDeadLetter> {
  id: number;
  tenantId: string;
  /** 1 on the first failure; each re-add of the same record in the same run adds one. */
  attempts: number;
  firstFailedAt: IsoTimestamp;
  lastFailedAt: IsoTimestamp;
  status: DeadLetterStatus;
  /** When it was replayed or discarded. */
  resolvedAt: IsoTimestamp | null;
  discardReason: string | null;
}

export interface DeadLetterListOptions {
  vendor?: Vendor;
  /** The last id of the previous page. */
  afterId?: number;
  limit: number;
}

export interface DeadLetterRepository {
  /**
   * All entries in one transaction. The same record key for the same run, vendor and object type
   * updates the existing letter (attempts + 1, latest payload and message, open again) instead
   * of adding a second one. Returns the letters as stored.
   */
  add(tenantId: string, entries: readonly NewDeadLetter[]): Promise<DeadLetter[]>;
  /** Open letters, oldest first. */
  listOpen(tenantId: string, options: DeadLetterListOptions): Promise<DeadLetter[]>;
  countOpen(tenantId: string): Promise<number>;
  /** Open → replayed. Returns how many moved; ids not open (or not this tenant's) are left alone. */
  markReplayed(tenantId: string, ids: readonly number[]): Promise<number>;
  /** Open → discarded with the reason. Returns how many moved; ids not open are left alone. */
  discard(tenantId: string, ids: readonly number[], reason: string): Promise<number>;
}
