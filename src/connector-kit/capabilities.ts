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
