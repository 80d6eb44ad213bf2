// The change feed of Salesforce people: Leads or Contacts after a (SystemModstamp, Id) cursor, and the
// deleted ones through queryAll. The engine saves each page's cursor once the page is committed.
import type { ChangeFeed, FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { ApiUsage, SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { deletionPages } from './deletion-pages.ts';
import { rowPages } from './feed-pages.ts';
import { contactToCanonical } from './map/contact.ts';
import { leadConversion, leadToCanonical } from './map/lead.ts';
import type { LeadConversion } from './map/lead.ts';
import { salesforceManifest } from './manifest.ts';
import { CONTACT_FIELDS, ContactWire, LEAD_FIELDS, LeadWire } from './wire/person.ts';
import { readRow } from './wire/query-page.ts';

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
    for await (const page of deletionPages({ caller, apiVersion, sobject, window: windowSize, mergeable: true }, from)) {
      yield { ...page, records: page.records.map((record) => ({ ...record, sobject })) };
    }
  }

  return {
    pages: sobject === 'Lead' ? leadPages : contactPages,
    deletions,
    apiUsage: caller.apiUsage,
  };
}
