import { idChecksum } from '../ids.ts';

// Query locators. A query whose answer is longer than one page keeps a cursor: a snapshot of the
// matching ids in answer order, taken when the query ran, so paging is exact even while records change.
// Its locator looks like Salesforce's, `01g5e0000000001AAA-2000` (an 01g-prefixed id, a dash, the
// position of the next row), and any position inside the cursor can be fetched, as Salesforce allows.
// A cursor dies after 15 minutes without use, and at most `maxOpen` stay open: opening one more
// releases the oldest, as Salesforce does with a user's 10 cursors
// (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_query.htm).

export const CURSOR_IDLE_MS = 15 * 60_000;
export const MAX_OPEN_CURSORS = 10;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOCATOR = /^(01g[a-zA-Z0-9]{15})-(\d+)$/;

export interface QueryCursor<Q> {
  readonly id: string;
  readonly rowIds: readonly string[];
  readonly query: Q;
  readonly pageSize: number;
  lastUsedMs: number;
}

export interface CursorStoreOptions {
  now: () => number;
  /** Two characters naming the pod, as in the org's record ids. */
  pod?: string;
  idleMs?: number;
  maxOpen?: number;
}

/** Open cursors of one org, in the order they were opened. `Q` is whatever the pages need to project rows. */
export class QueryCursors<Q> {
  private readonly open = new Map<string, QueryCursor<Q>>();
  private counter = 0;
  private readonly now: () => number;
  private readonly pod: string;
  private readonly idleMs: number;
  private readonly maxOpen: number;

  constructor(options: CursorStoreOptions) {
    this.now = options.now;
    this.pod = options.pod ?? '5e';
    this.idleMs = options.idleMs ?? CURSOR_IDLE_MS;
    this.maxOpen = options.maxOpen ?? MAX_OPEN_CURSORS;
  }

  /** Keeps the ids of an answer for later pages; returns the cursor. */
  create(rowIds: readonly string[], query: Q, pageSize: number): QueryCursor<Q> {
    this.expire();
    while (this.open.size >= this.maxOpen) {
      const oldest = this.open.keys().next().value;
      if (oldest === undefined) break;
      this.open.delete(oldest);
    }
    this.counter += 1;
    let n = this.counter;
    let digits = '';
    for (let i = 0; i < 9; i++, n = Math.floor(n / 62)) digits = BASE62.charAt(n % 62) + digits;
    const id15 = `01g${this.pod}0${digits}`;
    const cursor: QueryCursor<Q> = { id: id15 + idChecksum(id15), rowIds, query, pageSize, lastUsedMs: this.now() };
    this.open.set(cursor.id, cursor);
    return cursor;
  }

  /** The cursor and position a locator names, or undefined when it is malformed, unknown, expired or past the end. */
  resolve(locator: string): { cursor: QueryCursor<Q>; position: number } | undefined {
    this.expire();
    const match = LOCATOR.exec(locator);
    const cursor = match ? this.open.get(match[1] as string) : undefined;
    const position = Number(match?.[2]);
    if (!cursor || !Number.isSafeInteger(position) || position >= cursor.rowIds.length) return undefined;
    cursor.lastUsedMs = this.now();
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
  }

  private expire(): void {
    const now = this.now();
    for (const [id, cursor] of this.open) if (now - cursor.lastUsedMs > this.idleMs) this.open.delete(id);
  }
}
