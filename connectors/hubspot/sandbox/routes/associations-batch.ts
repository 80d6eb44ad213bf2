import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { OBJECT_TYPES } from '../object-types.ts';
import {
  HubspotAssociationBatchArchiveInput, HubspotAssociationBatchCreateInput, HubspotAssociationBatchDefaultInput, HubspotAssociationBatchReadInput,
} from '../../wire/associations-v4.ts';
import { parseBody, tooManyInputsReply } from './validation.ts';
import type { BatchError } from './batch-envelope.ts';
import { sendBatch } from './batch-envelope.ts';
import { checkSpecs, defaultResults, defaultTypeOr400, labelsBetween, liveRecordExists, numericId, objectTypesOf, typeWire } from './association-wire.ts';

// Limits from https://developers.hubspot.com/docs/api-reference/crm-associations-v4/guide#limits
const READ_LIMIT = 1000;
const CREATE_LIMIT = 2000;
// Each `from` record lists at most this many associated records per batch read; `paging.next.after` continues it.
const READ_PAGE = 500;

const missingError = (type: keyof typeof OBJECT_TYPES, id: string): BatchError => ({
  status: 'error', category: 'OBJECT_NOT_FOUND', message: `No ${OBJECT_TYPES[type].singular} with id ${id} exists.`, context: { id: [id] },
});

/** Associations v4 in bulk: /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/..., mounted at /crm/v4/associations. */
export function associationBatchRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();
  const { state, ctx } = deps;

  // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create — sets labels per pair; 201, or 207 when some pairs fail.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/batch/post-crm-v4-associations-fromObjectType-toObjectType-batch-create
  router.post('/:fromObjectType/:toObjectType/batch/create', (req, res) => {
    const types = objectTypesOf(req, res, 'fromObjectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const startedAt = ctx.clock.now();
    const parsed = parseBody(HubspotAssociationBatchCreateInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    if (parsed.value.inputs.length > CREATE_LIMIT) return sendReply(res, tooManyInputsReply(parsed.value.inputs.length, CREATE_LIMIT));
    for (const input of parsed.value.inputs) {
      const specs = checkSpecs(from, to, input.types);
      if (!specs.ok) return sendReply(res, specs.reply);
    }
    const results = [];
    const errors: BatchError[] = [];
    for (const input of parsed.value.inputs) {
      const [fromId, toId] = [input.from.id, input.to.id];
      if (!liveRecordExists(deps, from, fromId)) errors.push(missingError(from, fromId));
      else if (!liveRecordExists(deps, to, toId)) errors.push(missingError(to, toId));
      else {
        const specs = checkSpecs(from, to, input.types);
        state.associations.set(from, fromId, to, toId, specs.ok ? specs.typeIds : []);
        results.push(labelsBetween(from, fromId, to, toId, state.associations.typesBetween(from, fromId, to, toId)));
      }
    }
    sendBatch(res, 201, results, errors, startedAt, ctx.clock.now());
  });

  // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default — the SDK accepts only 200 here, so failures ride inside it.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/batch/post-crm-v4-associations-fromObjectType-toObjectType-batch-associate-default
  router.post('/:fromObjectType/:toObjectType/batch/associate/default', (req, res) => {
    const types = objectTypesOf(req, res, 'fromObjectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const startedAt = ctx.clock.now();
    const parsed = parseBody(HubspotAssociationBatchDefaultInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    if (parsed.value.inputs.length > CREATE_LIMIT) return sendReply(res, tooManyInputsReply(parsed.value.inputs.length, CREATE_LIMIT));
    const info = defaultTypeOr400(from, to);
    if (!('typeId' in info)) return sendReply(res, info);
    const results = [];
    const errors: BatchError[] = [];
    for (const { from: { id: fromId }, to: { id: toId } } of parsed.value.inputs) {
      if (!liveRecordExists(deps, from, fromId)) errors.push(missingError(from, fromId));
      else if (!liveRecordExists(deps, to, toId)) errors.push(missingError(to, toId));
      else {
        state.associations.add(from, fromId, to, toId, [info.typeId]);
        results.push(...defaultResults(info, fromId, toId));
      }
    }
    sendBatch(res, 200, results, errors, startedAt, ctx.clock.now(), { errorStatus: 200 });
  });

  // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read — 200, or 207 listing the ids that have no associations.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/batch/post-crm-v4-associations-fromObjectType-toObjectType-batch-read
  router.post('/:fromObjectType/:toObjectType/batch/read', (req, res) => {
    const types = objectTypesOf(req, res, 'fromObjectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const startedAt = ctx.clock.now();
    const parsed = parseBody(HubspotAssociationBatchReadInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    if (parsed.value.inputs.length > READ_LIMIT) return sendReply(res, tooManyInputsReply(parsed.value.inputs.length, READ_LIMIT));
    const results = [];
    const errors: BatchError[] = [];
    for (const { id, after } of parsed.value.inputs) {
      const all = state.associations.list(from, id, to).filter((a) => liveRecordExists(deps, to, a.toId));
      const rest = all.filter((a) => Number(a.toId) >= Number(after ?? 0));
      if (rest.length === 0) {
        errors.push({
          status: 'error', category: 'OBJECT_NOT_FOUND',
          message: `No ${OBJECT_TYPES[to].singular} is associated with ${OBJECT_TYPES[from].singular} ${id}.`,
          context: { fromObjectId: [id] },
        });
        continue;
      }
      const page = rest.slice(0, READ_PAGE);
      const result: Record<string, unknown> = {
        from: { id }, to: page.map((a) => ({ toObjectId: numericId(a.toId), associationTypes: a.typeIds.map(typeWire) })),
      };
      if (rest.length > READ_PAGE) result.paging = { next: { after: String(Number(page.at(-1)!.toId) + 1) } };
      results.push(result);
    }
    sendBatch(res, 200, results, errors, startedAt, ctx.clock.now());
  });

  // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive — removes every label between each pair; 204.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/batch/post-crm-v4-associations-fromObjectType-toObjectType-batch-archive
  router.post('/:fromObjectType/:toObjectType/batch/archive', (req, res) => {
    const types = objectTypesOf(req, res, 'fromObjectType', 'toObjectType');
    if (!types) return;
    const parsed = parseBody(HubspotAssociationBatchArchiveInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    if (parsed.value.inputs.length > CREATE_LIMIT) return sendReply(res, tooManyInputsReply(parsed.value.inputs.length, CREATE_LIMIT));
    for (const input of parsed.value.inputs) {
      for (const target of input.to) state.associations.remove(types[0], input.from.id, types[1], target.id);
    }
    res.status(204).end();
  });

  return router;
}
