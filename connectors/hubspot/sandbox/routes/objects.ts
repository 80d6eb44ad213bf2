import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { normaliseValues } from '../state/stored-record.ts';
import { HubspotCreateInput, HubspotUpdateInput } from '../../wire/object-record.ts';
import { hubspotError } from '../error-bodies.ts';
import { booleanParam, integerParam, listParam, stringParam } from './query-params.ts';
import { objectTypeOf, parseBody } from './validation.ts';
import { renderRecord } from './record-wire.ts';
import { apiWriteSource, lookupRecord } from './record-lookup.ts';
import { planCreate, planUpdate } from './record-writes.ts';

const LIST_DEFAULT_LIMIT = 10;
const LIST_MAX_LIMIT = 100;

/** Basic CRUD on one record: /crm/v3/objects/{objectType}[/{objectId}], mounted at /crm/v3/objects. */
export function objectRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();
  const { state } = deps;

  // GET /crm/v3/objects/{objectType} — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/basic/get-crm-v3-objects-contacts
  router.get('/:objectType', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const limit = integerParam(req, 'limit') ?? LIST_DEFAULT_LIMIT;
    const after = integerParam(req, 'after');
    if (limit === 'invalid' || after === 'invalid' || limit < 1 || limit > LIST_MAX_LIMIT) {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `limit must be an integer from 1 to ${LIST_MAX_LIMIT} and after a record id cursor`));
    }
    const view = { properties: listParam(req, 'properties'), propertiesWithHistory: listParam(req, 'propertiesWithHistory'), associations: listParam(req, 'associations') };
    const page = state.records.list(type, { after, limit, archived: booleanParam(req, 'archived') });
    const body: { results: unknown[]; paging?: unknown } = { results: page.records.map((r) => renderRecord(state, r, view)) };
    if (page.nextAfter !== undefined) {
      const link = new URL(`${deps.ctx.baseUrl()}/crm/v3/objects/${req.params.objectType}`);
      for (const [name, value] of new URL(req.originalUrl, 'http://x').searchParams) if (name !== 'after') link.searchParams.append(name, value);
      link.searchParams.set('after', page.nextAfter);
      body.paging = { next: { after: page.nextAfter, link: link.toString() } };
    }
    res.status(200).json(body);
  });

  // GET /crm/v3/objects/{objectType}/{objectId} — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/basic/get-crm-v3-objects-contacts-contactId
  router.get('/:objectType/:objectId', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const found = lookupRecord(deps, type, String(req.params.objectId), {
      idProperty: stringParam(req, 'idProperty'), archived: booleanParam(req, 'archived'), followMerges: true,
    });
    if (!found.ok) return sendReply(res, found.reply);
    const view = { properties: listParam(req, 'properties'), propertiesWithHistory: listParam(req, 'propertiesWithHistory'), associations: listParam(req, 'associations') };
    res.status(200).json(renderRecord(state, found.record, view));
  });

  // POST /crm/v3/objects/{objectType} — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/basic/post-crm-v3-objects-contacts
  router.post('/:objectType', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const parsed = parseBody(HubspotCreateInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const planned = planCreate(deps, type, normaliseValues(parsed.value.properties), parsed.value.associations);
    if (!planned.ok) return sendReply(res, planned.reply);
    res.status(201).json(planned.write());
  });

  // PATCH /crm/v3/objects/{objectType}/{objectId} — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/basic/patch-crm-v3-objects-contacts-contactId
  router.patch('/:objectType/:objectId', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const parsed = parseBody(HubspotUpdateInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const found = lookupRecord(deps, type, String(req.params.objectId), { idProperty: stringParam(req, 'idProperty'), followMerges: true });
    if (!found.ok) return sendReply(res, found.reply);
    const planned = planUpdate(deps, type, found.record, normaliseValues(parsed.value.properties));
    if (!planned.ok) return sendReply(res, planned.reply);
    res.status(200).json(planned.write());
  });

  // DELETE /crm/v3/objects/{objectType}/{objectId} — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/basic/delete-crm-v3-objects-contacts-contactId
  // Archiving a missing or already archived record is still a 204, as on HubSpot.
  router.delete('/:objectType/:objectId', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    state.records.archive(type, String(req.params.objectId), apiWriteSource(deps));
    res.status(204).end();
  });

  return router;
}
