// Deleted rows of one sObject after a cursor of their own: queryAll … WHERE IsDeleted = true, on the same
// (SystemModstamp, Id) cursor and windows as the change feed (feed-pages.ts). Salesforce keeps them 15 days;
// a merged-away Lead, Contact or Account names its survivor in MasterRecordId.
import { z } from 'zod';
import type { FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { SalesforceCaller } from './calls.ts';
import { rowPages } from './feed-pages.ts';
import { isoFromSalesforce } from './map/person.ts';
import { SalesforceDateTime } from './wire/person.ts';
import { readRow } from './wire/query-page.ts';

const DeletedRow = z.object({ Id: z.string(), SystemModstamp: SalesforceDateTime, MasterRecordId: z.string().nullable().optional() });

export interface DeletedRecord {
  id: string;
  deletedAt: string;
  mergedInto?: string;
}

export interface DeletionPagesOptions {
  caller: SalesforceCaller;
  apiVersion: string;
  sobject: string;
  window: number;
  /** Whether the object can be merged, and so has MasterRecordId (Lead, Contact, Account). */
  mergeable: boolean;
}

export async function* deletionPages(options: DeletionPagesOptions, from: { after?: FeedCursor; pageSize?: number }): AsyncGenerator<FeedPage<DeletedRecord>> {
  const { caller, apiVersion, sobject, window, mergeable } = options;
  const fields = mergeable ? ['Id', 'MasterRecordId', 'SystemModstamp'] : ['Id', 'SystemModstamp'];
  const query = { sobject, fields, window, deletedOnly: true };
  const rows = rowPages({ caller, apiVersion, query, scanAll: true, parse: (r) => readRow(DeletedRow, r, sobject), position: (row) => row }, from);
  for await (const page of rows) {
    const records = page.records.map((row): DeletedRecord => ({
      id: row.Id, deletedAt: isoFromSalesforce(row.SystemModstamp), ...(row.MasterRecordId ? { mergedInto: row.MasterRecordId } : {}),
    }));
    yield { records, cursor: page.cursor, calls: page.calls };
  }
}
