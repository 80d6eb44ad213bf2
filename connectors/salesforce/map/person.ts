// What Lead and Contact share, both ways: names, email, phone, title, owner, consent and timestamps.
import { CanonicalContactSchema } from '../../../src/core/canonical/index.ts';
import type { CanonicalContact, CanonicalContactInput } from '../../../src/core/canonical/index.ts';
import { VendorCallError } from '../../../src/connector-kit/failure.ts';
import type { ContactWire, LeadWire } from '../wire/person.ts';
import { leadSourceFromSalesforce, leadSourceToSalesforce } from './picklists.ts';

/** `2024-01-15T10:30:00.000+0000` as an ISO instant (`…Z`). */
export function isoFromSalesforce(value: string): string {
  return new Date(Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).toISOString();
}

const present = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value);

export function personFromSalesforce(wire: LeadWire | ContactWire, objectType: 'Lead' | 'Contact'): Omit<CanonicalContactInput, 'kind'> {
  return {
    source: { system: 'salesforce', id: wire.Id, objectType },
    firstName: present(wire.FirstName),
    lastName: present(wire.LastName),
    email: present(wire.Email),
    phone: present(wire.Phone),
    mobilePhone: present(wire.MobilePhone),
    title: present(wire.Title),
    ...leadSourceFromSalesforce(wire.LeadSource),
    ownerId: present(wire.OwnerId),
    consent: { emailOptOut: wire.HasOptedOutOfEmail ?? false, doNotCall: wire.DoNotCall ?? false },
    createdAt: isoFromSalesforce(wire.CreatedDate),
    updatedAt: isoFromSalesforce(wire.LastModifiedDate),
  };
}

/** The canonical record, or an error naming the record and the field that does not fit it. */
export function parseCanonical(input: CanonicalContactInput, objectType: string, id: string): CanonicalContact {
  const parsed = CanonicalContactSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new VendorCallError({
    vendor: 'salesforce',
    kind: 'unknown',
    vendorMessage: `${objectType} ${id} field ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'does not fit the canonical contact'}`,
  });
}

/** The standard fields both objects write; read-only fields (CreatedDate, IsConverted…) are never sent. */
export type PersonWriteFields = Record<string, string | boolean>;

/** Absent canonical values are left out, never sent as null: a partial record must not clear Salesforce's values. */
export function compact(fields: Record<string, string | boolean | undefined>): PersonWriteFields {
  const out: PersonWriteFields = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) out[name] = value;
  return out;
}

export function personToSalesforce(contact: CanonicalContact): PersonWriteFields {
  return compact({
    FirstName: contact.firstName,
    LastName: contact.lastName,
    Email: contact.email,
    Phone: contact.phone,
    MobilePhone: contact.mobilePhone,
    Title: contact.title,
    LeadSource: leadSourceToSalesforce(contact.leadSource, contact.leadSourceDetail),
    HasOptedOutOfEmail: contact.consent.emailOptOut,
    DoNotCall: contact.consent.doNotCall,
    // Owner ids only when they are Salesforce's: another system's ids mean nothing here.
    OwnerId: contact.source.system === 'salesforce' || contact.fieldSources?.ownerId?.system === 'salesforce' ? contact.ownerId : undefined,
  });
}
