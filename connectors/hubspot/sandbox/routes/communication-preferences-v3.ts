// Communication preferences v3, as the SDK's client.communicationPreferences.definitionApi and
// statusApi call them. https://developers.hubspot.com/docs/api-reference/legacy/communication-preferences/v3/guide
// Unsubscribing here is per subscription type and never opts an address out of all email, so it never
// sets a contact's hs_email_optout (that is v4's unsubscribe-all: communication-preferences-v4.ts).
import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import { HubspotUpdateSubscriptionRequestWire } from '../../wire/communication-preferences.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { requireAnyScope } from '../scope-check.ts';
import { addressKey } from '../state/communication-preferences.ts';
import { parseBody } from './validation.ts';
import { definitionJson, invalidEmailReply, isEmailAddress, READ_SCOPES, v3StatusJson, WRITE_SCOPES } from './subscription-json.ts';

/** The v3 definitions and status endpoints, mounted at the API root behind app.ts's Bearer check and rate limits. */
export function communicationPreferencesV3Routes(deps: HubspotSandboxDeps): Router {
  const preferences = deps.state.communicationPreferences;
  const router = express.Router();

  // GET /communication-preferences/v3/definitions
  router.get('/communication-preferences/v3/definitions', requireAnyScope(READ_SCOPES), (_req, res) => {
    res.json({ subscriptionDefinitions: preferences.definitions().map(definitionJson) });
  });

  // GET /communication-preferences/v3/status/email/{emailAddress}: every type, for any address (contact or not).
  router.get('/communication-preferences/v3/status/email/:emailAddress', requireAnyScope(READ_SCOPES), (req, res) => {
    const email = String(req.params.emailAddress);
    if (!isEmailAddress(email)) return sendReply(res, invalidEmailReply(email));
    res.json({ recipient: addressKey(email), subscriptionStatuses: preferences.definitions().map((d) => v3StatusJson(deps, email, d)) });
  });

  // POST /communication-preferences/v3/unsubscribe {emailAddress, subscriptionId, legalBasis?, legalBasisExplanation?}
  router.post('/communication-preferences/v3/unsubscribe', requireAnyScope(WRITE_SCOPES), (req, res) => {
    const body = parseBody(HubspotUpdateSubscriptionRequestWire, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const { emailAddress, subscriptionId, legalBasis, legalBasisExplanation } = body.value;
    if (!isEmailAddress(emailAddress)) return sendReply(res, invalidEmailReply(emailAddress));
    const definition = preferences.definition(subscriptionId);
    // An unknown type and a repeated unsubscribe are 400s [unconfirmed wording and category].
    if (!definition) {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `Subscription ${subscriptionId} does not exist`, {
        errors: [{ message: `Subscription ${subscriptionId} does not exist`, code: 'INVALID_SUBSCRIPTION', in: 'subscriptionId', context: { subscriptionId: [subscriptionId] } }],
      }));
    }
    if (v3StatusJson(deps, emailAddress, definition).status === 'NOT_SUBSCRIBED') {
      return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `${addressKey(emailAddress)} is already unsubscribed from subscription ${subscriptionId}`));
    }
    preferences.choose(emailAddress, subscriptionId, {
      state: 'UNSUBSCRIBED', at: deps.ctx.clock.now(),
      ...(legalBasis === undefined ? {} : { legalBasis }), ...(legalBasisExplanation === undefined ? {} : { legalBasisExplanation }),
    });
    res.json(v3StatusJson(deps, emailAddress, definition));
  });

  return router;
}
