// What the Account and Opportunity capabilities take, and the small helpers they share.
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceManifest } from './manifest.ts';

export interface SalesforceRecordOptions extends SalesforceCallOptions {
  /** Standard fields the org hides from the integration user; left out of SELECTs and writes. */
  omitFields?: readonly string[];
  /** Rows per SOQL window of the change feed. */
  windowSize?: number;
}

export interface SalesforceRecordWriterOptions<T> extends SalesforceRecordOptions {
  /** Upsert on this external id field (RevOps_Id__c, HubSpot_Company_Id__c…); otherwise ours are updated by Id, the rest created. */
  externalIdField?: string;
  /** The external id of a record; by default its source id when it comes from another system. */
  externalIdOf?: (record: T) => string | undefined;
}

export const apiVersionOf = (conn: SalesforceConnection) => conn.version || salesforceManifest.apiVersion;
export const withoutOmitted = (fields: readonly string[], omitFields: readonly string[] = []) => fields.filter((f) => !omitFields.includes(f));
export const otherSystemId = (record: { source: { system: string; id: string } }) => (record.source.system === 'salesforce' ? undefined : record.source.id);

/** Whether a record is this org's record of `sobject` (updated by Id rather than created). */
export const isOurs = (sobject: string) => (record: { source: { system: string; objectType?: string | undefined } }) =>
  record.source.system === 'salesforce' && (record.source.objectType ?? sobject) === sobject;
