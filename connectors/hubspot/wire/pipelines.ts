import { z } from 'zod';

// Deal and ticket pipelines. https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide

export const HubspotPipelineStageWire = z.object({
  id: z.string(),
  label: z.string(),
  displayOrder: z.number().int(),
  /** Strings on the wire: deal stages carry probability ("0.2") and isClosed ("false"); ticket stages ticketState. */
  metadata: z.record(z.string(), z.string()).optional(),
  writePermissions: z.string().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  archived: z.boolean(),
  archivedAt: z.string().datetime({ offset: true }).optional(),
});
export type HubspotPipelineStageWire = z.output<typeof HubspotPipelineStageWire>;

export const HubspotPipelineWire = z.object({
  id: z.string(),
  label: z.string(),
  displayOrder: z.number().int(),
  stages: z.array(HubspotPipelineStageWire),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  archived: z.boolean(),
  archivedAt: z.string().datetime({ offset: true }).optional(),
});
export type HubspotPipelineWire = z.output<typeof HubspotPipelineWire>;

/** `GET /crm/v3/pipelines/{objectType}` (SDK `CollectionResponsePipelineNoPaging`). */
export const HubspotPipelineListWire = z.object({ results: z.array(HubspotPipelineWire) });
