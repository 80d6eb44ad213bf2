// Contact–company, deal–company and deal–contact links in Salesforce: the first two are lookups on the first
// record (Contact.AccountId, Opportunity.AccountId: lookup-links.ts), the third OpportunityContactRole rows
// (contact-roles.ts). Every call goes through the connector's caller, counted.
import type { AssociationKind, AssociationReader, AssociationWriter } from '../../src/connector-kit/associations.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { contactRoles } from './contact-roles.ts';
import { lookupLinks } from './lookup-links.ts';
import { salesforceManifest } from './manifest.ts';
import { SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { RECORD_KEY_PREFIXES } from './record-ids.ts';
import { apiVersionOf } from './record-options.ts';

function linksOf(conn: SalesforceConnection, options: SalesforceCallOptions) {
  const caller = salesforceCaller(conn, options);
  const apiVersion = apiVersionOf(conn);
  const { Account, Contact, Opportunity } = RECORD_KEY_PREFIXES;
  return {
    contact_company: lookupLinks(caller, apiVersion, { sobject: 'Contact', fromPrefix: Contact, toPrefix: Account }),
    deal_company: lookupLinks(caller, apiVersion, { sobject: 'Opportunity', fromPrefix: Opportunity, toPrefix: Account }),
    deal_contact: contactRoles(caller, apiVersion),
  } satisfies Record<AssociationKind, unknown>;
}

export function salesforceAssociationReader(conn: SalesforceConnection, options: SalesforceCallOptions = {}): AssociationReader {
  const links = linksOf(conn, options);
  return {
    maxBatch: SALESFORCE_READ_CHUNK,
    read: (kind, ids, side = 'from') => links[kind].read(ids, side),
  };
}

export function salesforceAssociationWriter(conn: SalesforceConnection, options: SalesforceCallOptions = {}): AssociationWriter {
  const links = linksOf(conn, options);
  return {
    maxBatch: salesforceManifest.limits.batchWrite,
    // A Contact or Opportunity has one AccountId: linking it to another account replaces the first.
    cardinality: (kind) => (kind === 'deal_contact' ? 'many' : 'one'),
    link: (kind, pairs) => links[kind].link(pairs),
    unlink: (kind, pairs) => links[kind].unlink(pairs),
  };
}
