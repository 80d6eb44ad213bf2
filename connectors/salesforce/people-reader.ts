// Salesforce people by id or by email through SOQL `WHERE Id IN (…)` / `WHERE Email IN (…)`, the same
// fields as the feed, every page through the connector's caller (QUIRKS.md, "Reads by id and by email").
import type { ReadResult, RecordReader } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { contactToCanonical } from './map/contact.ts';
import { leadToCanonical } from './map/lead.ts';
import { salesforceManifest } from './manifest.ts';
import type { PersonObject } from './people-feed.ts';
import { inQueries } from './read-soql.ts';
import { PERSON_KEY_PREFIXES, caseSafeId } from './record-ids.ts';
import { CONTACT_FIELDS, ContactWire, LEAD_FIELDS, LeadWire } from './wire/person.ts';
import { readRow } from './wire/query-page.ts';
import { selectRows } from './select-rows.ts';

export interface SalesforcePeopleReaderOptions extends SalesforceCallOptions {
  sobject: PersonObject;
  /** Standard fields the org does not have; left out of the SELECT, as in the feed. */
  omitFields?: readonly string[];
}

/** Ids or emails one query takes: 200 ids make a URL of about 5.6 KB, far under the 16,384-byte limit. */
export const SALESFORCE_READ_CHUNK = 200;
/** The encoded query a URL carries at most, leaving the rest of the 16,384 bytes to the path and headers. */
export const MAX_ENCODED_QUERY = 10_000;
/** Email fields hold 80 characters; a longer address matches nothing and is not sent. */
const MAX_EMAIL_LENGTH = 80;

const distinct = (values: Iterable<string>) => [...new Set(values)];

export function salesforcePeopleReader(conn: SalesforceConnection, options: SalesforcePeopleReaderOptions): RecordReader<CanonicalContact> {
  const { sobject, omitFields = [], ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const apiVersion = conn.version || salesforceManifest.apiVersion;
  const fields = (sobject === 'Lead' ? LEAD_FIELDS : CONTACT_FIELDS).filter((f) => !omitFields.includes(f));
  const toCanonical = sobject === 'Lead'
    ? (row: unknown) => leadToCanonical(readRow(LeadWire, row, 'Lead'))
    : (row: unknown) => contactToCanonical(readRow(ContactWire, row, 'Contact'));

  async function select(column: 'Id' | 'Email', values: string[], and?: string): Promise<ReadResult<CanonicalContact>> {
    const queries = inQueries({ sobject, fields, column, values, maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY, ...(and ? { and } : {}) });
    const { rows, calls } = await selectRows(caller, apiVersion, queries);
    const byId = new Map(rows.map(toCanonical).map((person) => [person.source.id, person]));
    return { records: [...byId.values()], calls };
  }

  return {
    maxBatch: SALESFORCE_READ_CHUNK,
    readByIds(ids) {
      // A malformed id would fail its whole query, and another object's id names no Lead (or Contact).
      const prefix = PERSON_KEY_PREFIXES[sobject];
      return select('Id', distinct(ids.map(caseSafeId).filter((id): id is string => id?.startsWith(prefix) ?? false)));
    },
    readByEmails(emails) {
      const wanted = distinct(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '' && e.length <= MAX_EMAIL_LENGTH));
      // A converted lead's person lives on as the Contact; matching the lead would link a frozen record.
      return select('Email', wanted, sobject === 'Lead' ? 'IsConverted = false' : undefined);
    },
  };
}
