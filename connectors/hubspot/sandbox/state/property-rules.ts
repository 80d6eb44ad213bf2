// The rules HubSpot applies when a custom property is created or changed.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide (create a property; unique values)
import type { FieldType, PropertyDefinition, PropertyOption, PropertyType } from './property-definition.ts';
import { FIELD_TYPES_BY_TYPE } from './property-definition.ts';

export interface NewProperty {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: FieldType;
  groupName: string;
  description?: string;
  options?: Array<Omit<PropertyOption, 'displayOrder'> & { displayOrder?: number }>;
  displayOrder?: number;
  hasUniqueValue?: boolean;
  hidden?: boolean;
  formField?: boolean;
  calculationFormula?: string;
  externalOptions?: boolean;
  referencedObjectType?: string;
}

export type PropertyChange = Partial<Omit<NewProperty, 'name' | 'hasUniqueValue' | 'externalOptions' | 'referencedObjectType'>>;

export type PropertyOutcome =
  | { ok: true; property: PropertyDefinition }
  | { ok: false; problem: 'invalid' | 'conflict' | 'not_found' | 'read_only'; message: string };

// Internal names: a lowercase letter first, then lowercase letters, digits and underscores.
const NAME = /^[a-z][a-z0-9_]*$/;
const MAX_NAME_LENGTH = 100;
/** At most 10 unique-value properties per object. */
export const MAX_UNIQUE_PROPERTIES = 10;

export function checkNewProperty(
  input: NewProperty,
  portal: { existing: PropertyDefinition | undefined; groupExists: boolean; uniqueCount: number },
): PropertyOutcome | undefined {
  const invalid = (message: string): PropertyOutcome => ({ ok: false, problem: 'invalid', message });
  if (!NAME.test(input.name) || input.name.length > MAX_NAME_LENGTH) {
    return invalid(`Property name ${input.name} is invalid: it must start with a lowercase letter and contain only lowercase letters, numbers and underscores.`);
  }
  if (input.name.startsWith('hs_')) return invalid(`Property name ${input.name} is invalid: the hs_ prefix is reserved for HubSpot-defined properties.`);
  if (portal.existing) {
    // An archived property keeps its name: it must be restored or purged before the name is reused.
    return { ok: false, problem: 'conflict', message: `Property named '${input.name}' already exists.` };
  }
  if (!portal.groupExists) return invalid(`Property group ${input.groupName} does not exist.`);
  if (input.hasUniqueValue && portal.uniqueCount >= MAX_UNIQUE_PROPERTIES) {
    return invalid(`Cannot create more than ${MAX_UNIQUE_PROPERTIES} properties with unique values on one object.`);
  }
  return checkShape(input.type, input.fieldType, input.options);
}

function checkShape(type: PropertyType, fieldType: FieldType, options: NewProperty['options']): PropertyOutcome | undefined {
  if (!FIELD_TYPES_BY_TYPE[type].includes(fieldType)) {
    return { ok: false, problem: 'invalid', message: `fieldType ${fieldType} is not valid for a property of type ${type}.` };
  }
  if (type === 'enumeration' && fieldType !== 'booleancheckbox' && (options ?? []).length === 0) {
    return { ok: false, problem: 'invalid', message: 'Enumeration properties need at least one option.' };
  }
  const values = (options ?? []).map((o) => o.value);
  const repeated = values.find((v, i) => values.indexOf(v) !== i);
  if (repeated !== undefined) return { ok: false, problem: 'invalid', message: `Option value ${repeated} appears more than once.` };
  return undefined;
}

export function newCustomProperty(input: NewProperty, now: number, position: number): PropertyDefinition {
  const options = input.type === 'bool' && !input.options?.length
    ? [{ label: 'Yes', value: 'true', hidden: false }, { label: 'No', value: 'false', hidden: false }]
    : (input.options ?? []);
  return {
    name: input.name,
    label: input.label,
    type: input.type,
    fieldType: input.fieldType,
    groupName: input.groupName,
    description: input.description ?? '',
    options: numbered(options),
    displayOrder: input.displayOrder ?? position,
    hasUniqueValue: input.hasUniqueValue ?? false,
    hidden: input.hidden ?? false,
    formField: input.formField ?? false,
    calculated: input.fieldType === 'calculation_equation',
    externalOptions: input.externalOptions ?? false,
    hubspotDefined: false,
    modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyValue: input.fieldType === 'calculation_equation', readOnlyOptions: false },
    ...(input.calculationFormula ? { calculationFormula: input.calculationFormula } : {}),
    ...(input.referencedObjectType ? { referencedObjectType: input.referencedObjectType } : {}),
    createdAt: now,
    updatedAt: now,
    archived: false,
    archivedAt: null,
  };
}

export function applyPropertyChange(
  property: PropertyDefinition, change: PropertyChange, now: number, groupExists: (group: string) => boolean,
): PropertyOutcome {
  if (property.modificationMetadata.readOnlyDefinition) {
    return { ok: false, problem: 'read_only', message: `Property ${property.name} is HubSpot-defined; its definition cannot be changed.` };
  }
  if (change.groupName !== undefined && !groupExists(change.groupName)) {
    return { ok: false, problem: 'invalid', message: `Property group ${change.groupName} does not exist.` };
  }
  const type = change.type ?? property.type;
  const fieldType = change.fieldType ?? property.fieldType;
  const options = change.options ?? property.options;
  const problem = checkShape(type, fieldType, options);
  if (problem) return problem;
  const { options: _options, ...rest } = change;
  const updated: PropertyDefinition = { ...property, ...withoutUndefined(rest), type, fieldType, options: numbered(options), updatedAt: now };
  return { ok: true, property: updated };
}

function numbered(options: NonNullable<NewProperty['options']>): PropertyOption[] {
  return options.map((o, i) => ({ ...o, displayOrder: o.displayOrder ?? i }));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
