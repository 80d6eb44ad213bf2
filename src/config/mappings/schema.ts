// The shape of mappings/fields/<object>.yaml, and the canonical fields a mapping may name.
// docs/mappings.md describes the format; loader.ts reads the files and names every problem by file and line.
import { z } from 'zod';
import {
  CanonicalCompanySchema, CanonicalContactSchema, CanonicalDealSchema, EmailSchema, IsoDateSchema, IsoTimestampSchema, PhoneSchema,
} from '../../core/canonical/index.ts';
import { fieldPathsOf } from '../../core/canonical/record.ts';
import { DIRECTIONS, PRIORITY_RULES } from '../../core/merge/field-priority.ts';
import { DATE_FORMATS } from '../../core/transforms/index.ts';

export const MAPPED_OBJECTS = ['contact', 'company', 'deal'] as const;
export type MappedObject = (typeof MAPPED_OBJECTS)[number];

/** Salesforce objects a contact mapping may name separately, when Lead and Contact differ. */
export const SALESFORCE_PERSON_OBJECTS = ['Lead', 'Contact'] as const;

const vendorField = z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a field API name: a letter, then letters, digits or _');

/** One name for Lead and Contact, or `{ Lead: …, Contact: … }` where they differ (either may be left out). */
const SalesforceNamesSchema = z.union(
  [vendorField, z.strictObject({ Lead: vendorField.optional(), Contact: vendorField.optional() })],
  { error: 'must be a field API name, or { Lead: name, Contact: name } where Lead and Contact differ' },
);
export type SalesforceNames = z.infer<typeof SalesforceNamesSchema>;

/** Canonical value: vendor value. Several canonical values may share one vendor value; the first listed is the one read back. */
const valueMap = z.record(z.string(), z.string().min(1, 'must not be empty'));

export { DATE_FORMATS };

export const TransformSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('picklist'), hubspot: valueMap.optional(), salesforce: valueMap.optional() }),
  z.strictObject({ type: z.literal('lifecycle_stage'), hubspot: valueMap.optional(), salesforce: valueMap.optional() }),
  z.strictObject({
    type: z.literal('phone'),
    format: z.enum(['e164']).default('e164'),
    /** The country a number without a +prefix is read in. */
    defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US').optional(),
  }),
  z.strictObject({ type: z.literal('date'), hubspot: z.enum(DATE_FORMATS).optional(), salesforce: z.enum(DATE_FORMATS).optional() }),
], { error: 'must have a type: picklist, lifecycle_stage, phone or date' });
export type Transform = z.infer<typeof TransformSchema>;

export const FieldEntrySchema = z.strictObject({
  /** The canonical field, dotted inside a group: `email`, `consent.emailOptOut`. */
  canonical: z.string().trim().min(1, 'must not be empty'),
  hubspot: vendorField.optional(),
  salesforce: SalesforceNamesSchema.optional(),
  direction: z.enum(DIRECTIONS).default('both'),
  rule: z.enum(PRIORITY_RULES),
  transform: TransformSchema.optional(),
  /** Why this rule: shown when the mappings are rendered for the revenue team. */
  why: z.string().trim().min(1).optional(),
});
export type FieldEntry = z.infer<typeof FieldEntrySchema>;

export const FieldMappingFileSchema = z.strictObject({
  object: z.enum(MAPPED_OBJECTS),
  fields: z.array(FieldEntrySchema).min(1, 'must list at least one field'),
});
export type FieldMapping = z.infer<typeof FieldMappingFileSchema>;

/** Every key the format knows, for "did you mean" suggestions on a misspelt key. */
export const KNOWN_KEYS = ['object', 'fields', 'canonical', 'hubspot', 'salesforce', 'direction', 'rule', 'transform', 'why', 'type', 'format', 'defaultCountry', 'Lead', 'Contact'];

const CANONICAL_SCHEMAS = { contact: CanonicalContactSchema, company: CanonicalCompanySchema, deal: CanonicalDealSchema } as const;

/** Bookkeeping fields of every canonical record: where it lives, not what it says. */
const NOT_MAPPABLE = new Set(['source', 'fieldSources']);

/** The canonical fields a mapping of `object` may name: every field, and `group.field` inside groups (the group itself is not a field). */
export function canonicalFieldsOf(object: MappedObject): string[] {
  const paths = fieldPathsOf(CANONICAL_SCHEMAS[object].shape).filter((path) => !NOT_MAPPABLE.has(path));
  return paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
}

function unwrap(field: z.core.$ZodType): z.core.$ZodType {
  if (field instanceof z.ZodOptional || field instanceof z.ZodNullable || field instanceof z.ZodDefault || field instanceof z.ZodPrefault) {
    return unwrap(field.unwrap());
  }
  return field;
}

/** The canonical field's schema at a dotted path, without its optional/default wrappers. */
function fieldAt(object: MappedObject, path: string): z.core.$ZodType | undefined {
  let field: z.core.$ZodType | undefined;
  let shape: z.ZodRawShape | undefined = CANONICAL_SCHEMAS[object].shape;
  for (const part of path.split('.')) {
    field = shape?.[part] === undefined ? undefined : unwrap(shape[part]);
    shape = field instanceof z.ZodObject ? field.shape : undefined;
  }
  return field;
}

/** The allowed values of an enum field (lifecycle stage, lead status…), or undefined for a field that is not an enum. */
export function enumValuesOf(object: MappedObject, path: string): readonly string[] | undefined {
  const field = fieldAt(object, path);
  return field instanceof z.ZodEnum ? (field.options as string[]) : undefined;
}

/** What a canonical field holds, as transforms and the live-schema check care: `date` is a day, `datetime` an instant. */
export const CANONICAL_KINDS = ['text', 'email', 'phone', 'number', 'boolean', 'date', 'datetime', 'enum', 'list', 'group'] as const;
export type CanonicalKind = (typeof CANONICAL_KINDS)[number];

/** The kind of the canonical field at `path`, or undefined when the object has no such field. */
export function canonicalKindOf(object: MappedObject, path: string): CanonicalKind | undefined {
  const field = fieldAt(object, path);
  if (field === undefined) return undefined;
  // The shared formats are single schema objects, so identity tells a phone from other text.
  if (field === PhoneSchema) return 'phone';
  if (field === EmailSchema) return 'email';
  if (field === IsoDateSchema) return 'date';
  if (field === IsoTimestampSchema) return 'datetime';
  if (field instanceof z.ZodEnum) return 'enum';
  if (field instanceof z.ZodNumber) return 'number';
  if (field instanceof z.ZodBoolean) return 'boolean';
  if (field instanceof z.ZodArray) return 'list';
  if (field instanceof z.ZodObject) return 'group';
  return 'text';
}
