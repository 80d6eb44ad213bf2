// Request bodies and limits of sObject Collections.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
import type { Response } from 'express';
import { z } from 'zod';
import type { SalesforceSandboxState, SObjectDef } from './state/index.ts';
import { ItemRefused } from './collection-batch.ts';
import type { CollectionAnswer } from './collection-batch.ts';
import { restErrorItem, sendError } from './rest-replies.ts';

/** Records a create, update, upsert or delete call takes. */
export const MAX_RECORDS = 200;
/** Ids a retrieve takes. */
export const MAX_RETRIEVE_IDS = 2000;

const CollectionRecord = z.record(z.string(), z.unknown());
export type CollectionRecord = z.infer<typeof CollectionRecord>;

/** `{allOrNone, records}`: create, update and upsert bodies. */
export const CollectionWrite = z.object({
  allOrNone: z.boolean().optional(),
  records: z.array(CollectionRecord),
});

/** `{ids, fields}`: the retrieve body. */
export const CollectionRetrieve = z.object({
  ids: z.array(z.string()),
  fields: z.array(z.string()).min(1),
});

/** `?ids=a,b&allOrNone=true`: the delete query. */
export const CollectionDeleteQuery = z.object({
  ids: z.string().min(1),
  allOrNone: z.enum(['true', 'false', 'TRUE', 'FALSE', 'True', 'False']).optional(),
});

/** The 400 for more records than a call takes. */
export function sendTooMany(res: Response, max: number): void {
  sendError(res, 400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${max} records into this call`);
}

/** A body that is not the documented shape. */
export function sendMalformedBody(res: Response, issue: string): void {
  sendError(res, 400, 'JSON_PARSER_ERROR', `Cannot deserialize request body: ${issue}`);
}

/** The object a record's `attributes.type` names; refuses the record when it names none or an unknown one. */
export function typeOfRecord(state: SalesforceSandboxState, record: CollectionRecord, id?: string): SObjectDef {
  const attributes = record.attributes;
  const type = typeof attributes === 'object' && attributes !== null && 'type' in attributes ? attributes.type : undefined;
  if (typeof type !== 'string' || type === '') {
    throw new ItemRefused({ errorCode: 'INVALID_TYPE', message: 'Must send a concrete entity type.', fields: [] }, id);
  }
  const def = state.schema.resolve(type);
  if (!def) throw new ItemRefused({ errorCode: 'INVALID_TYPE', message: `sObject type '${type}' is not supported.`, fields: [] }, id);
  return def;
}

/** The fields of a record without `attributes` and the id keys. */
export function fieldsOf(record: CollectionRecord): Record<string, unknown> {
  const { attributes: _a, id: _id, Id: _Id, ...rest } = record;
  return rest;
}

export function sendAnswer(res: Response, answer: CollectionAnswer): void {
  if (answer.status === 400) {
    res.status(400).json(answer.errors.map(restErrorItem));
    return;
  }
  res.status(200).json(answer.results);
}
