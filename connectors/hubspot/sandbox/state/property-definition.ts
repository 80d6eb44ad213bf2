// What one CRM property is, as the Properties API describes it.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide
// Field names follow the official SDK's model `Property` (lib/codegen/crm/properties/models/Property.d.ts in the HubSpot Node SDK).

export const PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const FIELD_TYPES = [
  'text', 'textarea', 'date', 'file', 'number', 'select', 'radio', 'checkbox', 'booleancheckbox', 'calculation_equation',
  // HubSpot-defined properties also use these two; the create endpoint does not accept them.
  'phonenumber', 'html',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
  description?: string;
}

export interface ModificationMetadata {
  archivable: boolean;
  readOnlyDefinition: boolean;
  readOnlyValue: boolean;
  readOnlyOptions?: boolean;
}

export interface PropertyDefinition {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: FieldType;
  groupName: string;
  description: string;
  options: PropertyOption[];
  displayOrder: number;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  calculated: boolean;
  externalOptions: boolean;
  hubspotDefined: boolean;
  modificationMetadata: ModificationMetadata;
  referencedObjectType?: string;
  showCurrencySymbol?: boolean;
  calculationFormula?: string;
  createdUserId?: string;
  updatedUserId?: string;
  createdAt: number | null;
  updatedAt: number | null;
  archived: boolean;
  archivedAt: number | null;
}

/** Which field types the create endpoint pairs with each data type. */
export const FIELD_TYPES_BY_TYPE: Readonly<Record<PropertyType, readonly FieldType[]>> = {
  string: ['text', 'textarea', 'file', 'phonenumber', 'html'],
  number: ['number', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox'],
  bool: ['booleancheckbox'],
};

// HubSpot-defined properties existed long before any sandbox portal: one fixed date for all of them.
const HUBSPOT_DEFINED_AT = Date.UTC(2019, 7, 6, 2, 41, 52);

export interface DefaultPropertySpec {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: FieldType;
  groupName: string;
  options?: Array<[value: string, label: string]>;
  readOnly?: boolean;
  calculated?: boolean;
  externalOptions?: boolean;
  referencedObjectType?: string;
  showCurrencySymbol?: boolean;
  description?: string;
}

/** A HubSpot-defined property built from a one-line spec. */
export function hubspotDefined(spec: DefaultPropertySpec, displayOrder: number): PropertyDefinition {
  const readOnly = spec.readOnly ?? false;
  return {
    name: spec.name,
    label: spec.label,
    type: spec.type,
    fieldType: spec.fieldType,
    groupName: spec.groupName,
    description: spec.description ?? '',
    options: (spec.options ?? []).map(([value, label], i) => ({ label, value, displayOrder: i, hidden: false })),
    displayOrder,
    hasUniqueValue: false,
    hidden: false,
    formField: !readOnly && spec.type !== 'datetime',
    calculated: spec.calculated ?? false,
    externalOptions: spec.externalOptions ?? false,
    hubspotDefined: true,
    modificationMetadata: { archivable: false, readOnlyDefinition: true, readOnlyValue: readOnly, readOnlyOptions: spec.options ? false : undefined },
    ...(spec.referencedObjectType ? { referencedObjectType: spec.referencedObjectType } : {}),
    ...(spec.showCurrencySymbol ? { showCurrencySymbol: true } : {}),
    createdAt: HUBSPOT_DEFINED_AT,
    updatedAt: HUBSPOT_DEFINED_AT,
    archived: false,
    archivedAt: null,
  };
}

// Spec helpers: one line per default property in the per-object tables.
type Extra = Partial<Omit<DefaultPropertySpec, 'name' | 'label' | 'groupName'>>;
export const text = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'string', fieldType: 'text', ...extra });
export const textarea = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'string', fieldType: 'textarea', ...extra });
export const num = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'number', fieldType: 'number', ...extra });
export const datetime = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'datetime', fieldType: 'date', ...extra });
export const date = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'date', fieldType: 'date', ...extra });
export const bool = (name: string, label: string, groupName: string, extra: Extra = {}): DefaultPropertySpec =>
  ({ name, label, groupName, type: 'bool', fieldType: 'booleancheckbox', options: [['true', 'Yes'], ['false', 'No']], ...extra });
export const select = (
  name: string, label: string, groupName: string, options: Array<[string, string]>, extra: Extra = {},
): DefaultPropertySpec => ({ name, label, groupName, type: 'enumeration', fieldType: 'select', options, ...extra });

/** The owner picker every object has: its options are the portal's owners, not a fixed list. */
export const ownerProperty = (groupName: string): DefaultPropertySpec => ({
  name: 'hubspot_owner_id', label: 'Owner', groupName, type: 'enumeration', fieldType: 'select',
  externalOptions: true, referencedObjectType: 'OWNER',
});

/** The properties HubSpot keeps itself on every object. */
export const systemSpecs = (group: string, created: 'createdate' | 'hs_createdate', modified: 'lastmodifieddate' | 'hs_lastmodifieddate') => [
  num('hs_object_id', 'Record ID', group, { readOnly: true }),
  datetime(created, 'Create Date', group, { readOnly: true }),
  datetime(modified, 'Last Modified Date', group, { readOnly: true }),
];

/** Turns `[['subscriber','Subscriber'], …]` style option tables from value lists with readable labels. */
export function optionsOf(values: readonly string[]): Array<[string, string]> {
  return values.map((value) => [value, value.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')]);
}
