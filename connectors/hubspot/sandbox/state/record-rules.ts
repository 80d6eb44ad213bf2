import type { HubspotObjectType } from '../object-types.ts';
import { splitList } from './stored-record.ts';

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
  /** `current`: the record's values before the write, for checks that depend on another property (dealstage on pipeline). */
  validateValues(objectType: HubspotObjectType, values: Record<string, string | null>, current?: Record<string, string>): PropertyIssue[];
  isUnique(objectType: HubspotObjectType, name: string): boolean;
  /** The data type (string, number, date, datetime, enumeration, bool), for search comparisons. */
  typeOf(objectType: HubspotObjectType, name: string): string | undefined;
}

/** One unique value: `property` holds it, and it counts as a value of the unique property `key`. */
export interface UniqueClaim {
  property: string;
  key: string;
  value: string;
}

/**
 * The unique values a set of property values holds: its unique properties, and for contacts every
 * address in `hs_additional_emails` too (each one counts as an email).
 */
export function uniqueClaims(
  objectType: HubspotObjectType, values: Record<string, string | null>, isUnique: (property: string) => boolean,
): UniqueClaim[] {
  const claims: UniqueClaim[] = [];
  for (const [property, value] of Object.entries(values)) {
    if (value === null) continue;
    if (isUnique(property)) claims.push({ property, key: property, value });
    else if (objectType === 'contacts' && property === 'hs_additional_emails') {
      for (const email of splitList(value)) claims.push({ property, key: 'email', value: email });
    }
  }
  return claims;
}
