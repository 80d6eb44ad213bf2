import type { RequestHandler } from 'express';
import { sendReply, tokenOf } from '../../../src/sandbox-kit/index.ts';
import { hubspotError } from './error-bodies.ts';

// HubSpot's 403 for a token without the endpoint's scope. The body is the one developers report from
// HubSpot (community threads quoting `errors[].context.requiredGranularScopes`); the top-level message
// is [unconfirmed wording]. Routes that check scopes list every scope the reference page accepts.
const MESSAGE = "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.";

/** Lets a call through when its token has at least one of `anyOf`; otherwise 403 MISSING_SCOPES. */
export function requireAnyScope(anyOf: readonly string[]): RequestHandler {
  return (_req, res, next) => {
    const granted = tokenOf(res).scopes;
    if (anyOf.some((scope) => granted.includes(scope))) return next();
    sendReply(res, hubspotError(403, 'MISSING_SCOPES', MESSAGE, {
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [...anyOf] } }],
    }));
  };
}
