import { z } from 'zod';

// CRM owners. https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/guide

export const HubspotOwnerWire = z.object({
  /** What goes into hubspot_owner_id. */
  id: z.string(),
  email: z.string().optional(),
  type: z.enum(['PERSON', 'QUEUE']),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  /** Absent (or null) once the owner is deactivated. */
  userId: z.number().int().nullable().optional(),
  userIdIncludingInactive: z.number().int().nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  archived: z.boolean(),
  teams: z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean() })).optional(),
});
export type HubspotOwnerWire = z.output<typeof HubspotOwnerWire>;

/** `GET /crm/v3/owners/` (SDK `CollectionResponsePublicOwnerForwardPaging`); no `paging` on the last page. */
export const HubspotOwnerPageWire = z.object({
  results: z.array(HubspotOwnerWire),
  paging: z.object({ next: z.object({ after: z.string(), link: z.string().optional() }).optional() }).optional(),
});
export type HubspotOwnerPageWire = z.output<typeof HubspotOwnerPageWire>;
