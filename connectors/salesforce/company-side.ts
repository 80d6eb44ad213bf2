// Salesforce Accounts as one side of the company sync: the change feed and its deletions, reads by Id and
// by Website domain, sObject Collections writes and deletes, with the fields map/account.ts carries.
import type { CompanySide } from '../../src/connector-kit/record-side.ts';
import { salesforceAccountArchiver, salesforceAccountFeed, salesforceAccountWriter } from './accounts.ts';
import { salesforceAccountReader } from './accounts-reader.ts';
import type { SalesforceConnection } from './client.ts';
import { SALESFORCE_ACCOUNT_FIELD_ACCESS } from './map/account-fields.ts';
import { salesforceOwners } from './owners.ts';
import type { SalesforceRecordOptions } from './record-options.ts';

export type SalesforceCompanySideOptions = SalesforceRecordOptions;

export function salesforceCompanySide(conn: SalesforceConnection, options: SalesforceCompanySideOptions = {}): CompanySide {
  const { omitFields: _omit, windowSize: _window, ...callOptions } = options;
  const feed = salesforceAccountFeed(conn, options);
  return {
    system: 'salesforce',
    streams: [{ name: 'salesforce:Account', feed, deletions: (from) => feed.deletions(from) }],
    reader: salesforceAccountReader(conn, options),
    writer: salesforceAccountWriter(conn, options),
    archiver: salesforceAccountArchiver(conn, callOptions),
    owners: salesforceOwners(conn, callOptions),
    refOf: (id) => ({ system: 'salesforce', id, objectType: 'Account' }),
    fields: () => SALESFORCE_ACCOUNT_FIELD_ACCESS,
    apiUsage: () => feed.apiUsage(),
  };
}
