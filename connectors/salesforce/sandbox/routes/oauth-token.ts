// POST /services/oauth2/token: the authorization-code grant (with PKCE) and the refresh-token grant.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_refresh_token_flow.htm&type=5
// Errors are 400 `{ error, error_description }`; jsforce throws an Error named after `error`.
import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import { formBody, registeredRedirect, singleText as single } from '../../../../src/sandbox-kit/index.ts';
import type { AuthorizationCodes, CodeRedemption } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { issueSession, tokenAnswer } from './oauth-token-answer.ts';

type TokenError = readonly [error: string, description: string];

export const TOKEN_ERRORS = {
  unsupportedGrant: ['unsupported_grant_type', 'grant type not supported'],
  unknownClient: ['invalid_client_id', 'client identifier invalid'],
  badSecret: ['invalid_client', 'invalid client credentials'],
  expiredRefresh: ['invalid_grant', 'expired access/refresh token'],
  badCode: ['invalid_grant', 'invalid authorization code'],
  expiredCode: ['invalid_grant', 'expired authorization code'],
  badRedirect: ['redirect_uri_mismatch', 'redirect_uri must match configuration'],
  // Salesforce answers a wrong verifier, and a missing one after a challenge, the same way.
  badVerifier: ['invalid_grant', 'invalid code verifier'],
} as const satisfies Record<string, TokenError>;

const REDEMPTION_ERRORS: Record<Exclude<CodeRedemption, { ok: true }>['why'], TokenError> = {
  unknown_code: TOKEN_ERRORS.badCode,
  used_code: TOKEN_ERRORS.badCode,
  client_mismatch: TOKEN_ERRORS.badCode,
  expired_code: TOKEN_ERRORS.expiredCode,
  redirect_mismatch: TOKEN_ERRORS.badRedirect,
  missing_verifier: TOKEN_ERRORS.badVerifier,
  bad_verifier: TOKEN_ERRORS.badVerifier,
};

const TokenForm = z.object({
  grant_type: single, code: single, redirect_uri: single, client_id: single, client_secret: single,
  refresh_token: single, code_verifier: single, format: single,
});

function tokenError(res: Response, [error, description]: TokenError): void {
  res.status(400).setHeader('Cache-Control', 'no-cache,must-revalidate,max-age=0,no-store,private');
  res.json({ error, error_description: description });
}

export function oauthTokenRoutes(deps: SalesforceSandboxDeps, codes: AuthorizationCodes): Router {
  const { ctx, settings } = deps;
  const router = express.Router();

  // POST /services/oauth2/token (form) — https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_endpoints.htm&type=5
  router.post('/services/oauth2/token', formBody(), (req, res) => {
    const parsed = TokenForm.safeParse(req.body ?? {});
    if (!parsed.success) return tokenError(res, TOKEN_ERRORS.unsupportedGrant);
    const form = parsed.data;
    if (form.grant_type !== 'authorization_code' && form.grant_type !== 'refresh_token') return tokenError(res, TOKEN_ERRORS.unsupportedGrant);
    if (form.client_id !== settings.clientId) return tokenError(res, TOKEN_ERRORS.unknownClient);
    // The web-server flow requires the consumer secret (the app's default); the refresh flow checks it
    // only when sent, as with "Require Secret for Refresh Token Flow" off.
    const secretRequired = form.grant_type === 'authorization_code';
    if ((secretRequired || form.client_secret !== undefined) && form.client_secret !== settings.clientSecret) {
      return tokenError(res, TOKEN_ERRORS.badSecret);
    }
    res.setHeader('Cache-Control', 'no-cache,must-revalidate,max-age=0,no-store,private');

    if (form.grant_type === 'refresh_token') {
      // jsforce with useVerifier also sends code_verifier here; a refresh ignores it.
      const refreshed = form.refresh_token
        ? ctx.tokens.refreshWith(form.refresh_token, { ttlSeconds: settings.sessionTtlSeconds, rotate: settings.rotateRefreshTokens, clientId: form.client_id })
        : 'invalid_grant';
      if (refreshed === 'invalid_grant') return tokenError(res, TOKEN_ERRORS.expiredRefresh);
      return void res.json(tokenAnswer(deps, refreshed, settings.rotateRefreshTokens));
    }

    if (!form.redirect_uri || (settings.callbackUrls && !registeredRedirect(form.redirect_uri, settings.callbackUrls))) {
      return tokenError(res, TOKEN_ERRORS.badRedirect);
    }
    const redemption = codes.redeem(form.code ?? '', {
      clientId: form.client_id, redirectUri: form.redirect_uri, ...(form.code_verifier ? { codeVerifier: form.code_verifier } : {}),
    });
    if (!redemption.ok) return tokenError(res, REDEMPTION_ERRORS[redemption.why]);
    const session = issueSession(deps, { scopes: redemption.grant.scopes, clientId: redemption.grant.clientId });
    res.json(tokenAnswer(deps, session, true));
  });

  return router;
}
