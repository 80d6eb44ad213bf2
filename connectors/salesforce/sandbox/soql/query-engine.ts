import type { QuerySource } from './source.ts';
import type { BoundQuery } from './bind.ts';
import { prepareQuery } from './bind.ts';
import { selectRows } from './evaluate.ts';
import type { WireRecord } from './project.ts';
import { projectRow } from './project.ts';
import type { CursorStoreOptions, QueryCursor } from './cursors.ts';
import { QueryCursors } from './cursors.ts';
import { invalidLocator } from './errors.ts';

// query, queryAll and their locators without HTTP
// (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm):
// the first call answers one page and, when more rows match, a nextRecordsUrl naming a cursor; each
// locator call answers the next page of that cursor. `totalSize` is always the whole answer's size.

export type QueryResource = 'query' | 'queryAll';

export interface QueryAnswer {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: WireRecord[];
}

export interface PageRequest {
  /** The version in the request path, without the `v`: "62.0". */
  apiVersion: string;
  resource: QueryResource;
  /** Rows per page for this call (the route has already applied Sforce-Query-Options and the settings). */
  pageSize: number;
}

interface CursorQuery {
  query: BoundQuery;
  includeDeleted: boolean;
}

export class QueryEngine {
  private readonly source: QuerySource;
  private readonly now: () => number;
  private readonly cursors: QueryCursors<CursorQuery>;

  constructor(source: QuerySource, options: CursorStoreOptions) {
    this.source = source;
    this.now = options.now;
    this.cursors = new QueryCursors<CursorQuery>(options);
  }

  /** Runs a SOQL statement; throws SoqlError for what Salesforce would refuse. queryAll includes the recycle bin. */
  run(soql: string, request: PageRequest): QueryAnswer {
    const query = prepareQuery(soql, this.source);
    const includeDeleted = request.resource === 'queryAll';
    const rows = selectRows(query, this.source, { includeDeleted, nowMs: this.now() });
    if (query.count) return { totalSize: rows.length, done: true, records: [] };
    const records = rows.slice(0, request.pageSize).map((row) => projectRow(query, row, this.source, request.apiVersion));
    if (rows.length <= request.pageSize) return { totalSize: rows.length, done: true, records };
    const cursor = this.cursors.create(rows.map((row) => row.Id), { query, includeDeleted }, request.pageSize);
    return { totalSize: rows.length, done: false, nextRecordsUrl: this.nextUrl(cursor, request.pageSize, request), records };
  }

  /** The page a locator (`01g…-2000`) names; INVALID_QUERY_LOCATOR when it is unknown, expired or past the end. */
  more(locator: string, request: Omit<PageRequest, 'pageSize'> & { pageSize: number | undefined }): QueryAnswer {
    const found = this.cursors.resolve(locator);
    if (!found) throw invalidLocator();
    const { cursor, position } = found;
    const pageSize = request.pageSize ?? cursor.pageSize;
    const end = Math.min(position + pageSize, cursor.rowIds.length);
    const records: WireRecord[] = [];
    for (const id of cursor.rowIds.slice(position, end)) {
      // Rows deleted since the query ran still page out (from the recycle bin), as the snapshot promised.
      const row = this.source.byId(id, { includeDeleted: true });
      if (row) records.push(projectRow(cursor.query.query, row, this.source, request.apiVersion));
    }
    const totalSize = cursor.rowIds.length;
    if (end >= totalSize) {
      cursor.finished = true;
      return { totalSize, done: true, records };
    }
    return { totalSize, done: false, nextRecordsUrl: this.nextUrl(cursor, end, { ...request, pageSize }), records };
  }

  /** Open cursors (memory is bounded by the ids they hold, cursors.ts). */
  get openCursors(): number {
    return this.cursors.size;
  }

  /** Drops every cursor (the sandbox's state was reset). */
  reset(): void {
    this.cursors.clear();
  }

  private nextUrl(cursor: QueryCursor<CursorQuery>, position: number, request: PageRequest): string {
    return `/services/data/v${request.apiVersion}/${request.resource}/${this.cursors.locator(cursor, position)}`;
  }
}
