// Salesforce Lead ⇄ canonical contact of kind 'lead'. Pure.
import type { CanonicalContact } from '../../../src/core/canonical/index.ts';
import type { LeadWire } from '../wire/person.ts';
import { compact, parseCanonical, personFromSalesforce, personToSalesforce } from './person.ts';
import type { PersonWriteFields } from './person.ts';
import { leadStatusFromSalesforce, leadStatusToSalesforce } from './picklists.ts';

/** Where a converted lead went: the engine follows it to the contact instead of creating a duplicate. */
export interface LeadConversion {
  leadId: string;
  contactId: string;
  accountId?: string;
  convertedOn?: string;
}

export function leadToCanonical(wire: LeadWire): CanonicalContact {
  return parseCanonical({
    ...personFromSalesforce(wire, 'Lead'),
    kind: 'lead',
    companyName: wire.Company ?? undefined,
    leadStatus: wire.IsConverted ? 'converted' : leadStatusFromSalesforce(wire.Status),
  }, 'Lead', wire.Id);
}

export function leadConversion(wire: LeadWire): LeadConversion | undefined {
  if (!wire.IsConverted || !wire.ConvertedContactId) return undefined;
  return {
    leadId: wire.Id,
    contactId: wire.ConvertedContactId,
    ...(wire.ConvertedAccountId ? { accountId: wire.ConvertedAccountId } : {}),
    ...(wire.ConvertedDate ? { convertedOn: wire.ConvertedDate } : {}),
  };
}

/** The Lead fields to write. Company is required by Salesforce; a lead without one is refused with its message. */
export function canonicalToLead(contact: CanonicalContact): PersonWriteFields {
  return { ...personToSalesforce(contact), ...compact({ Company: contact.companyName, Status: leadStatusToSalesforce(contact.leadStatus) }) };
}
