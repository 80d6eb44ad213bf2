// Pages of rows after a cursor: one SOQL window, its nextRecordsUrl pages, then the next window.
// GET /services/data/v62.0/query?q=… (or /queryAll), then GET {nextRecordsUrl}
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
// Salesforce answers at most 2,000 rows a page and a nextRecordsUrl; the feed follows it (the cursor is a
// snapshot, exact while records change) and never re-issues a query for the same window.
import type { FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { SalesforceCaller } from './calls.ts';
import { feedSoql } from './feed-soql.ts';
import type { FeedQuery } from './feed-soql.ts';
import { isoFromSalesforce } from './map/person.ts';
import { readQueryPage } from './wire/query-page.ts';

export interface RowPagesOptions<Row> {
  caller: SalesforceCaller;
  apiVersion: string;
  query: Omit<FeedQuery, 'after'>;
  scanAll?: boolean;
  parse: (row: unknown) => Row;
  position: (row: Row) => { Id: string; SystemModstamp: string };
}

/** Rows per page: Sforce-Query-Options batchSize takes 200 to 2,000 (a hint; Salesforce may answer fewer). */
function batchSizeHeader(pageSize: number | undefined): Record<string, string> | undefined {
  if (pageSize === undefined) return undefined;
  return { 'Sforce-Query-Options': `batchSize=${Math.min(2000, Math.max(200, Math.floor(pageSize)))}` };
}

export async function* rowPages<Row>(options: RowPagesOptions<Row>, from: { after?: FeedCursor; pageSize?: number }): AsyncGenerator<FeedPage<Row>> {
  const headers = batchSizeHeader(from.pageSize);
  const resource = options.scanAll ? 'queryAll' : 'query';
  let after = from.after;
  for (;;) {
    const soql = feedSoql({ ...options.query, after });
    let next: string | undefined = `/services/data/v${options.apiVersion}/${resource}?q=${encodeURIComponent(soql)}`;
    let windowRows = 0;
    while (next) {
      const { value, calls } = await options.caller.get(next, headers);
      const page = readQueryPage(value, resource);
      const records = page.records.map(options.parse);
      const last = records.at(-1);
      if (last) {
        const { Id, SystemModstamp } = options.position(last);
        after = { modifiedAt: isoFromSalesforce(SystemModstamp), id: Id };
      }
      windowRows += records.length;
      yield { records, cursor: after, calls };
      next = page.done ? undefined : page.nextRecordsUrl;
    }
    // A window with fewer rows than its LIMIT was the end of the data.
    if (windowRows < options.query.window) return;
  }
}
