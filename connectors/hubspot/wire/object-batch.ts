import { z } from 'zod';
import { HubspotAssociationForObjectInput, HubspotObjectWire, HubspotPropertyValuesInput, HubspotRecordIdInput } from './object-record.ts';
import { HubspotStandardErrorWire } from './error.ts';

// Batch bodies of /crm/v3/objects/{objectType}/batch/*. At most 100 inputs each; the sandbox
// checks the count itself so it can answer with HubSpot's message, not a schema error.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/using-object-apis

const objectWriteTraceId = z.string().min(1).optional();

/** `batch/read` (`BatchReadInputSimplePublicObjectId`). */
export const HubspotBatchReadInput = z.object({
  inputs: z.array(z.object({ id: HubspotRecordIdInput })),
  properties: z.array(z.string()).default([]),
  propertiesWithHistory: z.array(z.string()).default([]),
  idProperty: z.string().optional(),
});
export type HubspotBatchReadInput = z.output<typeof HubspotBatchReadInput>;

/** `batch/create` (`BatchInputSimplePublicObjectBatchInputForCreate`). */
export const HubspotBatchCreateInput = z.object({
  inputs: z.array(z.object({
    properties: HubspotPropertyValuesInput,
    associations: z.array(HubspotAssociationForObjectInput).optional(),
    objectWriteTraceId,
  })),
});
export type HubspotBatchCreateInput = z.output<typeof HubspotBatchCreateInput>;

// Update and upsert take the same input: an id (the value of `idProperty` when one is named), properties, a trace id.
const HubspotIdentifiedInputs = z.object({
  inputs: z.array(z.object({
    id: HubspotRecordIdInput,
    idProperty: z.string().optional(),
    properties: HubspotPropertyValuesInput,
    objectWriteTraceId,
  })),
});

/** `batch/update` (`BatchInputSimplePublicObjectBatchInput`); `idProperty` may differ per input. */
export const HubspotBatchUpdateInput = HubspotIdentifiedInputs;
export type HubspotBatchUpdateInput = z.output<typeof HubspotBatchUpdateInput>;

/** `batch/upsert` (`BatchInputSimplePublicObjectBatchInputUpsert`): `id` is the value of `idProperty`. */
export const HubspotBatchUpsertInput = HubspotIdentifiedInputs;
export type HubspotBatchUpsertInput = z.output<typeof HubspotBatchUpsertInput>;

/** `batch/archive` (`BatchInputSimplePublicObjectId`). */
export const HubspotBatchArchiveInput = z.object({ inputs: z.array(z.object({ id: HubspotRecordIdInput })) });
export type HubspotBatchArchiveInput = z.output<typeof HubspotBatchArchiveInput>;

export const HubspotBatchStatus = z.enum(['PENDING', 'PROCESSING', 'CANCELED', 'COMPLETE']);

const batchEnvelope = {
  status: HubspotBatchStatus,
  startedAt: z.string(),
  completedAt: z.string(),
  requestedAt: z.string().optional(),
  links: z.record(z.string(), z.string()).optional(),
  numErrors: z.number().int().optional(),
  errors: z.array(HubspotStandardErrorWire).optional(),
};

/** 200/201 (`BatchResponseSimplePublicObject`) and 207 (`...WithErrors`, with `numErrors` and `errors`). */
export const HubspotBatchResponseWire = z.object({ ...batchEnvelope, results: z.array(HubspotObjectWire) });
export type HubspotBatchResponseWire = z.output<typeof HubspotBatchResponseWire>;

/** Upsert results also say whether each record was created (`new`). */
export const HubspotBatchUpsertResponseWire = z.object({
  ...batchEnvelope,
  results: z.array(HubspotObjectWire.extend({ new: z.boolean() })),
});
export type HubspotBatchUpsertResponseWire = z.output<typeof HubspotBatchUpsertResponseWire>;
