// Plain canonical contacts and a contact mapping for the sync plan specs, built through the real zod schemas.
import { FieldMappingFileSchema } from '../../src/config/mappings/schema.ts';
import type { FieldMapping } from '../../src/config/mappings/schema.ts';
import { CanonicalContactSchema } from '../../src/core/canonical/contact.ts';
import type { CanonicalContact, CanonicalContactInput } from '../../src/core/canonical/contact.ts';

export const T1 = '2024-05-01T10:00:00.000Z';
export const T2 = '2024-05-02T10:00:00.000Z';

type Overrides = Omit<Partial<CanonicalContactInput>, 'source'>;

/** A Salesforce contact (the CRM side) with id `id`. */
export function crmContact(id: string, fields: Overrides = {}): CanonicalContact {
  return CanonicalContactSchema.parse({ createdAt: T1, updatedAt: T1, ...fields, source: { system: 'salesforce', id, objectType: 'Contact' } });
}

/** A HubSpot contact (the marketing side) with id `id`. */
export function marketingContact(id: string, fields: Overrides = {}): CanonicalContact {
  return CanonicalContactSchema.parse({ createdAt: T1, updatedAt: T1, ...fields, source: { system: 'hubspot', id } });
}

type FieldLine = FieldMapping['fields'][number];

/** A contact mapping from `{ canonical: rule }` or full entries; direction defaults to both, as in the YAML. */
export function contactMapping(...fields: Array<Partial<FieldLine> & Pick<FieldLine, 'canonical' | 'rule'>>): FieldMapping {
  return FieldMappingFileSchema.parse({ object: 'contact', fields });
}

/** The shipped defaults in small: the rules docs/mappings.md uses for its examples. */
export const standardMapping = (): FieldMapping => contactMapping(
  { canonical: 'email', rule: 'crm_wins' },
  { canonical: 'firstName', rule: 'crm_wins' },
  { canonical: 'lastName', rule: 'crm_wins' },
  { canonical: 'title', rule: 'fill_empty_only' },
  { canonical: 'phone', rule: 'most_recent_wins' },
  { canonical: 'leadStatus', rule: 'crm_wins', direction: 'crm_to_marketing' },
  { canonical: 'consent.emailOptOut', rule: 'most_restrictive' },
  { canonical: 'createdAt', rule: 'never_sync' },
);
