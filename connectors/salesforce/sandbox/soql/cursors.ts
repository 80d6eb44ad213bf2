import { idFromCounter } from '../ids.ts';

// Query locators. A query whose answer is longer than one page keeps a cursor: a snapshot of the
// matching ids in answer order, taken when the query ran, so paging is exact even while records change.
// Its locator looks like Salesforce's, `01g5e0000000001AAA-2000` (an 01g-prefixed id, a dash, the
// position of the next row), and any position inside the cursor can be fetched, as Salesforce allows.
// Salesforce's rules since API 56.0 (for every version): no limit on open cursors, and a cursor's
// results stay available for 2 days
// (https://developer.salesforce.com/docs/platform/salesforce-app-limits-cheatsheet/guide/salesforce-app-limits-platform-apicursors.html).
// The sandbox keeps a cursor 2 days from its creation on the sandbox clock. Its memory is bounded by the
// total number of ids the cursors hold (`maxStoredIds`); past it, finished cursors (whose last page was
// served) go first, then the least recently used, so a long sync's cursor outlives many short queries.

export const CURSOR_LIFETIME_MS = 2 * 24 * 60 * 60_000;
export const MAX_STORED_CURSOR_IDS = 1_000_000;

const LOCATOR = /^(01g[a-zA-Z0-9]{15})-(\d+)$/;

export interface QueryCursor<Q> {
  readonly id: string;
  readonly rowIds: readonly string[];
  readonly query: Q;
  readonly pageSize: number;
  readonly createdMs: number;
  /** Whether the page holding the last row has been served. */
  finished: boolean;
}

export interface CursorStoreOptions {
  now: () => number;
  /** Two characters naming the pod, as in the org's record ids. */
  pod?: string;
  lifetimeMs?: number;
  /** The most row ids all cursors together keep. */
  maxStoredIds?: number;
}

/** Open cursors of one org, least recently used first. `Q` is whatever the pages need to project rows. */
export class QueryCursors<Q> {
  private readonly open = new Map<string, QueryCursor<Q>>();
  private storedIds = 0;
  private counter = 0;
  private readonly now: () => number;
  private readonly pod: string;
  private readonly lifetimeMs: number;
  private readonly maxStoredIds: number;

  constructor(options: CursorStoreOptions) {
    this.now = options.now;
    this.pod = options.pod ?? '5e';
    this.lifetimeMs = options.lifetimeMs ?? CURSOR_LIFETIME_MS;
    this.maxStoredIds = options.maxStoredIds ?? MAX_STORED_CURSOR_IDS;
  }

  /** Keeps the ids of an answer for later pages; returns the cursor. */
  create(rowIds: readonly string[], query: Q, pageSize: number): QueryCursor<Q> {
    this.expire();
    this.makeRoom(rowIds.length);
    this.counter += 1;
    const cursor: QueryCursor<Q> = { id: idFromCounter('01g', this.pod, this.counter), rowIds, query, pageSize, createdMs: this.now(), finished: false };
    this.open.set(cursor.id, cursor);
    this.storedIds += rowIds.length;
    return cursor;
  }

  /** The cursor and position a locator names, or undefined when it is malformed, unknown, expired or past the end. */
  resolve(locator: string): { cursor: QueryCursor<Q>; position: number } | undefined {
    this.expire();
    const match = LOCATOR.exec(locator);
    const cursor = match ? this.open.get(match[1] as string) : undefined;
    const position = Number(match?.[2]);
    if (!cursor || !Number.isSafeInteger(position) || position >= cursor.rowIds.length) return undefined;
    // Most recently used last.
    this.open.delete(cursor.id);
    this.open.set(cursor.id, cursor);
    return { cursor, position };
  }

  locator(cursor: QueryCursor<Q>, position: number): string {
    return `${cursor.id}-${position}`;
  }

  get size(): number {
    this.expire();
    return this.open.size;
  }

  clear(): void {
    this.open.clear();
    this.storedIds = 0;
  }

  private remove(cursor: QueryCursor<Q>): void {
    this.open.delete(cursor.id);
    this.storedIds -= cursor.rowIds.length;
  }

  /** Releases finished cursors, then the least recently used, until `incoming` more ids fit. */
  private makeRoom(incoming: number): void {
    const over = () => this.storedIds + incoming > this.maxStoredIds;
    for (const cursor of [...this.open.values()]) {
      if (!over()) return;
      if (cursor.finished) this.remove(cursor);
    }
    for (const cursor of [...this.open.values()]) {
      if (!over()) return;
      this.remove(cursor);
    }
  }

  private expire(): void {
    const now = this.now();
    for (const cursor of [...this.open.values()]) if (now - cursor.createdMs > this.lifetimeMs) this.remove(cursor);
  }
}
