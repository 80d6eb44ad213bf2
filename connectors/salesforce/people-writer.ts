// Batch writes of Salesforce people through sObject Collections (collections-writer.ts), 200 records a
// call, allOrNone false, so a bad record comes back alone with Salesforce's statusCode and message while
// its neighbours are saved; a duplicate rule's refusal names the records it matched (`duplicateOf`).
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceCollectionsWriter } from './collections-writer.ts';
import { canonicalToContact } from './map/contact.ts';
import { canonicalToLead } from './map/lead.ts';
import type { PersonObject } from './people-feed.ts';

export interface SalesforcePeopleWriterOptions extends SalesforceCallOptions {
  sobject: PersonObject;
  /**
   * Upsert on this external id field (RevOps_Id__c, HubSpot_Contact_Id__c: see required-fields.ts). Without
   * it, records whose source is this Salesforce object are updated by Id and the others created.
   */
  externalIdField?: string;
  /** The external id of a record; by default its source id when it comes from another system (HubSpot's hs_object_id). */
  externalIdOf?: (record: CanonicalContact) => string | undefined;
  /** Standard fields the org does not have (the sandbox has no DoNotCall yet); never sent. */
  omitFields?: readonly string[];
}

const defaultExternalIdOf = (record: CanonicalContact) => (record.source.system === 'salesforce' ? undefined : record.source.id);

export function salesforcePeopleWriter(conn: SalesforceConnection, options: SalesforcePeopleWriterOptions): BatchWriter<CanonicalContact> {
  const { sobject, externalIdField, externalIdOf = defaultExternalIdOf, omitFields = [], ...callOptions } = options;
  const toWire = sobject === 'Lead' ? canonicalToLead : canonicalToContact;
  return salesforceCollectionsWriter(salesforceCaller(conn, callOptions), {
    sobject,
    bodyOf(record) {
      const body = toWire(record);
      for (const name of omitFields) delete body[name];
      return { body };
    },
    ours: (r) => r.source.system === 'salesforce' && (r.source.objectType ?? sobject) === sobject,
    idOf: (r) => r.source.id,
    ...(externalIdField ? { externalIdField, externalIdOf } : {}),
  });
}
