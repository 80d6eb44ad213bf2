// The describe metadata the sandbox keeps for each field, and a builder with each type's defaults.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm

/** Field types the sandbox models (the names describe reports in `type`). */
export type FieldType =
  | 'id' | 'string' | 'email' | 'phone' | 'url' | 'picklist' | 'reference' | 'boolean' | 'date' | 'datetime'
  | 'double' | 'currency' | 'int' | 'percent' | 'textarea';

export interface PicklistValue {
  active: boolean;
  defaultValue: boolean;
  label: string;
  validFor: string | null;
  value: string;
}

/** One field's describe metadata (the part the sandbox models; the wire describe adds fixed properties). */
export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  /** Characters for text types, 0 otherwise. */
  length: number;
  /** Digits for int; precision and scale for double, currency, percent. */
  digits: number;
  precision: number;
  scale: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  /** Salesforce fills it when a create leaves it out (a default value, the owner, system fields). */
  defaultedOnCreate: boolean;
  defaultValue: string | number | boolean | null;
  externalId: boolean;
  unique: boolean;
  /** Whether `__c` (added by an admin or the product's metadata package). */
  custom: boolean;
  /** A formula or roll-up: read-only, computed by the org. */
  calculated: boolean;
  /** The record's name field (Name, Subject…). */
  nameField: boolean;
  idLookup: boolean;
  filterable: boolean;
  sortable: boolean;
  groupable: boolean;
  picklistValues: PicklistValue[];
  restrictedPicklist: boolean;
  referenceTo: string[];
  relationshipName: string | null;
  polymorphicForeignKey: boolean;
}

/** The SOAP type describe pairs with each field type. */
export const SOAP_TYPES: Record<FieldType, string> = {
  id: 'tns:ID', string: 'xsd:string', email: 'xsd:string', phone: 'xsd:string', url: 'xsd:string', picklist: 'xsd:string',
  reference: 'tns:ID', boolean: 'xsd:boolean', date: 'xsd:date', datetime: 'xsd:dateTime', double: 'xsd:double',
  currency: 'xsd:double', int: 'xsd:int', percent: 'xsd:double', textarea: 'xsd:string',
};

const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'email', 'phone', 'url', 'picklist', 'textarea', 'id', 'reference']);

export function isTextType(type: FieldType): boolean {
  return TEXT_TYPES.has(type);
}

export function picklist(values: readonly string[], defaultValue?: string): PicklistValue[] {
  return values.map((value) => ({ active: true, defaultValue: value === defaultValue, label: value, validFor: null, value }));
}

export type FieldOptions = Partial<Omit<FieldDef, 'name' | 'type'>> & {
  /** Shorthand: a create must supply it (nillable false, not defaulted). */
  required?: boolean;
  /** Shorthand: the org sets it; the API cannot write it. */
  readOnly?: boolean;
};

const DEFAULT_LENGTH: Partial<Record<FieldType, number>> = {
  id: 18, reference: 18, string: 255, email: 80, phone: 40, url: 255, picklist: 255, textarea: 255,
};

/** A field with Salesforce's defaults for its type; options override them. */
export function field(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  const { required, readOnly, ...rest } = options;
  const custom = name.endsWith('__c');
  const isNumber = type === 'double' || type === 'currency' || type === 'percent';
  const def: FieldDef = {
    name,
    label: options.label ?? labelOf(name),
    type,
    length: DEFAULT_LENGTH[type] ?? 0,
    digits: type === 'int' ? 9 : 0,
    precision: isNumber ? 18 : 0,
    scale: isNumber ? 2 : 0,
    nillable: !required && type !== 'boolean' && type !== 'id',
    createable: !readOnly && type !== 'id',
    updateable: !readOnly && type !== 'id',
    defaultedOnCreate: type === 'boolean' || type === 'id',
    defaultValue: type === 'boolean' ? false : null,
    externalId: false,
    unique: false,
    custom,
    calculated: false,
    nameField: false,
    idLookup: type === 'id',
    filterable: type !== 'textarea' || (options.length ?? 255) <= 255,
    sortable: type !== 'textarea' || (options.length ?? 255) <= 255,
    groupable: type !== 'double' && type !== 'currency' && type !== 'percent' && type !== 'datetime' && type !== 'textarea',
    picklistValues: [],
    restrictedPicklist: false,
    referenceTo: [],
    relationshipName: null,
    polymorphicForeignKey: false,
    ...rest,
  };
  if (def.externalId || def.unique) def.idLookup = true;
  return def;
}

/** A reference field: `relationshipName` names the parent in SOQL (OwnerId → Owner). */
export function reference(name: string, referenceTo: string[], options: FieldOptions = {}): FieldDef {
  const relationshipName = name.endsWith('__c') ? name.replace(/__c$/, '__r') : name.replace(/Id$/, '');
  return field(name, 'reference', { referenceTo, relationshipName, polymorphicForeignKey: referenceTo.length > 1, ...options });
}

/** "HubSpot_Deal_Id__c" → "HubSpot Deal Id"; "AnnualRevenue" → "Annual Revenue". */
function labelOf(name: string): string {
  return name.replace(/__c$/, '').replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ Id$/, ' ID');
}
