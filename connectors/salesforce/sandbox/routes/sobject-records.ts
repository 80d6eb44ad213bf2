// sObject rows: create, retrieve, update and delete one record.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_basic_info.htm
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_retrieve.htm
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import {
  REST_BASE, RecordInput, actingUserOf, apiVersionOf, pathSObject, recordBody, versionedRouter, writeOptionsOf, wrongBodyMessage,
} from '../rest-base.ts';
import { noSuchColumn, sendError, sendNoSuchExternalIdField, sendNotFound, sendWriteError, restErrorItem } from '../rest-replies.ts';
import { sobjectOfId, to18 } from '../ids.ts';
import type { SObjectDef } from '../state/index.ts';

/** Path segments after /sobjects/{Type}/ that name other resources, not records (served by other routers). */
const OTHER_RESOURCES = new Set(['describe', 'updated', 'deleted', 'listviews', 'quickActions', 'defaultValues']);

type RecordParams = { type: string; id: string };

export function sobjectRecordRoutes(deps: SalesforceSandboxDeps): Router {
  const { state } = deps;
  const rest = versionedRouter();

  /** The object and 18-character id a path names, or undefined after answering 404. */
  function target(req: Request<RecordParams>, res: Response): { def: SObjectDef; id: string } | undefined {
    const def = pathSObject(deps, req.params.type, res);
    if (!def) return undefined;
    const id = to18(req.params.id);
    if (!id || sobjectOfId(id) !== def.name) return void sendNoSuchExternalIdField(res, req.params.id);
    return { def, id };
  }

  // POST /sobjects/{Type} — create. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm
  rest.post('/sobjects/:type', (req: Request<{ type: string }>, res) => {
    const def = state.schema.resolve(req.params.type);
    if (!def) return sendNotFound(res);
    const body = RecordInput.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'JSON_PARSER_ERROR', wrongBodyMessage(def.name, req.body));
    try {
      const record = state.records.insert(def.name, body.data, actingUserOf(deps, res), writeOptionsOf(req, res));
      res.status(201).json({ id: record.Id, success: true, errors: [] });
    } catch (err) {
      sendWriteError(res, err);
    }
  });

  // GET /sobjects/{Type}/{id}?fields= — retrieve. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_get_field_values.htm
  rest.get('/sobjects/:type/:id', (req: Request<RecordParams>, res: Response, next: NextFunction) => {
    if (OTHER_RESOURCES.has(req.params.id)) return next();
    const found = target(req, res);
    if (!found) return;
    const record = state.records.get(found.id);
    if (!record) return sendNotFound(res);
    const fields = fieldList(found.def, req.query.fields);
    if ('error' in fields) return res.status(400).json([restErrorItem(fields.error)]);
    res.json(recordBody(record, fields.names, apiVersionOf(res)));
  });

  // PATCH /sobjects/{Type}/{id} — update; 204 No Content. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm
  rest.patch('/sobjects/:type/:id', (req: Request<RecordParams>, res) => {
    const found = target(req, res);
    if (!found) return;
    const body = RecordInput.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'JSON_PARSER_ERROR', wrongBodyMessage(found.def.name, req.body));
    try {
      state.records.update(found.id, body.data, actingUserOf(deps, res), writeOptionsOf(req, res));
      res.status(204).end();
    } catch (err) {
      sendWriteError(res, err);
    }
  });

  // DELETE /sobjects/{Type}/{id} — to the recycle bin; 204. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_delete_record.htm
  rest.delete('/sobjects/:type/:id', (req: Request<RecordParams>, res) => {
    const found = target(req, res);
    if (!found) return;
    if (!found.def.deletable) {
      return sendError(res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method 'DELETE' not allowed. Allowed are HEAD,GET,PATCH`);
    }
    try {
      state.records.softDelete(found.id, actingUserOf(deps, res));
      res.status(204).end();
    } catch (err) {
      sendWriteError(res, err);
    }
  });

  const router = express.Router();
  router.use(REST_BASE, rest);
  return router;
}

/** `?fields=A,B` in canonical spelling and the caller's order (Id only when asked for), or every field in describe order. */
export function fieldList(def: SObjectDef, raw: unknown): { names: string[] } | { error: ReturnType<typeof noSuchColumn> } {
  if (typeof raw !== 'string' || raw.trim() === '') return { names: def.fields.map((f) => f.name) };
  const names: string[] = [];
  for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const f = def.fields.find((x) => x.name.toLowerCase() === part.toLowerCase());
    if (!f) return { error: noSuchColumn(part, def.name) };
    if (!names.includes(f.name)) names.push(f.name);
  }
  return { names };
}
