import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { OBJECT_TYPES } from '../object-types.ts';
import { HubspotGdprDeleteInput, HubspotMergeInput } from '../../wire/object-merge.ts';
import { hubspotError } from '../error-bodies.ts';
import { objectTypeOf, parseBody, recordNotFoundReply } from './validation.ts';
import { renderRecord } from './record-wire.ts';
import { apiWriteSource, checkIdProperty, findRecord } from './record-lookup.ts';

const MERGEABLE = new Set(['contacts', 'companies', 'deals']);

/** Merge (contacts, companies, deals) and GDPR delete (contacts), mounted at /crm/v3/objects. */
export function mergeRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();
  const { state } = deps;

  // POST /crm/v3/objects/{objectType}/merge — https://developers.hubspot.com/docs/api-reference/legacy/crm/objects/contacts/merge-contacts
  // The answer is the record that holds both: read its id from the response. HubSpot gives it a
  // new id and points both old ids at it (https://developers.hubspot.com/changelog/updated-merge-functionality-for-contacts-and-companies).
  router.post('/:objectType/merge', (req, res, next) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    if (!MERGEABLE.has(type)) return next();
    const parsed = parseBody(HubspotMergeInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { primaryObjectId, objectIdToMerge } = parsed.value;
    const primary = findRecord(deps, type, primaryObjectId, { followMerges: true });
    if (!primary) return sendReply(res, recordNotFoundReply(primaryObjectId));
    const merged = findRecord(deps, type, objectIdToMerge, { followMerges: true });
    if (!merged) return sendReply(res, recordNotFoundReply(objectIdToMerge));
    if (primary.id === merged.id) {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `Cannot merge ${OBJECT_TYPES[type].singular} ${primary.id} into itself.`));
    }
    const survivor = state.records.merge(type, primary.id, merged.id, apiWriteSource(deps));
    // The primary's associations first, so its "primary" labels win over the merged record's.
    for (const oldId of [primary.id, merged.id]) if (oldId !== survivor.id) state.associations.moveAll(type, oldId, survivor.id);
    const extra = type === 'contacts' ? ['hs_merged_object_ids', 'hs_additional_emails'] : ['hs_merged_object_ids'];
    res.status(200).json(renderRecord(state, survivor, { properties: [...OBJECT_TYPES[type].defaultProperties, ...extra] }));
  });

  // POST /crm/v3/objects/contacts/gdpr-delete — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/gdpr/post-crm-v3-objects-contacts-gdpr-delete
  router.post('/contacts/gdpr-delete', (req, res) => {
    const parsed = parseBody(HubspotGdprDeleteInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { objectId, idProperty } = parsed.value;
    const badIdProperty = checkIdProperty(deps, 'contacts', idProperty);
    if (badIdProperty) return sendReply(res, badIdProperty);
    const record = findRecord(deps, 'contacts', objectId, { idProperty }) ?? findRecord(deps, 'contacts', objectId, { idProperty, archived: true });
    if (!record) return sendReply(res, recordNotFoundReply(objectId));
    state.records.purge('contacts', record.id, apiWriteSource(deps));
    state.associations.removeAllOf('contacts', record.id);
    res.status(204).end();
  });

  return router;
}
