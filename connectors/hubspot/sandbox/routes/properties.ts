// The Properties API v3 as the SDK's client.crm.properties.coreApi / groupsApi calls it.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide
import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { objectTypeOf, parseBody, parseQuery } from './validation.ts';
import {
  groupJson, notFoundMessage, PropertyCreateBody, PropertyReadQuery, PropertyUpdateBody, propertyJson, propertyProblemReply,
} from './property-json.ts';
import { propertyBatchRoutes } from './property-batches.ts';

/** The Properties API, mounted at the API root behind app.ts's JSON parsing and Bearer check. */
export function propertyRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, state } = deps;
  const router = express.Router();
  router.use(propertyBatchRoutes(deps));

  // GET /crm/v3/properties/{objectType}/groups — https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide#property-groups
  router.get('/crm/v3/properties/:objectType/groups', (req, res) => {
    const type = objectTypeOf(req, res);
    if (type) res.json({ results: state.properties.groups(type).map(groupJson) });
  });

  // GET /crm/v3/properties/{objectType}/groups/{groupName}
  router.get('/crm/v3/properties/:objectType/groups/:groupName', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const group = state.properties.groups(type).find((g) => g.name === req.params.groupName);
    if (!group) return sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `Unable to find property group ${req.params.groupName} on object type ${type}`));
    res.json(groupJson(group));
  });

  // GET /crm/v3/properties/{objectType}?archived=&properties= — read all properties
  router.get('/crm/v3/properties/:objectType', (req, res) => {
    const type = objectTypeOf(req, res);
    const query = type && parseQuery(PropertyReadQuery, req.query);
    if (!type || !query) return;
    if (!query.ok) return sendReply(res, query.reply);
    const only = query.value.properties;
    const results = state.properties.list(type, { archived: query.value.archived }).filter((p) => only.length === 0 || only.includes(p.name));
    res.json({ results: results.map(propertyJson) });
  });

  // POST /crm/v3/properties/{objectType} — create a property (201)
  // https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/create-property
  router.post('/crm/v3/properties/:objectType', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const body = parseBody(PropertyCreateBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = state.properties.create(type, body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, propertyProblemReply(outcome));
    res.status(201).json(propertyJson(outcome.property));
  });

  // GET /crm/v3/properties/{objectType}/{propertyName}?archived=
  router.get('/crm/v3/properties/:objectType/:propertyName', (req, res) => {
    const type = objectTypeOf(req, res);
    const query = type && parseQuery(PropertyReadQuery, req.query);
    if (!type || !query) return;
    if (!query.ok) return sendReply(res, query.reply);
    const name = String(req.params.propertyName);
    const property = state.properties.get(type, name, { archived: query.value.archived });
    if (!property) return sendReply(res, propertyProblemReply({ ok: false, problem: 'not_found', message: notFoundMessage(name, type) }));
    res.json(propertyJson(property));
  });

  // PATCH /crm/v3/properties/{objectType}/{propertyName} — update a property
  router.patch('/crm/v3/properties/:objectType/:propertyName', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const body = parseBody(PropertyUpdateBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = state.properties.update(type, String(req.params.propertyName), body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, propertyProblemReply(outcome));
    res.json(propertyJson(outcome.property));
  });

  // DELETE /crm/v3/properties/{objectType}/{propertyName} — archive a property (204)
  router.delete('/crm/v3/properties/:objectType/:propertyName', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const outcome = state.properties.archive(type, String(req.params.propertyName), ctx.clock.now());
    if (!outcome.ok) return sendReply(res, propertyProblemReply(outcome));
    res.status(204).end();
  });

  return router;
}
