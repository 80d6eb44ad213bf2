// The browser half of HubSpot's OAuth install flow: the authorize page and the user's decision.
// https://developers.hubspot.com/docs/apps/legacy-apps/authentication/working-with-oauth
// On HubSpot this page lives at https://app.hubspot.com/oauth/authorize (the SDK's getAuthorizationUrl
// hardcodes that host); the sandbox serves it under its own base URL, beside the API.
import { randomBytes } from 'node:crypto';
import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import { PendingConsents, formBody, pkceRequest, redirectWithParams, registeredRedirect, singleText as text } from '../../../../src/sandbox-kit/index.ts';
import type { AuthorizationCodes } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { authorizeErrorPage, consentPage } from './oauth-consent-page.ts';

/** An authorize request waiting for the user's decision on the consent screen. */
export interface PendingConsent {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  optionalScopes: string[];
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAt: number;
}

const AuthorizeQuery = z.object({
  client_id: text, redirect_uri: text, scope: text, optional_scope: text, state: text,
  code_challenge: text, code_challenge_method: text,
});
const DecisionForm = z.object({ request_id: text, decision: text });

const CONSENT_TTL_MS = 10 * 60 * 1000;
const SCOPE = /^[A-Za-z0-9._-]+$/;
const scopesOf = (raw: string | undefined) => (raw ?? '').split(/[\s+]+/).filter(Boolean);

function errorPage(res: Response, status: number, problem: string): void {
  res.status(status).type('html').send(authorizeErrorPage(problem));
}

export function oauthAuthorizeRoutes(deps: HubspotSandboxDeps, codes: AuthorizationCodes): Router {
  const { ctx, settings } = deps;
  const router = express.Router();
  const pending = new PendingConsents<PendingConsent>();

  // GET /oauth/authorize?client_id=&redirect_uri=&scope=&optional_scope=&state=[&code_challenge=&code_challenge_method=]
  router.get('/oauth/authorize', (req, res) => {
    const parsed = AuthorizeQuery.safeParse(req.query);
    if (!parsed.success) return errorPage(res, 400, 'The authorize link has malformed parameters.');
    const query = parsed.data;
    if (!query.client_id || query.client_id !== settings.clientId) {
      return errorPage(res, 400, `Unknown client_id ${query.client_id ?? '(missing)'}: no app with this client id exists.`);
    }
    const redirectUri = registeredRedirect(query.redirect_uri, undefined);
    if (!redirectUri) return errorPage(res, 400, 'The redirect_uri parameter is missing or is not an http(s) URL.');
    if (!registeredRedirect(redirectUri, settings.callbackUrls)) {
      return errorPage(res, 400, `The redirect_uri ${redirectUri} does not match any redirect URL of this app.`);
    }
    const scopes = scopesOf(query.scope);
    const optionalScopes = scopesOf(query.optional_scope);
    if (scopes.length === 0 || [...scopes, ...optionalScopes].some((s) => !SCOPE.test(s))) {
      return redirectWithParams(res, redirectUri, { error: 'invalid_scope', error_description: 'scope is missing or malformed', state: query.state });
    }
    // A challenge without a method is plain (RFC 7636).
    const pkce = pkceRequest(query.code_challenge, query.code_challenge_method, 'plain');
    if (!pkce.ok) {
      const description = pkce.problem === 'bad_method' ? 'code_challenge_method must be S256 or plain' : 'code_challenge_method without code_challenge';
      return redirectWithParams(res, redirectUri, { error: 'invalid_request', error_description: description, state: query.state });
    }
    const requestId = randomBytes(16).toString('base64url');
    pending.add(requestId, {
      clientId: query.client_id, redirectUri, scopes, optionalScopes, state: query.state,
      codeChallenge: pkce.codeChallenge, codeChallengeMethod: pkce.codeChallengeMethod, expiresAt: ctx.clock.now() + CONSENT_TTL_MS,
    }, ctx.clock.now());
    res.status(200).type('html').send(consentPage({
      requestId, appName: settings.appName, appId: settings.appId, portalId: settings.portalId, hubDomain: settings.hubDomain,
      userEmail: settings.installingUser.email, redirectHost: new URL(redirectUri).host, scopes, optionalScopes,
    }));
  });

  // POST /oauth/authorize/decision (form: request_id, decision=allow|deny) — the consent screen's buttons
  router.post('/oauth/authorize/decision', formBody(), (req, res) => {
    const parsed = DecisionForm.safeParse(req.body ?? {});
    const form = parsed.success ? parsed.data : { request_id: undefined, decision: undefined };
    const consent = form.request_id ? pending.take(form.request_id, ctx.clock.now()) : undefined;
    if (!consent) return errorPage(res, 400, 'This authorization request has expired or was already answered. Start the install again.');
    if (form.decision !== 'allow') {
      return redirectWithParams(res, consent.redirectUri, { error: 'access_denied', error_description: 'The user denied the request', state: consent.state });
    }
    // `oauth` is always granted; the sandbox grants every optional scope the app asked for.
    const scopes = [...new Set(['oauth', ...consent.scopes, ...consent.optionalScopes])];
    const code = codes.issue({
      subject: String(settings.portalId), clientId: consent.clientId, redirectUri: consent.redirectUri, scopes,
      ...(consent.codeChallenge ? { codeChallenge: consent.codeChallenge, codeChallengeMethod: consent.codeChallengeMethod } : {}),
    });
    redirectWithParams(res, consent.redirectUri, { code, state: consent.state });
  });

  return router;
}
