// Records by external id: retrieve and upsert. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import {
  REST_BASE, RecordInput, actingUserOf, apiVersionOf, pathSObject, recordBody, versionedRouter, writeOptionsOf, wrongBodyMessage,
} from '../rest-base.ts';
import { restErrorItem, sendError, sendNoSuchExternalIdField, sendNotFound, sendWriteError } from '../rest-replies.ts';
import { externalIdField, upsertRecord } from '../upsert-record.ts';
import type { FieldDef, SObjectDef } from '../state/index.ts';
import { fieldList } from './sobject-records.ts';

type ExternalParams = { type: string; field: string; value: string };

export function sobjectUpsertRoutes(deps: SalesforceSandboxDeps): Router {
  const { state } = deps;
  const rest = versionedRouter();

  function resolve(req: Request<ExternalParams>, res: Response): { def: SObjectDef; field: FieldDef } | undefined {
    const def = pathSObject(deps, req.params.type, res);
    if (!def) return undefined;
    const field = externalIdField(def, req.params.field);
    if (!field) return void sendNoSuchExternalIdField(res, req.params.field);
    if (!('type' in field)) return void res.status(400).json([restErrorItem(field)]);
    return { def, field };
  }

  // GET /sobjects/{Type}/{ExtIdField}/{value} — https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
  rest.get('/sobjects/:type/:field/:value', (req: Request<ExternalParams>, res) => {
    const found = resolve(req, res);
    if (!found) return;
    const matches = found.field.name === 'Id'
      ? [state.records.get(req.params.value)].filter((r) => r?.sobject === found.def.name)
      : state.records.findByField(found.def.name, found.field.name, req.params.value);
    const version = apiVersionOf(res);
    if (matches.length > 1) return res.status(300).json(matches.map((r) => `/services/data/v${version}/sobjects/${found.def.name}/${r!.Id}`));
    const [record] = matches;
    if (!record) return sendNotFound(res);
    const fields = fieldList(found.def, req.query.fields);
    if ('error' in fields) return res.status(400).json([restErrorItem(fields.error)]);
    res.json(recordBody(record, fields.names, version));
  });

  // PATCH /sobjects/{Type}/{ExtIdField}/{value}[?updateOnly=true] — 201 created, 200 updated, 300 several matches.
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
  rest.patch('/sobjects/:type/:field/:value', (req: Request<ExternalParams>, res) => {
    const found = resolve(req, res);
    if (!found) return;
    const body = RecordInput.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 400, 'JSON_PARSER_ERROR', wrongBodyMessage(found.def.name, req.body));
    const updateOnly = String(req.query.updateOnly ?? '').toLowerCase() === 'true';
    try {
      const outcome = upsertRecord(state, found.def, found.field, req.params.value, body.data, actingUserOf(deps, res), { ...writeOptionsOf(req, res), updateOnly });
      const version = apiVersionOf(res);
      if (outcome.kind === 'multiple') return res.status(300).json(outcome.ids.map((id) => `/services/data/v${version}/sobjects/${found.def.name}/${id}`));
      if (outcome.kind === 'not-found') return sendNotFound(res);
      res.status(outcome.kind === 'created' ? 201 : 200).json({ id: outcome.record.Id, success: true, errors: [], created: outcome.kind === 'created' });
    } catch (err) {
      sendWriteError(res, err);
    }
  });

  const router = express.Router();
  router.use(REST_BASE, rest);
  return router;
}
