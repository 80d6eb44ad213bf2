import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { isoOf } from '../state/stored-record.ts';
import { HubspotAssociationSpecsInput } from '../../wire/associations-v4.ts';
import { hubspotError } from '../error-bodies.ts';
import { integerParam } from './query-params.ts';
import { parseBody } from './validation.ts';
import {
  checkSpecs, defaultResults, defaultTypeOr400, labelsBetween, liveRecordExists, missingRecordReply, numericId, objectTypesOf, typeWire,
} from './association-wire.ts';

const PAGE_DEFAULT_LIMIT = 500;

/** Associations v4 between one record and others: /crm/v4/objects/..., mounted at /crm/v4/objects. */
export function associationRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();
  const { state, ctx } = deps;

  // PUT /crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/basic/put-crm-v4-objects-fromObjectType-fromObjectId-associations-default-toObjectType-toObjectId
  router.put('/:objectType/:objectId/associations/default/:toObjectType/:toObjectId', (req, res) => {
    const types = objectTypesOf(req, res, 'objectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const fromId = String(req.params.objectId);
    const toId = String(req.params.toObjectId);
    const info = defaultTypeOr400(from, to);
    if (!('typeId' in info)) return sendReply(res, info);
    if (!liveRecordExists(deps, from, fromId)) return sendReply(res, missingRecordReply(from, fromId));
    if (!liveRecordExists(deps, to, toId)) return sendReply(res, missingRecordReply(to, toId));
    const startedAt = ctx.clock.now();
    state.associations.add(from, fromId, to, toId, [info.typeId]);
    res.status(200).json({ status: 'COMPLETE', results: defaultResults(info, fromId, toId), startedAt: isoOf(startedAt), completedAt: isoOf(ctx.clock.now()) });
  });

  // PUT /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId} — sets the labels between two records.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/basic/put-crm-v4-objects-objectType-objectId-associations-toObjectType-toObjectId
  router.put('/:objectType/:objectId/associations/:toObjectType/:toObjectId', (req, res) => {
    const types = objectTypesOf(req, res, 'objectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const fromId = String(req.params.objectId);
    const toId = String(req.params.toObjectId);
    const parsed = parseBody(HubspotAssociationSpecsInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const specs = checkSpecs(from, to, parsed.value);
    if (!specs.ok) return sendReply(res, specs.reply);
    if (!liveRecordExists(deps, from, fromId)) return sendReply(res, missingRecordReply(from, fromId));
    if (!liveRecordExists(deps, to, toId)) return sendReply(res, missingRecordReply(to, toId));
    state.associations.set(from, fromId, to, toId, specs.typeIds);
    res.status(201).json(labelsBetween(from, fromId, to, toId, state.associations.typesBetween(from, fromId, to, toId)));
  });

  // GET /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/basic/get-crm-v4-objects-objectType-objectId-associations-toObjectType
  router.get('/:objectType/:objectId/associations/:toObjectType', (req, res) => {
    const types = objectTypesOf(req, res, 'objectType', 'toObjectType');
    if (!types) return;
    const [from, to] = types;
    const limit = integerParam(req, 'limit') ?? PAGE_DEFAULT_LIMIT;
    const after = integerParam(req, 'after') ?? 0;
    if (limit === 'invalid' || after === 'invalid' || limit < 1) {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', 'limit must be a positive integer and after a cursor from a previous page'));
    }
    const all = state.associations.list(from, String(req.params.objectId), to).filter((a) => liveRecordExists(deps, to, a.toId));
    const rest = all.filter((a) => Number(a.toId) >= after);
    const page = rest.slice(0, limit);
    const body: { results: unknown[]; paging?: unknown } = {
      results: page.map((a) => ({ toObjectId: numericId(a.toId), associationTypes: a.typeIds.map(typeWire) })),
    };
    if (rest.length > limit) {
      const next = String(Number(page.at(-1)!.toId) + 1);
      const link = `${ctx.baseUrl()}/crm/v4/objects/${req.params.objectType}/${req.params.objectId}/associations/${req.params.toObjectType}?limit=${limit}&after=${next}`;
      body.paging = { next: { after: next, link } };
    }
    res.status(200).json(body);
  });

  // DELETE /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId} — removes every label between the two.
  // https://developers.hubspot.com/docs/api-reference/crm-associations-v4/basic/delete-crm-v4-objects-objectType-objectId-associations-toObjectType-toObjectId
  router.delete('/:objectType/:objectId/associations/:toObjectType/:toObjectId', (req, res) => {
    const types = objectTypesOf(req, res, 'objectType', 'toObjectType');
    if (!types) return;
    state.associations.remove(types[0], String(req.params.objectId), types[1], String(req.params.toObjectId));
    res.status(204).end();
  });

  return router;
}
