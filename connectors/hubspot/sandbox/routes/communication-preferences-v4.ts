// Communication preferences v4: opting an address out of all email, and reading that status. The SDK
// (v14) does not wrap v4; the connector calls it through sdk.apiRequest (email-opt-out.ts).
// https://developers.hubspot.com/docs/api-reference/communication-preferences-subscriptions-v4/subscription-status/post-communication-preferences-v4-statuses-subscriberIdString-unsubscribe-all
// The batch variant (`POST …/statuses/batch/unsubscribe-all`) needs Marketing Hub Enterprise's batch
// scopes; the connector does not call it and the sandbox does not serve it.
import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import { sendReply, single } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { optedOutOfAllAt, unsubscribeFromAll } from '../email-opt-outs.ts';
import { requireAnyScope } from '../scope-check.ts';
import { addressKey } from '../state/communication-preferences.ts';
import { isoOf } from '../state/stored-record.ts';
import { apiWriteSource } from './record-lookup.ts';
import { invalidEmailReply, isEmailAddress, READ_SCOPES, v4OptedOutStatusJson, WRITE_SCOPES } from './subscription-json.ts';
import { parseQuery } from './validation.ts';

const booleanText = single(z.enum(['true', 'false']).transform((v) => v === 'true')).default(false);

// channel is required and EMAIL is its only value; businessUnitId 0 is the default brand, the only
// one of a portal without the Brands add-on (any other id is refused [unconfirmed wording]).
const WideStatusQuery = z.object({
  channel: single(z.literal('EMAIL')),
  verbose: booleanText,
  businessUnitId: single(z.coerce.number().int().refine((id) => id === 0, 'this portal has no brand with that id')).optional(),
});

const path = '/communication-preferences/v4/statuses/:subscriberIdString/unsubscribe-all';

/** The v4 unsubscribe-all endpoints, mounted at the API root behind app.ts's Bearer check and rate limits. */
export function communicationPreferencesV4Routes(deps: HubspotSandboxDeps): Router {
  const { ctx, state } = deps;
  const router = express.Router();

  const envelope = (results: unknown[], requestedAt: number) => {
    const at = isoOf(requestedAt);
    return { status: 'COMPLETE', results, requestedAt: at, startedAt: at, completedAt: isoOf(ctx.clock.now()) };
  };

  // The batch variant is not served; matched first so `batch` is never taken for an address.
  router.post('/communication-preferences/v4/statuses/batch/unsubscribe-all', (req, res) => {
    sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `Unable to find a resource at ${req.method} ${req.originalUrl.split('?')[0]} (not modelled by the sandbox)`));
  });

  // POST …/unsubscribe-all?channel=EMAIL[&verbose=true]: 200 whether or not the address already was
  // opted out (NO_STATUS_CHANGE then) and whether or not a contact has it; results only with verbose.
  router.post(path, requireAnyScope(WRITE_SCOPES), (req, res) => {
    const query = parseQuery(WideStatusQuery, req.query);
    if (!query.ok) return sendReply(res, query.reply);
    const email = String(req.params.subscriberIdString);
    if (!isEmailAddress(email)) return sendReply(res, invalidEmailReply(email));
    const requestedAt = ctx.clock.now();
    const changed = unsubscribeFromAll(deps, email, apiWriteSource(deps));
    const at = optedOutOfAllAt(deps, email) ?? requestedAt;
    const reason = changed ? 'UNSUBSCRIBE_FROM_ALL_OCCURRED' : 'NO_STATUS_CHANGE';
    const results = query.value.verbose ? state.communicationPreferences.definitions().map((d) => v4OptedOutStatusJson(email, d, at, reason)) : [];
    res.json(envelope(results, requestedAt));
  });

  // GET …/unsubscribe-all?channel=EMAIL: the portal-wide opt-out, or no results when there is none.
  router.get(path, requireAnyScope(READ_SCOPES), (req, res) => {
    const query = parseQuery(WideStatusQuery, req.query);
    if (!query.ok) return sendReply(res, query.reply);
    const email = String(req.params.subscriberIdString);
    if (!isEmailAddress(email)) return sendReply(res, invalidEmailReply(email));
    const requestedAt = ctx.clock.now();
    const at = optedOutOfAllAt(deps, email);
    const results = at === null ? [] : [{
      channel: 'EMAIL', status: 'UNSUBSCRIBED', subscriberIdString: addressKey(email), timestamp: isoOf(at), wideStatusType: 'PORTAL_WIDE', businessUnitId: 0,
    }];
    res.json(envelope(results, requestedAt));
  });

  return router;
}
