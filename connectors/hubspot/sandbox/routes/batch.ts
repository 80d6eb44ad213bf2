import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { OBJECT_TYPES } from '../object-types.ts';
import { HubspotBatchArchiveInput, HubspotBatchReadInput } from '../../wire/object-batch.ts';
import { hubspotError } from '../error-bodies.ts';
import { booleanParam } from './query-params.ts';
import { BATCH_LIMIT, objectTypeOf, parseBody, tooManyInputsReply } from './validation.ts';
import { renderRecord } from './record-wire.ts';
import { apiWriteSource, checkIdProperty, findRecord } from './record-lookup.ts';
import type { BatchError } from './batch-envelope.ts';
import { sendBatch } from './batch-envelope.ts';
import { batchCreateHandler, batchUpdateHandler, batchUpsertHandler } from './batch-writes.ts';

// Reading property histories costs HubSpot more: such batch reads take at most 50 inputs.
const HISTORY_BATCH_LIMIT = 50;

/** /crm/v3/objects/{objectType}/batch/{read,create,update,upsert,archive}, mounted at /crm/v3/objects. */
export function batchRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();
  const { state, ctx } = deps;

  // POST /crm/v3/objects/{objectType}/batch/read — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/batch/post-crm-v3-objects-contacts-batch-read
  router.post('/:objectType/batch/read', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const startedAt = ctx.clock.now();
    const parsed = parseBody(HubspotBatchReadInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { inputs, properties, propertiesWithHistory, idProperty } = parsed.value;
    if (inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(inputs.length));
    if (propertiesWithHistory.length > 0 && inputs.length > HISTORY_BATCH_LIMIT) {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR',
        `The maximum number of inputs supported in a batch request for property histories is ${HISTORY_BATCH_LIMIT}. Please reduce the number of items and try again`));
    }
    const badIdProperty = checkIdProperty(deps, type, idProperty);
    if (badIdProperty) return sendReply(res, badIdProperty);
    const archived = booleanParam(req, 'archived');
    const results = [];
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const { id } of inputs) {
      const record = findRecord(deps, type, id, { idProperty, archived });
      if (!record) missing.push(id);
      else if (!seen.has(record.id)) {
        seen.add(record.id);
        results.push(renderRecord(state, record, { properties, propertiesWithHistory }));
      }
    }
    const errors: BatchError[] = missing.length === 0 ? [] : [{
      status: 'error', category: 'OBJECT_NOT_FOUND',
      message: `Could not get some ${OBJECT_TYPES[type].singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
      context: { ids: missing },
    }];
    sendBatch(res, 200, results, errors, startedAt, ctx.clock.now());
  });

  // POST /crm/v3/objects/{objectType}/batch/create — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/batch/post-crm-v3-objects-contacts-batch-create
  router.post('/:objectType/batch/create', batchCreateHandler(deps));
  // POST /crm/v3/objects/{objectType}/batch/update — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/batch/post-crm-v3-objects-contacts-batch-update
  router.post('/:objectType/batch/update', batchUpdateHandler(deps));
  // POST /crm/v3/objects/{objectType}/batch/upsert — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/batch/post-crm-v3-objects-contacts-batch-upsert
  router.post('/:objectType/batch/upsert', batchUpsertHandler(deps));

  // POST /crm/v3/objects/{objectType}/batch/archive — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/batch/post-crm-v3-objects-contacts-batch-archive
  router.post('/:objectType/batch/archive', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const parsed = parseBody(HubspotBatchArchiveInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    if (parsed.value.inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(parsed.value.inputs.length));
    for (const { id } of parsed.value.inputs) state.records.archive(type, id, apiWriteSource(deps));
    res.status(204).end();
  });

  return router;
}
