// sObject Collections: create, update and delete up to 200 records of any types in one call.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
import express from 'express';
import type { Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { REST_BASE, actingUserOf, versionedRouter, writeOptionsOf } from '../rest-base.ts';
import { ItemRefused, runCollection } from '../collection-batch.ts';
import {
  CollectionDeleteQuery, CollectionWrite, MAX_RECORDS, fieldsOf, sendAnswer, sendMalformedBody, sendTooMany, typeOfRecord,
} from '../collection-input.ts';
import { SObjectWriteError } from '../state/index.ts';
import { sobjectOfId, to18 } from '../ids.ts';

/** In a collection, an update or delete of an id the org does not have is an invalid cross-reference. */
function notFoundAsCrossReference(err: unknown): never {
  if (err instanceof SObjectWriteError && err.errorCode === 'NOT_FOUND') {
    throw new SObjectWriteError([{ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields: [] }]);
  }
  throw err;
}

export function collectionRoutes(deps: SalesforceSandboxDeps): Router {
  const { state } = deps;
  const rest = versionedRouter();

  // POST /composite/sobjects — create. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm
  rest.post('/composite/sobjects', (req, res) => {
    const body = CollectionWrite.safeParse(req.body);
    if (!body.success) return sendMalformedBody(res, body.error.issues[0]?.message ?? 'invalid');
    if (body.data.records.length > MAX_RECORDS) return sendTooMany(res, MAX_RECORDS);
    const user = actingUserOf(deps, res);
    const options = writeOptionsOf(req, res);
    const saves = body.data.records.map((record) => ({
      run: () => {
        const def = typeOfRecord(state, record);
        if (record.id !== undefined || record.Id !== undefined) {
          throw new ItemRefused({ errorCode: 'INVALID_FIELD', message: 'Cannot specify Id in an insert call', fields: ['Id'] });
        }
        return { id: state.records.insert(def.name, fieldsOf(record), user, options).Id, created: true };
      },
    }));
    sendAnswer(res, runCollection(state.records, body.data.allOrNone ?? false, saves));
  });

  // PATCH /composite/sobjects — update. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm
  rest.patch('/composite/sobjects', (req, res) => {
    const body = CollectionWrite.safeParse(req.body);
    if (!body.success) return sendMalformedBody(res, body.error.issues[0]?.message ?? 'invalid');
    if (body.data.records.length > MAX_RECORDS) return sendTooMany(res, MAX_RECORDS);
    const user = actingUserOf(deps, res);
    const options = writeOptionsOf(req, res);
    const saves = body.data.records.map((record) => {
      const rawId = typeof record.id === 'string' ? record.id : typeof record.Id === 'string' ? record.Id : undefined;
      return {
        id: rawId,
        run: () => {
          const def = typeOfRecord(state, record, rawId);
          if (!rawId) throw new ItemRefused({ errorCode: 'MISSING_ARGUMENT', message: 'Id not specified in an update call', fields: [] });
          const id = to18(rawId);
          if (!id || sobjectOfId(id) !== def.name) {
            throw new ItemRefused({ errorCode: 'MALFORMED_ID', message: `${def.label} ID: id value of incorrect type: ${rawId}`, fields: ['Id'] }, rawId);
          }
          try {
            return { id: state.records.update(id, fieldsOf(record), user, options).Id, created: false };
          } catch (err) {
            return notFoundAsCrossReference(err);
          }
        },
      };
    });
    sendAnswer(res, runCollection(state.records, body.data.allOrNone ?? false, saves));
  });

  // DELETE /composite/sobjects?ids=&allOrNone= — to the recycle bin. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_delete.htm
  rest.delete('/composite/sobjects', (req, res) => {
    const query = CollectionDeleteQuery.safeParse(req.query);
    if (!query.success) return sendMalformedBody(res, 'ids must name at least one record');
    const ids = query.data.ids.split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length > MAX_RECORDS) return sendTooMany(res, MAX_RECORDS);
    const user = actingUserOf(deps, res);
    const saves = ids.map((rawId) => ({
      id: rawId,
      run: () => {
        const id = to18(rawId);
        if (!id) throw new ItemRefused({ errorCode: 'MALFORMED_ID', message: `malformed id ${rawId}`, fields: [] });
        const target = state.records.get(id, { includeDeleted: true });
        if (target && !state.schema.get(target.sobject).deletable) {
          throw new ItemRefused({ errorCode: 'INVALID_TYPE_FOR_OPERATION', message: `entity type cannot be deleted: ${target.sobject}`, fields: [] });
        }
        try {
          return { id: state.records.softDelete(id, user).Id };
        } catch (err) {
          return notFoundAsCrossReference(err);
        }
      },
    }));
    sendAnswer(res, runCollection(state.records, query.data.allOrNone?.toLowerCase() === 'true', saves));
  });

  const router = express.Router();
  router.use(REST_BASE, rest);
  return router;
}
