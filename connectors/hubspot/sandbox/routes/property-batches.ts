// The Properties API batch endpoints as the SDK's client.crm.properties.batchApi calls them.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide (batch create / read / archive)
// Success codes from the SDK's response processors: create 201 (207 with errors), read 200 (207), archive 204.
import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { BATCH_LIMIT, objectTypeOf, parseBody, tooManyInputsReply } from './validation.ts';
import { sendBatch } from './batch-envelope.ts';
import {
  BatchArchiveBody, BatchCreateBody, BatchReadBody, notFoundMessage, propertyJson, standardError,
} from './property-json.ts';

type Json = ReturnType<typeof propertyJson>;
type Failure = ReturnType<typeof standardError>;

export function propertyBatchRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, state } = deps;
  const router = express.Router();

  // POST /crm/v3/properties/{objectType}/batch/create
  router.post('/crm/v3/properties/:objectType/batch/create', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const body = parseBody(BatchCreateBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    if (body.value.inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(body.value.inputs.length));
    const startedAt = ctx.clock.now();
    const results: Json[] = [];
    const errors: Failure[] = [];
    for (const input of body.value.inputs) {
      const outcome = state.properties.create(type, input, ctx.clock.now());
      if (outcome.ok) results.push(propertyJson(outcome.property));
      else errors.push(standardError(outcome.problem === 'conflict' ? 'CONFLICT' : 'VALIDATION_ERROR', outcome.message, { name: [input.name] }));
    }
    sendBatch(res, 201, results, errors, startedAt, ctx.clock.now());
  });

  // POST /crm/v3/properties/{objectType}/batch/read
  router.post('/crm/v3/properties/:objectType/batch/read', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const body = parseBody(BatchReadBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    if (body.value.inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(body.value.inputs.length));
    const startedAt = ctx.clock.now();
    const results: Json[] = [];
    const errors: Failure[] = [];
    for (const { name } of body.value.inputs) {
      const property = state.properties.get(type, name, { archived: body.value.archived });
      if (property) results.push(propertyJson(property));
      else errors.push(standardError('OBJECT_NOT_FOUND', notFoundMessage(name, type), { name: [name] }));
    }
    sendBatch(res, 200, results, errors, startedAt, ctx.clock.now());
  });

  // POST /crm/v3/properties/{objectType}/batch/archive — 204 even for names that are already gone
  router.post('/crm/v3/properties/:objectType/batch/archive', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const body = parseBody(BatchArchiveBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    if (body.value.inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(body.value.inputs.length));
    for (const { name } of body.value.inputs) state.properties.archive(type, name, ctx.clock.now());
    res.status(204).end();
  });

  return router;
}
