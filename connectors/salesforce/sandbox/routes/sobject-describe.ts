// Describe: which objects the org has, their basic information and full metadata.
import express from 'express';
import type { Request, Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { REST_BASE, apiVersionOf, recordBody, versionedRouter } from '../rest-base.ts';
import { globalEntry, sobjectDescribe } from '../describe-body.ts';
import { sendNotFound } from '../rest-replies.ts';

/** The recently viewed records the basic-information resource lists (the sandbox shows the latest few). */
const RECENT_ITEMS = 5;

export function sobjectDescribeRoutes(deps: SalesforceSandboxDeps): Router {
  const { state } = deps;
  const rest = versionedRouter();

  // GET /sobjects — describe global. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_describeGlobal.htm
  rest.get('/sobjects', (_req, res) => {
    const version = apiVersionOf(res);
    res.json({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: state.schema.names().map((n) => globalEntry(state.schema.get(n), version)) });
  });

  // GET /sobjects/{Type} — basic information. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_basic_info.htm
  rest.get('/sobjects/:type', (req: Request<{ type: string }>, res) => {
    const def = state.schema.resolve(req.params.type);
    if (!def) return sendNotFound(res);
    const version = apiVersionOf(res);
    const nameField = def.fields.find((f) => f.nameField)?.name;
    const recent = state.records.latest(def.name, RECENT_ITEMS)
      .map((r) => recordBody(r, nameField ? ['Id', nameField] : ['Id'], version));
    res.json({ objectDescribe: globalEntry(def, version), recentItems: recent });
  });

  // GET /sobjects/{Type}/describe — full metadata. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm
  rest.get('/sobjects/:type/describe', (req: Request<{ type: string }>, res) => {
    const def = state.schema.resolve(req.params.type);
    if (!def) return sendNotFound(res);
    res.json(sobjectDescribe(def, state.schema.childRelationships(def.name), apiVersionOf(res)));
  });

  const router = express.Router();
  router.use(REST_BASE, rest);
  return router;
}
