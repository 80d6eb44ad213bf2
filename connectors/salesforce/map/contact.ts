// Salesforce Contact ⇄ canonical contact of kind 'contact'. Pure.
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import type { ContactWire } from '../wire/person.ts';
import { parseCanonical, personFromSalesforce, personToSalesforce } from './person.ts';
import type { PersonWriteFields } from './person.ts';

export function contactToCanonical(wire: ContactWire): CanonicalContact {
  return parseCanonical({
    ...personFromSalesforce(wire, 'Contact'),
    kind: 'contact',
    companyId: wire.AccountId ?? undefined,
  }, 'Contact', wire.Id);
}

/** The Contact fields to write; AccountId only when the company id is Salesforce's own. */
export function canonicalToContact(contact: CanonicalContact): PersonWriteFields {
  const fields = personToSalesforce(contact);
  if (contact.companyId && contact.source.system === 'salesforce') fields.AccountId = contact.companyId;
  return fields;
}
