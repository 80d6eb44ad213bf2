// Request bodies and response shapes of the Properties API (SDK models PropertyCreate, PropertyUpdate, Property).
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide
import { z } from 'zod';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { hubspotError } from '../error-bodies.ts';
import { isoOf } from '../state/stored-record.ts';
import { single } from '../../../../src/sandbox-kit/index.ts';
import { FIELD_TYPES, PROPERTY_TYPES } from '../state/property-definition.ts';
import type { PropertyDefinition } from '../state/property-definition.ts';
import type { PropertyGroup } from '../state/property-groups.ts';
import type { PropertyOutcome } from '../state/property-rules.ts';

const OptionInput = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  hidden: z.boolean().default(false),
  displayOrder: z.number().int().optional(),
  description: z.string().optional(),
});

export const PropertyCreateBody = z.object({
  name: z.string().min(1),
  label: z.string().min(1),
  type: z.enum(PROPERTY_TYPES),
  fieldType: z.enum(FIELD_TYPES),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(OptionInput).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  calculationFormula: z.string().optional(),
  externalOptions: z.boolean().optional(),
  referencedObjectType: z.string().optional(),
});

export const PropertyUpdateBody = PropertyCreateBody.omit({ name: true, hasUniqueValue: true, externalOptions: true, referencedObjectType: true })
  .partial();

/** `?archived=true|false&properties=a,b` (the SDK sends `properties` once, comma-joined). */
export const PropertyReadQuery = z.object({
  archived: single(z.enum(['true', 'false']).transform((v) => v === 'true')).default(false),
  properties: z.preprocess((v) => (Array.isArray(v) ? v.join(',') : v), z.string().optional())
    .transform((v) => (v ? v.split(',').map((name) => name.trim()).filter(Boolean) : [])),
});

const PropertyName = z.object({ name: z.string().min(1) });
export const BatchCreateBody = z.object({ inputs: z.array(PropertyCreateBody) });
export const BatchReadBody = z.object({ archived: z.boolean().default(false), inputs: z.array(PropertyName) });
export const BatchArchiveBody = z.object({ inputs: z.array(PropertyName) });

/** A property as the API answers it: timestamps as ISO strings, empty fields left out. */
export function propertyJson(property: PropertyDefinition) {
  const { createdAt, updatedAt, archivedAt, ...rest } = property;
  return {
    ...rest,
    options: property.options.map((o) => ({ ...o })),
    dataSensitivity: 'non_sensitive',
    ...(createdAt !== null ? { createdAt: isoOf(createdAt) } : {}),
    ...(updatedAt !== null ? { updatedAt: isoOf(updatedAt) } : {}),
    ...(archivedAt !== null ? { archivedAt: isoOf(archivedAt) } : {}),
  };
}

export function groupJson(group: PropertyGroup) {
  return { name: group.name, label: group.label, displayOrder: group.displayOrder, archived: group.archived };
}

/** The HubSpot answer for a refused property operation. */
export function propertyProblemReply(outcome: Extract<PropertyOutcome, { ok: false }>): SandboxReply {
  switch (outcome.problem) {
    case 'not_found':
      return hubspotError(404, 'OBJECT_NOT_FOUND', outcome.message);
    case 'conflict':
      // The 409 body for a duplicate property name is not documented; HubSpot's conflict shape is used.
      return hubspotError(409, 'CONFLICT', outcome.message);
    case 'invalid':
    case 'read_only':
      return hubspotError(400, 'VALIDATION_ERROR', outcome.message);
  }
}

/** One failed input of a 207 batch answer (SDK `StandardError`: every field present). */
export function standardError(category: string, message: string, context: Record<string, string[]>) {
  return { status: 'error', category, message, context, errors: [], links: {} };
}

export function notFoundMessage(name: string, type: string): string {
  return `Unable to find property with name ${name} on object type ${type}`;
}
