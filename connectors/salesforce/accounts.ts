// Accounts through the shared Salesforce machinery: the (SystemModstamp, Id) change feed and its deletions
// (sobject-feed.ts), sObject Collections writes (collections-writer.ts) and deletes (collections-archiver.ts).
// The reader, which also matches domains, is accounts-reader.ts.
import type { BatchWriter, RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalCompany } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceCollectionsArchiver } from './collections-archiver.ts';
import { salesforceCollectionsWriter } from './collections-writer.ts';
import { accountToCanonical, canonicalToAccount } from './map/account.ts';
import { DEFAULT_WINDOW } from './people-feed.ts';
import { RECORD_KEY_PREFIXES } from './record-ids.ts';
import { apiVersionOf, isOurs, otherSystemId, withoutOmitted } from './record-options.ts';
import type { SalesforceRecordOptions, SalesforceRecordWriterOptions } from './record-options.ts';
import { sobjectFeed } from './sobject-feed.ts';
import type { SalesforceRecordFeed } from './sobject-feed.ts';
import { ACCOUNT_FIELDS, AccountWire } from './wire/account.ts';

export function salesforceAccountFeed(conn: SalesforceConnection, options: SalesforceRecordOptions = {}): SalesforceRecordFeed<CanonicalCompany> {
  const { omitFields, windowSize = DEFAULT_WINDOW, ...callOptions } = options;
  return sobjectFeed(salesforceCaller(conn, callOptions), apiVersionOf(conn), {
    sobject: 'Account', fields: withoutOmitted(ACCOUNT_FIELDS, omitFields), schema: AccountWire, mergeable: true,
    toRecords: async (rows) => ({ records: rows.map(accountToCanonical), calls: 0 }),
  }, windowSize);
}

export function salesforceAccountWriter(conn: SalesforceConnection, options: SalesforceRecordWriterOptions<CanonicalCompany> = {}): BatchWriter<CanonicalCompany> {
  const { omitFields = [], windowSize: _window, externalIdField, externalIdOf = otherSystemId, ...callOptions } = options;
  return salesforceCollectionsWriter(salesforceCaller(conn, callOptions), {
    sobject: 'Account',
    bodyOf(record) {
      const body = canonicalToAccount(record);
      for (const name of omitFields) delete body[name];
      return { body };
    },
    ours: isOurs('Account'),
    idOf: (r) => r.source.id,
    ...(externalIdField ? { externalIdField, externalIdOf } : {}),
  });
}

export function salesforceAccountArchiver(conn: SalesforceConnection, options: SalesforceCallOptions = {}): RecordArchiver {
  return salesforceCollectionsArchiver(salesforceCaller(conn, options), { sobject: 'Account', prefix: RECORD_KEY_PREFIXES.Account, apiVersion: apiVersionOf(conn) });
}
