// The change feed of one sObject after a (SystemModstamp, Id) cursor (feed-pages.ts), its deleted rows
// (deletion-pages.ts), and the API usage the answers reported: what the Account and Opportunity feeds share.
// A spec turns each page's rows into canonical records, and may read more for them (stages, histories).
import type { z } from 'zod';
import type { ChangeFeed, FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { RecordDeletion } from '../../src/connector-kit/record-side.ts';
import type { ApiUsage, SalesforceCaller } from './calls.ts';
import { deletionPages } from './deletion-pages.ts';
import { rowPages } from './feed-pages.ts';
import { readRow } from './wire/query-page.ts';

export interface SObjectFeedSpec<Row, T> {
  sobject: string;
  fields: readonly string[];
  schema: z.ZodType<Row>;
  /** Whether the object can be merged (its deleted rows then name their survivor). */
  mergeable: boolean;
  /** A page's rows as canonical records, with the calls any further reads took. */
  toRecords(rows: Row[]): Promise<{ records: T[]; calls: number }>;
}

export interface SalesforceRecordFeed<T> extends ChangeFeed<T> {
  /** Deleted rows after a cursor of their own (queryAll, IsDeleted = true); Salesforce keeps them 15 days. */
  deletions(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<FeedPage<RecordDeletion>>;
  /** The allocation the last answer reported, so bulk work can stop at a share of it. */
  apiUsage(): ApiUsage | undefined;
}

export function sobjectFeed<Row extends { Id: string; SystemModstamp: string }, T>(
  caller: SalesforceCaller, apiVersion: string, spec: SObjectFeedSpec<Row, T>, windowSize: number,
): SalesforceRecordFeed<T> {
  const { sobject, fields, schema, mergeable } = spec;
  return {
    async* pages(from) {
      const rows = rowPages({ caller, apiVersion, query: { sobject, fields, window: windowSize }, parse: (r) => readRow(schema, r, sobject), position: (row) => row }, from);
      for await (const page of rows) {
        const { records, calls } = page.records.length > 0 ? await spec.toRecords(page.records) : { records: [], calls: 0 };
        yield { records, cursor: page.cursor, calls: page.calls + calls };
      }
    },
    deletions: (from) => deletionPages({ caller, apiVersion, sobject, window: windowSize, mergeable }, from),
    apiUsage: caller.apiUsage,
  };
}
