// GET /services/data/vXX.X/query?q=, /queryAll?q= and their locators /query/{locator}, /queryAll/{locator}.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_queryall.htm
// Salesforce answers at most 2,000 rows a page with a nextRecordsUrl; jsforce keeps only its last path
// segment and rebuilds `.../v{its version}/query/{locator}` even for queryAll, so every version and
// both resources serve every locator. Mount at the sandbox root, behind requireBearer and the API usage
// middleware, like the other REST routes.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { salesforceErrors } from '../error-bodies.ts';
import { QueryEngine } from '../soql/query-engine.ts';
import type { QueryResource } from '../soql/query-engine.ts';
import { SoqlError } from '../soql/errors.ts';
import { servedDataVersion } from './data-version.ts';
import { stateQuerySource } from './query-source.ts';

// Sforce-Query-Options: batchSize=N asks for N rows a page, 200 to 2,000 (a hint Salesforce may lower).
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_queryoptions.htm
const MIN_BATCH = 200;
const MAX_BATCH = 2000;

/** The batch size a request asks for, clamped to Salesforce's range; undefined when it asks none. */
export function requestedBatchSize(req: Request): number | undefined {
  const match = /batchSize\s*=\s*(\d+)/i.exec(req.get('Sforce-Query-Options') ?? '');
  if (!match) return undefined;
  return Math.min(MAX_BATCH, Math.max(MIN_BATCH, Number(match[1])));
}

function sendSoqlError(res: Response, err: unknown, soql: string): void {
  if (!(err instanceof SoqlError)) throw err;
  sendReply(res, salesforceErrors(400, [{ message: err.messageFor(soql), errorCode: err.errorCode }]));
}

export function queryRoutes(deps: SalesforceSandboxDeps): Router {
  const router = express.Router();
  const engine = new QueryEngine(stateQuerySource(deps.state), { now: () => deps.ctx.clock.now(), pod: deps.settings.podId });
  deps.state.onReset(() => engine.reset());
  deps.state.addSnapshotPart('queryCursors', () => ({ open: engine.openCursors }));

  const run = (resource: QueryResource) => (req: Request, res: Response) => {
    const version = String(req.params.version);
    if (servedDataVersion(version, res) === undefined) return;
    if (req.query.explain !== undefined) {
      // Query plans (?explain=) describe Salesforce's optimiser, which the sandbox does not have.
      return sendReply(res, salesforceErrors(400, [{ message: 'The query explain plan (?explain=) is not supported by the Salesforce sandbox.', errorCode: 'MALFORMED_QUERY' }]));
    }
    const q = req.query.q;
    if (typeof q !== 'string' || q.trim() === '') {
      return sendReply(res, salesforceErrors(400, [{ message: 'A query string has to be specified', errorCode: 'MALFORMED_QUERY' }]));
    }
    const pageSize = requestedBatchSize(req) ?? deps.settings.queryBatchSize;
    try {
      res.json(engine.run(q, { apiVersion: version.slice(1), resource, pageSize }));
    } catch (err) {
      sendSoqlError(res, err, q);
    }
  };

  const more = (resource: QueryResource) => (req: Request, res: Response) => {
    const version = String(req.params.version);
    if (servedDataVersion(version, res) === undefined) return;
    try {
      res.json(engine.more(String(req.params.locator), { apiVersion: version.slice(1), resource, pageSize: requestedBatchSize(req) }));
    } catch (err) {
      sendSoqlError(res, err, '');
    }
  };

  // GET /services/data/vXX.X/query?q=SELECT… — https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm
  router.get('/services/data/:version/query', run('query'));
  // GET /services/data/vXX.X/queryAll?q=SELECT… — deleted and merged rows from the recycle bin too.
  router.get('/services/data/:version/queryAll', run('queryAll'));
  // GET /services/data/vXX.X/query/01g…-2000 — the next page of an open cursor.
  router.get('/services/data/:version/query/:locator', more('query'));
  router.get('/services/data/:version/queryAll/:locator', more('queryAll'));
  return router;
}
