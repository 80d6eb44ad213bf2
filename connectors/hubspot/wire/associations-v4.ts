import { z } from 'zod';
import { HubspotAssociationCategory, HubspotAssociationSpecWire, HubspotRecordIdInput } from './object-record.ts';
import { HubspotStandardErrorWire } from './error.ts';

// Associations v4: /crm/v4/objects/... (one record) and /crm/v4/associations/{from}/{to}/batch/... (many).
// https://developers.hubspot.com/docs/api-reference/crm-associations-v4/guide

const objectRef = z.object({ id: HubspotRecordIdInput });

/** `PUT /crm/v4/objects/{type}/{id}/associations/{toType}/{toId}` body: the labels to set. */
export const HubspotAssociationSpecsInput = z.array(HubspotAssociationSpecWire);

/** `batch/create` (`BatchInputPublicAssociationMultiPost`); up to 2,000 inputs. */
export const HubspotAssociationBatchCreateInput = z.object({
  inputs: z.array(z.object({ from: objectRef, to: objectRef, types: z.array(HubspotAssociationSpecWire).min(1) })),
});
export type HubspotAssociationBatchCreateInput = z.output<typeof HubspotAssociationBatchCreateInput>;

/** `batch/associate/default` (`BatchInputPublicDefaultAssociationMultiPost`). */
export const HubspotAssociationBatchDefaultInput = z.object({ inputs: z.array(z.object({ from: objectRef, to: objectRef })) });
export type HubspotAssociationBatchDefaultInput = z.output<typeof HubspotAssociationBatchDefaultInput>;

/** `batch/read` (`BatchInputPublicFetchAssociationsBatchRequest`); up to 1,000 inputs. */
export const HubspotAssociationBatchReadInput = z.object({
  inputs: z.array(z.object({ id: HubspotRecordIdInput, after: z.string().optional() })),
});
export type HubspotAssociationBatchReadInput = z.output<typeof HubspotAssociationBatchReadInput>;

/** `batch/archive` (`BatchInputPublicAssociationMultiArchive`): removes every label between each pair. */
export const HubspotAssociationBatchArchiveInput = z.object({
  inputs: z.array(z.object({ from: objectRef, to: z.array(objectRef) })),
});
export type HubspotAssociationBatchArchiveInput = z.output<typeof HubspotAssociationBatchArchiveInput>;

/** A label on an association as reads return it; `label` is null for the unlabeled default type. */
export const HubspotAssociationTypeWire = z.object({
  category: HubspotAssociationCategory,
  typeId: z.number().int(),
  label: z.string().nullable(),
});

/** Record ids in association reads are JSON numbers (the SDK types them as strings and passes them through). */
export const HubspotAssociatedObjectWire = z.object({
  toObjectId: z.union([z.number(), z.string()]),
  associationTypes: z.array(HubspotAssociationTypeWire),
});

const nextPage = z.object({ next: z.object({ after: z.string(), link: z.string().optional() }) });

/** `GET /crm/v4/objects/{type}/{id}/associations/{toType}`. */
export const HubspotAssociationPageWire = z.object({ results: z.array(HubspotAssociatedObjectWire), paging: nextPage.optional() });

/** `PUT .../associations/{toType}/{toId}` answer (`LabelsBetweenObjectPair`). */
export const HubspotLabelsBetweenObjectPairWire = z.object({
  fromObjectTypeId: z.string(),
  fromObjectId: z.union([z.number(), z.string()]),
  toObjectTypeId: z.string(),
  toObjectId: z.union([z.number(), z.string()]),
  labels: z.array(z.string()),
});

const batchEnvelope = {
  status: z.enum(['PENDING', 'PROCESSING', 'CANCELED', 'COMPLETE']),
  startedAt: z.string(),
  completedAt: z.string(),
  requestedAt: z.string().optional(),
  numErrors: z.number().int().optional(),
  errors: z.array(HubspotStandardErrorWire).optional(),
};

/** `createDefault` and `batch/associate/default` (`BatchResponsePublicDefaultAssociation`): both directions. */
export const HubspotDefaultAssociationResponseWire = z.object({
  ...batchEnvelope,
  results: z.array(z.object({ from: z.object({ id: z.string() }), to: z.object({ id: z.string() }), associationSpec: HubspotAssociationSpecWire })),
});

/** `batch/create` (`BatchResponseLabelsBetweenObjectPair`). */
export const HubspotAssociationBatchCreateResponseWire = z.object({ ...batchEnvelope, results: z.array(HubspotLabelsBetweenObjectPairWire) });

/** `batch/read` (`BatchResponsePublicAssociationMultiWithLabel`). */
export const HubspotAssociationBatchReadResponseWire = z.object({
  ...batchEnvelope,
  results: z.array(z.object({ from: z.object({ id: z.string() }), to: z.array(HubspotAssociatedObjectWire), paging: nextPage.optional() })),
});
