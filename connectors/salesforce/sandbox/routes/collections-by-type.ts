// sObject Collections for one object: retrieve up to 2,000 records by id, upsert up to 200 by external id.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_retrieve.htm
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_upsert.htm
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { REST_BASE, actingUserOf, apiVersionOf, recordBody, versionedRouter, writeOptionsOf } from '../rest-base.ts';
import { ItemRefused, runCollection } from '../collection-batch.ts';
import {
  CollectionRetrieve, CollectionWrite, MAX_RECORDS, MAX_RETRIEVE_IDS, fieldsOf, sendAnswer, sendMalformedBody, sendTooMany, typeOfRecord,
} from '../collection-input.ts';
import { restErrorItem, sendError, sendNotFound } from '../rest-replies.ts';
import { externalIdField, multipleMatches, upsertRecord } from '../upsert-record.ts';
import { fieldList } from './sobject-records.ts';
import { sobjectOfId, to18 } from '../ids.ts';
import { NOT_FOUND_MESSAGE } from '../state/index.ts';

export function collectionByTypeRoutes(deps: SalesforceSandboxDeps): Router {
  const { state } = deps;
  const rest = versionedRouter();

  function retrieve(res: Response, type: string, ids: string[], fields: string[]): void {
    const def = state.schema.resolve(type);
    if (!def) return sendNotFound(res);
    if (ids.length > MAX_RETRIEVE_IDS) return sendTooMany(res, MAX_RETRIEVE_IDS);
    const names = fieldList(def, fields.join(','));
    if ('error' in names) return void res.status(400).json([restErrorItem(names.error)]);
    const version = apiVersionOf(res);
    res.json(ids.map((raw) => {
      const id = to18(raw);
      const record = id && sobjectOfId(id) === def.name ? state.records.get(id) : undefined;
      return record ? recordBody(record, names.names, version) : null;
    }));
  }

  // POST /composite/sobjects/{Type} with {ids, fields} — retrieve; null for ids the org does not have.
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_retrieve.htm
  rest.post('/composite/sobjects/:type', (req: Request<{ type: string }>, res) => {
    const body = CollectionRetrieve.safeParse(req.body);
    if (!body.success) return sendMalformedBody(res, body.error.issues[0]?.message ?? 'invalid');
    retrieve(res, req.params.type, body.data.ids, body.data.fields);
  });

  // GET /composite/sobjects/{Type}?ids=&fields= — the same, for short id lists.
  rest.get('/composite/sobjects/:type', (req: Request<{ type: string }>, res) => {
    const ids = typeof req.query.ids === 'string' ? req.query.ids.split(',').filter(Boolean) : [];
    const fields = typeof req.query.fields === 'string' ? req.query.fields.split(',').filter(Boolean) : [];
    if (ids.length === 0 || fields.length === 0) return sendError(res, 400, 'MISSING_ARGUMENT', 'ids and fields are required');
    retrieve(res, req.params.type, ids, fields);
  });

  // PATCH /composite/sobjects/{Type}/{ExtIdField} — upsert; each result says whether it `created`.
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_upsert.htm
  rest.patch('/composite/sobjects/:type/:field', (req: Request<{ type: string; field: string }>, res) => {
    const def = state.schema.resolve(req.params.type);
    if (!def) return sendNotFound(res);
    const field = externalIdField(def, req.params.field);
    if (!field) return sendError(res, 404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${req.params.field}`);
    if (!('type' in field)) return void res.status(400).json([restErrorItem(field)]);
    const body = CollectionWrite.safeParse(req.body);
    if (!body.success) return sendMalformedBody(res, body.error.issues[0]?.message ?? 'invalid');
    if (body.data.records.length > MAX_RECORDS) return sendTooMany(res, MAX_RECORDS);
    const user = actingUserOf(deps, res);
    const options = writeOptionsOf(req, res);
    const keyOf = (record: Record<string, unknown>): string | undefined => {
      const entry = Object.entries(record).find(([k]) => k.toLowerCase() === field.name.toLowerCase());
      return entry && entry[1] !== null && entry[1] !== undefined && entry[1] !== '' ? String(entry[1]) : undefined;
    };
    const keyCounts = new Map<string, number>();
    for (const record of body.data.records) {
      const key = keyOf(record)?.toLowerCase();
      if (key !== undefined) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    }
    const saves = body.data.records.map((record) => ({
      run: () => {
        const recordDef = typeOfRecord(state, record);
        if (recordDef.name !== def.name) {
          throw new ItemRefused({ errorCode: 'INVALID_TYPE', message: `Record type ${recordDef.name} does not match the URL's ${def.name}`, fields: [] });
        }
        const key = keyOf(record);
        if (key === undefined) throw new ItemRefused({ errorCode: 'MISSING_ARGUMENT', message: `${field.name} not specified`, fields: [field.name] });
        if ((keyCounts.get(key.toLowerCase()) ?? 0) > 1) {
          throw new ItemRefused({ errorCode: 'DUPLICATE_EXTERNAL_ID', message: `Duplicate external id specified: ${key}`, fields: [field.name] });
        }
        const outcome = upsertRecord(state, def, field, key, fieldsOf(record), user, options);
        if (outcome.kind === 'multiple') throw multipleMatches(field, outcome.ids);
        if (outcome.kind === 'not-found') throw new ItemRefused({ errorCode: 'NOT_FOUND', message: NOT_FOUND_MESSAGE, fields: [] });
        return { id: outcome.record.Id, created: outcome.kind === 'created' };
      },
    }));
    sendAnswer(res, runCollection(state.records, body.data.allOrNone ?? false, saves, { withCreated: true }));
  });

  const router = express.Router();
  router.use(REST_BASE, rest);
  return router;
}
