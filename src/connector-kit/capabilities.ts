import type { BatchOutcome } from './batch-outcome.ts';

/**
 * Where a change feed stands: the last (modified time, id) pair it handed out. Many records share
 * one modified time (HubSpot's month-end bulk updates put 10,000+ on one millisecond), so the id
 * breaks ties and a restart resumes inside a run of equal timestamps.
 */
export interface FeedCursor {
  modifiedAt: string;
  id: string;
}

export interface FeedPage<T> {
  records: T[];
  /** The cursor after the last record of this page; saved by the engine once the page is committed. */
  cursor: FeedCursor | undefined;
  /** API calls this page took. */
  calls: number;
}

/** Records changed since a cursor, as a stream of pages whose memory does not grow with the data. */
export interface ChangeFeed<T> {
  pages(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<FeedPage<T>>;
}

/** Creates or updates records matched on a stable key, per-record outcomes, in the vendor's batch size. */
export interface BatchWriter<T> {
  readonly maxBatch: number;
  write(batch: readonly T[]): Promise<BatchOutcome<T>>;
}

/** Records found by a read; ids or keys that match nothing (deleted, archived, never existed) are simply absent. */
export interface ReadResult<T> {
  records: T[];
  /** API calls the read took, retries included. */
  calls: number;
}

/**
 * Reads records by id, and people by email, in the vendor's batch size: how the engine fetches the
 * counterpart of a changed record and matches an unlinked one before anything new is created.
 */
export interface RecordReader<T> {
  /** The most ids or emails one API call takes; larger inputs are split by the reader. */
  readonly maxBatch: number;
  readByIds(ids: readonly string[]): Promise<ReadResult<T>>;
  /** Records whose primary email equals one of these, compared trimmed and case-insensitively. */
  readByEmails(emails: readonly string[]): Promise<ReadResult<T>>;
}

/** Archives (soft-deletes) records by id: what a deletion in the system of record becomes on the other side. */
export interface RecordArchiver {
  readonly maxBatch: number;
  /** Ids already archived or never found count as archived: the call is idempotent. */
  archive(ids: readonly string[]): Promise<{ archived: string[]; rejected: Array<{ id: string; vendorMessage: string }>; calls: number }>;
}
