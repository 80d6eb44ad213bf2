import type { HubspotObjectType } from '../object-types.ts';
import type { StoredRecord } from './stored-record.ts';

/** One property value a write may not make, in the terms of HubSpot's VALIDATION_ERROR details. */
export interface PropertyIssue {
  name: string;
  /** PROPERTY_DOESNT_EXIST, INVALID_OPTION, INVALID_INTEGER, INVALID_DATE, READ_ONLY_VALUE… */
  code: string;
  message: string;
}

/** A unique value a write would take from another record. */
export interface UniqueConflict {
  property: string;
  value: string;
  existingId: string;
}

/**
 * What the record store and the routes need to know about property definitions. The portal's
 * PropertyCatalog (state/property-catalog.ts) is the real source; this names the questions asked.
 */
export interface PropertyRules {
  has(objectType: HubspotObjectType, name: string): boolean;
  validateValues(objectType: HubspotObjectType, values: Record<string, string | null>): PropertyIssue[];
  isUnique(objectType: HubspotObjectType, name: string): boolean;
  /** The data type (string, number, date, datetime, enumeration, bool), for search comparisons. */
  typeOf(objectType: HubspotObjectType, name: string): string | undefined;
}

const splitEmails = (value: string | undefined): string[] => (value ? value.split(';').map((v) => v.trim()).filter(Boolean) : []);

/** The unique values a record holds: its unique properties, and for contacts every address in `hs_additional_emails` too. */
export function uniqueClaims(record: StoredRecord, isUnique: (property: string) => boolean): Array<[string, string]> {
  const claims: Array<[string, string]> = [];
  for (const [property, value] of Object.entries(record.properties)) if (isUnique(property)) claims.push([property, value]);
  if (record.objectType === 'contacts') for (const email of splitEmails(record.properties.hs_additional_emails)) claims.push(['email', email]);
  return claims;
}
