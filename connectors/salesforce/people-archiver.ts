// Salesforce people deleted (to the recycle bin) by id through sObject Collections, 200 ids a call
// (collections-archiver.ts): ids already gone count as archived, another object's id is rejected unsent.
import type { RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceCollectionsArchiver } from './collections-archiver.ts';
import { salesforceManifest } from './manifest.ts';
import type { PersonObject } from './people-feed.ts';
import { PERSON_KEY_PREFIXES } from './record-ids.ts';

export interface SalesforcePeopleArchiverOptions extends SalesforceCallOptions {
  sobject: PersonObject;
}

export function salesforcePeopleArchiver(conn: SalesforceConnection, options: SalesforcePeopleArchiverOptions): RecordArchiver {
  const { sobject, ...callOptions } = options;
  const apiVersion = conn.version || salesforceManifest.apiVersion;
  return salesforceCollectionsArchiver(salesforceCaller(conn, callOptions), { sobject, prefix: PERSON_KEY_PREFIXES[sobject], apiVersion });
}
