// The change feed of Salesforce people: Leads or Contacts after a (SystemModstamp, Id) cursor, and the
// deleted ones through queryAll. The engine saves each page's cursor once the page is committed.
import type { ChangeFeed, FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { ApiUsage, SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { rowPages } from './feed-pages.ts';
import { contactToCanonical } from './map/contact.ts';
import { leadConversion, leadToCanonical } from './map/lead.ts';
import type { LeadConversion } from './map/lead.ts';
import { isoFromSalesforce } from './map/person.ts';
import { salesforceManifest } from './manifest.ts';
import { CONTACT_FIELDS, ContactWire, LEAD_FIELDS, LeadWire, SalesforceDateTime } from './wire/person.ts';
import { readRow } from './wire/query-page.ts';
import { z } from 'zod';

export type PersonObject = 'Lead' | 'Contact';

export interface SalesforcePeopleFeedOptions extends SalesforceCallOptions {
  sobject: PersonObject;
  /** Standard fields the org does not have (the sandbox has no DoNotCall yet); left out of the SELECT. */
  omitFields?: readonly string[];
  /** Rows per SOQL window (LIMIT), a multiple of the 2,000-row page; the next window starts at the last cursor. */
  windowSize?: number;
}

/** A page of people; converted leads also appear in `conversions`, so the engine can follow them to the contact. */
export interface SalesforcePeoplePage extends FeedPage<CanonicalContact> {
  conversions: LeadConversion[];
}

/** A row in the recycle bin: deleted, or merged into `mergedInto`. */
export interface SalesforceDeletion {
  id: string;
  sobject: PersonObject;
  deletedAt: string;
  mergedInto?: string;
}

export interface SalesforcePeopleFeed extends ChangeFeed<CanonicalContact> {
  pages(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<SalesforcePeoplePage>;
  /** Deleted rows after a cursor of their own (queryAll, IsDeleted = true); Salesforce keeps them 15 days. */
  deletions(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<FeedPage<SalesforceDeletion>>;
  /** The allocation the last answer reported, so bulk work can stop at a share of it. */
  apiUsage(): ApiUsage | undefined;
}

const DeletedRow = z.object({ Id: z.string(), SystemModstamp: SalesforceDateTime, MasterRecordId: z.string().nullable().optional() });

export const DEFAULT_WINDOW = 50_000;

export function salesforcePeopleFeed(conn: SalesforceConnection, options: SalesforcePeopleFeedOptions): SalesforcePeopleFeed {
  const { sobject, omitFields = [], windowSize = DEFAULT_WINDOW, ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const apiVersion = conn.version || salesforceManifest.apiVersion;
  const fields = (sobject === 'Lead' ? LEAD_FIELDS : CONTACT_FIELDS).filter((f) => !omitFields.includes(f));
  const position = (row: { Id: string; SystemModstamp: string }) => row;

  async function* leadPages(from: { after?: FeedCursor; pageSize?: number }): AsyncGenerator<SalesforcePeoplePage> {
    const rows = rowPages({ caller, apiVersion, query: { sobject, fields, window: windowSize }, parse: (r) => readRow(LeadWire, r, 'Lead'), position }, from);
    for await (const page of rows) {
      const conversions = page.records.map(leadConversion).filter((c): c is LeadConversion => c !== undefined);
      yield { records: page.records.map(leadToCanonical), cursor: page.cursor, calls: page.calls, conversions };
    }
  }

  async function* contactPages(from: { after?: FeedCursor; pageSize?: number }): AsyncGenerator<SalesforcePeoplePage> {
    const rows = rowPages({ caller, apiVersion, query: { sobject, fields, window: windowSize }, parse: (r) => readRow(ContactWire, r, 'Contact'), position }, from);
    for await (const page of rows) yield { records: page.records.map(contactToCanonical), cursor: page.cursor, calls: page.calls, conversions: [] };
  }

  async function* deletions(from: { after?: FeedCursor; pageSize?: number }): AsyncGenerator<FeedPage<SalesforceDeletion>> {
    const query = { sobject, fields: ['Id', 'MasterRecordId', 'SystemModstamp'], window: windowSize, deletedOnly: true };
    const rows = rowPages({ caller, apiVersion, query, scanAll: true, parse: (r) => readRow(DeletedRow, r, sobject), position }, from);
    for await (const page of rows) {
      const records = page.records.map((row): SalesforceDeletion => ({
        id: row.Id, sobject, deletedAt: isoFromSalesforce(row.SystemModstamp), ...(row.MasterRecordId ? { mergedInto: row.MasterRecordId } : {}),
      }));
      yield { records, cursor: page.cursor, calls: page.calls };
    }
  }

  return {
    pages: sobject === 'Lead' ? leadPages : contactPages,
    deletions,
    apiUsage: caller.apiUsage,
  };
}
