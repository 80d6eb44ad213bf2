import type { CanonicalContact } from '../../../src/core/canonical/contact.ts';
import { CanonicalContactSchema } from '../../../src/core/canonical/contact.ts';
import { HubspotObjectWire } from '../wire/object-record.ts';
import { firstIssue, HubspotRecordError, present } from './wire-values.ts';
import { leadStatusFromHubspot, leadStatusToHubspot, lifecycleFromHubspot, lifecycleToHubspot } from './picklists.ts';

// HubSpot contacts to and from canonical contacts. Pure: no I/O. Wire records are parsed at the edge
// with the zod wire schema; a record that does not fit names itself and the field.

/** The contact properties the connector reads (search and batch reads ask for exactly these). */
export const HUBSPOT_CONTACT_PROPERTIES = [
  'email', 'firstname', 'lastname', 'phone', 'mobilephone', 'company', 'jobtitle', 'lifecyclestage', 'hs_lead_status',
  'hubspot_owner_id', 'hs_additional_emails', 'hs_email_optout', 'createdate', 'lastmodifieddate', 'hs_object_id',
] as const;

export { HubspotRecordError } from './wire-values.ts';

const splitList = (value: string | undefined): string[] => (value ? value.split(';').map((v) => v.trim()).filter(Boolean) : []);

/** A contact as search, get or batch read answer it (wire JSON), as a canonical contact. */
export function toCanonicalContact(wire: unknown): CanonicalContact {
  const parsed = HubspotObjectWire.safeParse(wire);
  const idOf = typeof wire === 'object' && wire !== null && 'id' in wire ? String(wire.id) : undefined;
  if (!parsed.success) {
    const { field, problem } = firstIssue(parsed.error);
    throw new HubspotRecordError(idOf, field, problem);
  }
  const { id, properties: p, createdAt, updatedAt } = parsed.data;
  const value = (name: string) => present(p[name]);
  const stage = value('lifecyclestage');
  const status = value('hs_lead_status');
  const candidate = {
    kind: 'contact',
    email: value('email'),
    additionalEmails: splitList(value('hs_additional_emails')),
    firstName: value('firstname'),
    lastName: value('lastname'),
    title: value('jobtitle'),
    phone: value('phone'),
    mobilePhone: value('mobilephone'),
    companyName: value('company'),
    lifecycleStage: stage === undefined ? undefined : (lifecycleFromHubspot(stage) ?? stage),
    leadStatus: status === undefined ? undefined : (leadStatusFromHubspot(status) ?? status),
    ownerId: value('hubspot_owner_id'),
    consent: { emailOptOut: value('hs_email_optout') === 'true' },
    createdAt: value('createdate') ?? createdAt,
    updatedAt: value('lastmodifieddate') ?? updatedAt,
    source: { system: 'hubspot', id, objectType: 'contacts' },
  };
  const contact = CanonicalContactSchema.safeParse(candidate);
  if (!contact.success) {
    const { field, problem } = firstIssue(contact.error);
    throw new HubspotRecordError(id, field, problem);
  }
  return contact.data;
}

/**
 * A canonical contact as HubSpot property values to write. Only fields the contact has are sent
 * (an absent field never clears HubSpot's value). Read-only and system properties (dates, ids,
 * additional emails, opt-out: HubSpot manages subscriptions itself) are never written. Owner ids
 * are ids of one system, so they are written only for contacts read from HubSpot or whose owner
 * is marked as HubSpot's (`fieldSources.ownerId.system`: the sync translated it through the owners).
 */
export function fromCanonicalContact(contact: CanonicalContact): Record<string, string> {
  const properties: Record<string, string> = {};
  const put = (name: string, value: string | undefined) => {
    if (value !== undefined) properties[name] = value;
  };
  put('email', contact.email);
  put('firstname', contact.firstName);
  put('lastname', contact.lastName);
  put('phone', contact.phone);
  put('mobilephone', contact.mobilePhone);
  put('company', contact.companyName);
  put('jobtitle', contact.title);
  put('lifecyclestage', contact.lifecycleStage && lifecycleToHubspot(contact.lifecycleStage));
  put('hs_lead_status', contact.leadStatus && leadStatusToHubspot(contact.leadStatus));
  if (contact.source.system === 'hubspot' || contact.fieldSources?.ownerId?.system === 'hubspot') put('hubspot_owner_id', contact.ownerId);
  return properties;
}

/** The HubSpot id of a contact that came from HubSpot, else undefined. */
export const hubspotIdOf = (contact: CanonicalContact): string | undefined => (contact.source.system === 'hubspot' ? contact.source.id : undefined);
