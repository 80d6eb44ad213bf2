// The REST API root, /services/data/vXX.X, as the sObject routes share it.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { tokenOf } from '../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from './deps.ts';
import { servedDataVersion } from './routes/data-version.ts';
import { userOf } from './routes/oauth-token-answer.ts';
import type { FieldValue, SObjectDef, SObjectRecord, WriteOptions } from './state/index.ts';
import { sendNotFound } from './rest-replies.ts';

export const REST_BASE = '/services/data/:version';

/**
 * A router for paths under the REST root (mount it at REST_BASE). A retired version is 410 GONE, an
 * unknown one 404 NOT_FOUND; a served one is in `res.locals.apiVersion` as `62.0`.
 */
export function versionedRouter(): Router {
  const router = express.Router({ mergeParams: true });
  router.use((req: Request<{ version?: string }>, res, next) => {
    if (servedDataVersion(req.params.version, res) === undefined) return;
    res.locals.apiVersion = (req.params.version ?? '').slice(1);
    next();
  });
  return router;
}

export function apiVersionOf(res: Response): string {
  const version = res.locals.apiVersion as string | undefined;
  return version ?? '62.0';
}

/** The object a path's {Type} names (any spelling), or undefined after answering 404 NOT_FOUND. */
export function pathSObject(deps: SalesforceSandboxDeps, type: string, res: Response): SObjectDef | undefined {
  const def = deps.state.schema.resolve(type);
  if (!def) sendNotFound(res);
  return def;
}

/** The user the request's session acts for. */
export function actingUserOf(deps: SalesforceSandboxDeps, res: Response): string {
  return userOf(deps, tokenOf(res));
}

/** Write options from the request: `Sforce-Duplicate-Rule-Header: allowSave=true` lets a duplicate through. */
export function writeOptionsOf(req: Request, res: Response): WriteOptions {
  const header = req.get('Sforce-Duplicate-Rule-Header') ?? '';
  const allowDuplicates = /(?:^|[;,\s])allowSave\s*=\s*true\b/i.test(header);
  return { allowDuplicates, apiVersion: apiVersionOf(res) };
}

/** A record as REST returns it: `attributes` first, then the chosen fields (all, in describe order, by default). */
export function recordBody(record: SObjectRecord, fieldNames: readonly string[], version: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    attributes: { type: record.sobject, url: `/services/data/v${version}/sobjects/${record.sobject}/${record.Id}` },
  };
  for (const name of fieldNames) body[name] = record.fields[name] ?? (null satisfies FieldValue);
  return body;
}

/** A JSON object body (a record's fields); anything else is refused by the route. */
export const RecordInput = z.record(z.string(), z.unknown());

/** What a JSON body of the wrong shape gets: Jackson's message for the token it found. */
export function wrongBodyMessage(expected: string, body: unknown): string {
  const token = Array.isArray(body) ? 'START_ARRAY' : body === undefined || body === null ? 'VALUE_NULL'
    : typeof body === 'object' ? 'START_OBJECT' : typeof body === 'string' ? 'VALUE_STRING' : 'VALUE_NUMBER_INT';
  return `Cannot deserialize instance of ${expected} from ${token} value [line:1, column:1]`;
}
