// The browser half of Salesforce's OAuth 2.0 web-server flow: the authorize request, the approval
// screen and the user's decision. https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5
// jsforce's getAuthorizationUrl sends response_type, client_id, redirect_uri, scope, state and (with
// useVerifier) code_challenge, never code_challenge_method: a challenge without a method is S256.
import { randomBytes } from 'node:crypto';
import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import { PendingConsents, formBody, pkceRequest, redirectWithParams, registeredRedirect, singleText as single } from '../../../../src/sandbox-kit/index.ts';
import type { AuthorizationCodes } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { authorizeErrorPage, consentPage } from './oauth-consent-page.ts';
import { DEFAULT_SCOPES, KNOWN_SCOPES } from './oauth-token-answer.ts';

const AuthorizeQuery = z.object({
  response_type: single, client_id: single, redirect_uri: single, scope: single, state: single,
  code_challenge: single, code_challenge_method: single, prompt: single, login_hint: single, display: single,
});
const DecisionForm = z.object({ request_id: single, decision: single });

interface PendingApproval {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAt: number;
}

/** What the approval screen calls the connected app. */
const CONNECTED_APP_NAME = 'RevOps Connector';
const APPROVAL_TTL_MS = 10 * 60 * 1000;
// RFC 7636: 43-128 characters of base64url (S256) or the unreserved set (plain).
const CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/;

function errorPage(res: Response, error: string, description: string): void {
  res.status(400).type('html').send(authorizeErrorPage(error, description));
}

export function oauthAuthorizeRoutes(deps: SalesforceSandboxDeps, codes: AuthorizationCodes): Router {
  const { ctx, settings } = deps;
  const router = express.Router();
  const pending = new PendingConsents<PendingApproval>();

  // GET /services/oauth2/authorize?response_type=code&client_id=&redirect_uri=[&scope=&state=&code_challenge=]
  // https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5
  router.get('/services/oauth2/authorize', (req, res) => {
    const parsed = AuthorizeQuery.safeParse(req.query);
    if (!parsed.success) return errorPage(res, 'invalid_request', 'malformed request parameters');
    const query = parsed.data;
    // Without a known client the redirect URI cannot be trusted: the error stays on Salesforce's page.
    if (!query.client_id || query.client_id !== settings.clientId) return errorPage(res, 'invalid_client_id', 'client identifier invalid');
    // A redirect URI the app did not register (any http(s) URL when it registered none) stays on the error page too.
    const redirectUri = registeredRedirect(query.redirect_uri, settings.callbackUrls);
    if (!redirectUri) return errorPage(res, 'redirect_uri_mismatch', 'redirect_uri must match configuration');
    const refuse = (error: string, description: string) => redirectWithParams(res, redirectUri, { error, error_description: description, state: query.state });
    if (query.response_type !== 'code') return refuse('unsupported_response_type', 'response type not supported');
    const scopes = query.scope === undefined ? DEFAULT_SCOPES : query.scope.split(/[\s+]+/).filter(Boolean);
    if (scopes.length === 0 || scopes.some((scope) => !KNOWN_SCOPES.has(scope))) return refuse('invalid_scope', 'the requested scope is not allowed');
    // A method without a challenge is ignored; a challenge without a method is S256 (jsforce sends none).
    const pkce = pkceRequest(query.code_challenge, query.code_challenge ? query.code_challenge_method : undefined, 'S256');
    if (!pkce.ok) return refuse('invalid_request', 'invalid code_challenge_method');
    if (query.code_challenge !== undefined && !CHALLENGE.test(query.code_challenge)) return refuse('invalid_request', 'invalid code_challenge');

    const requestId = randomBytes(16).toString('base64url');
    pending.add(requestId, {
      clientId: query.client_id, redirectUri, scopes: [...new Set(scopes)], state: query.state,
      codeChallenge: pkce.codeChallenge, codeChallengeMethod: pkce.codeChallengeMethod, expiresAt: ctx.clock.now() + APPROVAL_TTL_MS,
    }, ctx.clock.now());
    res.status(200).type('html').send(consentPage({
      requestId, appName: CONNECTED_APP_NAME, username: settings.adminUser.username, myDomain: settings.myDomain,
      redirectHost: new URL(redirectUri).host, scopes: [...new Set(scopes)],
    }));
  });

  // POST /services/oauth2/authorize (form: request_id, decision=allow|deny) — the approval screen's buttons
  router.post('/services/oauth2/authorize', formBody(), (req, res) => {
    const parsed = DecisionForm.safeParse(req.body ?? {});
    const form = parsed.success ? parsed.data : { request_id: undefined, decision: undefined };
    const approval = form.request_id ? pending.take(form.request_id, ctx.clock.now()) : undefined;
    if (!approval) return errorPage(res, 'invalid_request', 'this authorization request has expired or was already answered');
    if (form.decision !== 'allow') {
      return redirectWithParams(res, approval.redirectUri, { error: 'access_denied', error_description: 'end-user denied authorization', state: approval.state });
    }
    const code = codes.issue({
      subject: settings.orgId, clientId: approval.clientId, redirectUri: approval.redirectUri, scopes: approval.scopes,
      ...(approval.codeChallenge ? { codeChallenge: approval.codeChallenge, codeChallengeMethod: approval.codeChallengeMethod } : {}),
    });
    redirectWithParams(res, approval.redirectUri, { code, state: approval.state });
  });

  return router;
}
