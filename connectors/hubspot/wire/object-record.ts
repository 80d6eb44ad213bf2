import { z } from 'zod';

// CRM object records as HubSpot sends and takes them (`SimplePublicObject` and friends).
// https://developers.hubspot.com/docs/api-reference/legacy/crm/using-object-apis

/** HubSpot record ids are numeric strings; the docs' own examples also send bare numbers (`"to": {"id": 123456}`). */
export const HubspotRecordIdInput = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

/**
 * Property values a write carries. The wire type is string, but HubSpot stringifies numbers and
 * booleans (its docs send `"hs_pinned_engagement_id": 123456789`), and `null` or `""` clears a value.
 */
export const HubspotPropertyValuesInput = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type HubspotPropertyValuesInput = z.output<typeof HubspotPropertyValuesInput>;

export const HubspotAssociationCategory = z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']);
export type HubspotAssociationCategory = z.output<typeof HubspotAssociationCategory>;

export const HubspotAssociationSpecWire = z.object({
  associationCategory: HubspotAssociationCategory,
  associationTypeId: z.number().int(),
});
export type HubspotAssociationSpecWire = z.output<typeof HubspotAssociationSpecWire>;

/** One association written together with a record (`PublicAssociationsForObject`). */
export const HubspotAssociationForObjectInput = z.object({
  to: z.object({ id: HubspotRecordIdInput }),
  types: z.array(HubspotAssociationSpecWire).min(1),
});
export type HubspotAssociationForObjectInput = z.output<typeof HubspotAssociationForObjectInput>;

/** `POST /crm/v3/objects/{objectType}` body (`SimplePublicObjectInputForCreate`). */
export const HubspotCreateInput = z.object({
  properties: HubspotPropertyValuesInput,
  associations: z.array(HubspotAssociationForObjectInput).optional(),
});
export type HubspotCreateInput = z.output<typeof HubspotCreateInput>;

/** `PATCH /crm/v3/objects/{objectType}/{id}` body (`SimplePublicObjectInput`). */
export const HubspotUpdateInput = z.object({ properties: HubspotPropertyValuesInput });
export type HubspotUpdateInput = z.output<typeof HubspotUpdateInput>;

/** One entry of a property's history (`ValueWithTimestamp`). */
export const HubspotValueWithTimestampWire = z.object({
  value: z.string(),
  timestamp: z.string(),
  sourceType: z.string(),
  sourceId: z.string().optional(),
  sourceLabel: z.string().optional(),
  updatedByUserId: z.number().int().optional(),
});
export type HubspotValueWithTimestampWire = z.output<typeof HubspotValueWithTimestampWire>;

export const HubspotAssociatedIdWire = z.object({ id: z.string(), type: z.string() });

/** A record as get, list, create, update, batch and search return it. */
export const HubspotObjectWire = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable()),
  propertiesWithHistory: z.record(z.string(), z.array(HubspotValueWithTimestampWire)).optional(),
  associations: z
    .record(z.string(), z.object({ results: z.array(HubspotAssociatedIdWire), paging: z.unknown().optional() }))
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean(),
  archivedAt: z.string().optional(),
  objectWriteTraceId: z.string().optional(),
});
export type HubspotObjectWire = z.output<typeof HubspotObjectWire>;

export const HubspotNextPageWire = z.object({ after: z.string(), link: z.string().optional() });

/** `GET /crm/v3/objects/{objectType}`: `paging` is left out on the last page. */
export const HubspotObjectPageWire = z.object({
  results: z.array(HubspotObjectWire),
  paging: z.object({ next: HubspotNextPageWire.optional() }).optional(),
});
export type HubspotObjectPageWire = z.output<typeof HubspotObjectPageWire>;
