import { z } from 'zod';

// CRM property definitions. https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide

export const HubspotPropertyType = z.enum(['string', 'number', 'date', 'datetime', 'enumeration', 'bool']);
export type HubspotPropertyType = z.output<typeof HubspotPropertyType>;

export const HubspotPropertyOptionWire = z.object({
  label: z.string(),
  value: z.string(),
  displayOrder: z.number().int().optional(),
  hidden: z.boolean(),
  description: z.string().optional(),
});
export type HubspotPropertyOptionWire = z.output<typeof HubspotPropertyOptionWire>;

/** A property as read (SDK `Property`); HubSpot adds fields over time, so unknown ones are dropped, not refused. */
export const HubspotPropertyWire = z.object({
  name: z.string(),
  label: z.string(),
  type: HubspotPropertyType,
  fieldType: z.string(),
  groupName: z.string(),
  description: z.string().optional(),
  options: z.array(HubspotPropertyOptionWire),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  calculated: z.boolean().optional(),
  externalOptions: z.boolean().optional(),
  hubspotDefined: z.boolean().optional(),
  referencedObjectType: z.string().optional(),
  modificationMetadata: z.object({
    archivable: z.boolean(),
    readOnlyDefinition: z.boolean(),
    readOnlyValue: z.boolean(),
    readOnlyOptions: z.boolean().optional(),
  }).optional(),
  createdAt: z.string().datetime({ offset: true }).optional(),
  updatedAt: z.string().datetime({ offset: true }).optional(),
  archived: z.boolean().optional(),
  archivedAt: z.string().datetime({ offset: true }).optional(),
});
export type HubspotPropertyWire = z.output<typeof HubspotPropertyWire>;

/** `GET /crm/v3/properties/{objectType}` (SDK `CollectionResponsePropertyNoPaging`). */
export const HubspotPropertyListWire = z.object({ results: z.array(HubspotPropertyWire) });

/** `POST /crm/v3/properties/{objectType}` body (SDK `PropertyCreate`): what the connector sends to add e.g. a score property. */
export const HubspotPropertyCreateInput = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  type: HubspotPropertyType,
  fieldType: z.enum(['text', 'textarea', 'date', 'file', 'number', 'select', 'radio', 'checkbox', 'booleancheckbox', 'calculation_equation']),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(HubspotPropertyOptionWire).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
});
export type HubspotPropertyCreateInput = z.output<typeof HubspotPropertyCreateInput>;
