// Which vendor objects and fields a mapped field names, and which sides its values are read from and
// written to. The mapping files name Salesforce objects (Lead, Contact) and HubSpot objects by kind only.
import type { LoadedField } from '../../config/mappings/compile.ts';
import type { MappedObject } from '../../config/mappings/schema.ts';
import type { VendorSide } from '../../core/transforms/index.ts';

/** The vendor objects each mapping file maps onto, as the live schema keys them. */
export const VENDOR_OBJECTS: Readonly<Record<MappedObject, Readonly<Record<VendorSide, readonly string[]>>>> = {
  contact: { hubspot: ['contacts'], salesforce: ['Lead', 'Contact'] },
  company: { hubspot: ['companies'], salesforce: ['Account'] },
  deal: { hubspot: ['deals'], salesforce: ['Opportunity'] },
};

export const SIDE_NAMES: Readonly<Record<VendorSide, string>> = { hubspot: 'HubSpot', salesforce: 'Salesforce' };

/** The vendor field `field` maps on `vendorObject`, or undefined where it maps none (a contact's company on Contact). */
export function vendorFieldName(field: LoadedField, side: VendorSide, vendorObject: string): string | undefined {
  if (side === 'hubspot') return field.hubspot;
  const names = field.salesforce;
  return typeof names === 'object' ? names[vendorObject as keyof typeof names] : names;
}

/** The line naming that vendor field, for problems. */
export function vendorFieldLine(field: LoadedField, side: VendorSide, vendorObject: string): number {
  return field.at.lines[`${side}.${vendorObject}`] ?? field.at.lines[side] ?? field.at.line;
}

/** Whether the sync writes this field on `side`: never under never_sync, always under most_restrictive, else as the direction says. */
export function writesTo(field: LoadedField, side: VendorSide, crm: VendorSide): boolean {
  if (field.rule === 'never_sync') return false;
  if (field.rule === 'most_restrictive') return true;
  return field.direction === 'both' || field.direction === (side === crm ? 'marketing_to_crm' : 'crm_to_marketing');
}

/** Whether values flow from `side` into the other one. */
export function readsFrom(field: LoadedField, side: VendorSide, crm: VendorSide): boolean {
  if (field.rule === 'never_sync') return false;
  if (field.rule === 'most_restrictive') return true;
  return field.direction === 'both' || field.direction === (side === crm ? 'crm_to_marketing' : 'marketing_to_crm');
}

/** Why the sync writes the field on `side`, for messages. */
export function writeReason(field: LoadedField): string {
  return field.rule === 'most_restrictive' ? 'rule most_restrictive writes an opt-out to both sides' : `direction ${field.direction}`;
}
