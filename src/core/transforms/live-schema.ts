// What a vendor says about its fields right now, in one vocabulary for both vendors. Each connector
// builds it from its own answer (HubSpot's properties list, Salesforce describe); the mapping check
// (src/sync/mapping-check/) reads it to find mappings the live org or portal cannot honour.
import type { VendorSide } from './types.ts';

/** The kinds of value a vendor field holds, as far as mapping a canonical field onto it cares. */
export const LIVE_VALUE_TYPES = ['text', 'number', 'boolean', 'date', 'datetime', 'picklist', 'multi_picklist', 'reference', 'other'] as const;
export type LiveValueType = (typeof LIVE_VALUE_TYPES)[number];

export interface LiveField {
  /** The API name as the vendor spells it. */
  name: string;
  valueType: LiveValueType;
  /** The vendor's own type, shown in messages: `double`, `enumeration/select`. */
  vendorType: string;
  /** Whether the integration user may set it on a new record, and change it on an existing one. */
  createable: boolean;
  updateable: boolean;
  /** For picklists: the active stored values (not labels), and whether a value outside them is refused. */
  picklist?: { values: readonly string[]; restricted: boolean };
}

export interface LiveObjectSchema {
  /** Salesforce API names are case-insensitive; HubSpot property names are not. */
  namesIgnoreCase: boolean;
  /** Every field the integration user can see, by API name: a field absent here does not exist for the sync. */
  fields: Readonly<Record<string, LiveField>>;
}

/** Per side, per vendor object (`contacts`, `Lead`). An object left out has not been read and is not checked. */
export type LiveSchema = Partial<Record<VendorSide, Readonly<Record<string, LiveObjectSchema>>>>;

/** The field named `name`, matching case only where the vendor does. */
export function liveFieldOf(object: LiveObjectSchema, name: string): LiveField | undefined {
  const exact = object.fields[name];
  if (exact || !object.namesIgnoreCase) return exact;
  const lower = name.toLowerCase();
  return Object.values(object.fields).find((field) => field.name.toLowerCase() === lower);
}
