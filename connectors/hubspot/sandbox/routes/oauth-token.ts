// HubSpot's token endpoints: v1 (what the SDK's client.oauth.tokensApi.create calls) and v3.
// https://developers.hubspot.com/docs/api-reference/legacy/authentication/manage-oauth-tokens (v1)
// https://developers.hubspot.com/docs/api-reference/auth-oauth-v3/guide (v3: token, introspect, revoke)
import { randomUUID } from 'node:crypto';
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { formBody, registeredRedirect, singleText as text } from '../../../../src/sandbox-kit/index.ts';
import type { AuthorizationCodes, CodeRedemption, IssuedToken } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';

export type TokenErrorStatus =
  | 'BAD_GRANT_TYPE' | 'BAD_CLIENT_ID' | 'BAD_CLIENT_SECRET' | 'BAD_AUTH_CODE' | 'EXPIRED_AUTH_CODE' | 'BAD_REDIRECT_URI' | 'BAD_REFRESH_TOKEN';

const RFC_ERROR: Record<TokenErrorStatus, string> = {
  BAD_GRANT_TYPE: 'unsupported_grant_type',
  BAD_CLIENT_ID: 'invalid_client',
  BAD_CLIENT_SECRET: 'invalid_client',
  BAD_AUTH_CODE: 'invalid_grant',
  EXPIRED_AUTH_CODE: 'invalid_grant',
  BAD_REDIRECT_URI: 'invalid_grant',
  BAD_REFRESH_TOKEN: 'invalid_grant',
};

/** HubSpot's token error: v1's `status`/`message`/`correlationId` and v3's RFC 6749 `error`/`error_description`. */
export function tokenError(res: Response, status: TokenErrorStatus, message: string): void {
  res.status(400).json({ status, message, correlationId: randomUUID(), error: RFC_ERROR[status], error_description: message });
}

const TokenForm = z.object({
  grant_type: text, code: text, redirect_uri: text, client_id: text, client_secret: text,
  refresh_token: text, code_verifier: text, token: text, token_type_hint: text,
});
type TokenForm = z.output<typeof TokenForm>;

const REDEMPTION_ERRORS: Record<Exclude<CodeRedemption, { ok: true }>['why'], [TokenErrorStatus, string]> = {
  unknown_code: ['BAD_AUTH_CODE', 'missing or unknown auth code'],
  used_code: ['BAD_AUTH_CODE', 'auth code has already been used'],
  expired_code: ['EXPIRED_AUTH_CODE', 'auth code is expired'],
  client_mismatch: ['BAD_AUTH_CODE', 'auth code was issued to another client'],
  redirect_mismatch: ['BAD_REDIRECT_URI', 'redirect_uri does not match initial redirect_uri'],
  missing_verifier: ['BAD_AUTH_CODE', 'code_verifier is required: the authorize request carried a code_challenge'],
  bad_verifier: ['BAD_AUTH_CODE', 'code_verifier does not match the code_challenge of the authorize request'],
};

export function oauthTokenRoutes(deps: HubspotSandboxDeps, codes: AuthorizationCodes): Router {
  const { ctx, settings } = deps;
  const router = express.Router();
  const form = formBody();
  const tokenMetadata = { user: settings.installingUser.email, userId: settings.installingUser.userId, hubDomain: settings.hubDomain, appId: settings.appId };

  /** The parsed form, or undefined after answering when the client is not this app. */
  function authenticatedClient(req: Request, res: Response): TokenForm | undefined {
    const parsed = TokenForm.safeParse(req.body ?? {});
    if (!parsed.success) return void tokenError(res, 'BAD_GRANT_TYPE', 'the request body must be application/x-www-form-urlencoded fields');
    const body = parsed.data;
    if (body.client_id !== settings.clientId) return void tokenError(res, 'BAD_CLIENT_ID', 'missing or unknown client id');
    if (body.client_secret !== settings.clientSecret) return void tokenError(res, 'BAD_CLIENT_SECRET', 'missing or invalid client secret');
    return body;
  }

  const tokenJson = (token: IssuedToken) => ({
    token_type: 'bearer', refresh_token: token.refreshToken, access_token: token.accessToken,
    expires_in: settings.accessTokenTtlSeconds, hub_id: settings.portalId, scopes: token.scopes,
  });

  const exchange = (req: Request, res: Response) => {
    const body = TokenForm.safeParse(req.body ?? {});
    const grant = body.success ? body.data.grant_type : undefined;
    if (grant !== 'authorization_code' && grant !== 'refresh_token') {
      return tokenError(res, 'BAD_GRANT_TYPE', 'grant_type must be authorization_code or refresh_token');
    }
    const client = authenticatedClient(req, res);
    if (!client) return;
    if (grant === 'refresh_token') {
      // HubSpot does not rotate refresh tokens: the same one keeps working until revoked.
      const refreshed = client.refresh_token
        ? ctx.tokens.refreshWith(client.refresh_token, { ttlSeconds: settings.accessTokenTtlSeconds, rotate: false, clientId: client.client_id })
        : 'invalid_grant';
      if (refreshed === 'invalid_grant') return tokenError(res, 'BAD_REFRESH_TOKEN', 'missing or unknown refresh token');
      return void res.json(tokenJson(refreshed));
    }
    if (!client.redirect_uri) return tokenError(res, 'BAD_REDIRECT_URI', 'missing redirect_uri');
    if (settings.callbackUrls && !registeredRedirect(client.redirect_uri, settings.callbackUrls)) {
      return tokenError(res, 'BAD_REDIRECT_URI', 'redirect_uri does not match any redirect URL of this app');
    }
    const redemption = codes.redeem(client.code ?? '', {
      clientId: client.client_id!, redirectUri: client.redirect_uri, ...(client.code_verifier ? { codeVerifier: client.code_verifier } : {}),
    });
    if (!redemption.ok) {
      const [status, message] = REDEMPTION_ERRORS[redemption.why];
      return tokenError(res, status, message);
    }
    const token = ctx.tokens.issue({
      subject: redemption.grant.subject, scopes: redemption.grant.scopes, clientId: redemption.grant.clientId,
      ttlSeconds: settings.accessTokenTtlSeconds, withRefresh: true, metadata: tokenMetadata,
    });
    res.json(tokenJson(token));
  };

  // POST /oauth/v1/token (form: grant_type, code, redirect_uri, client_id, client_secret, refresh_token[, code_verifier])
  router.post('/oauth/v1/token', form, exchange);
  // POST /oauth/v3/token — the same grants; the docs' current recommendation
  router.post('/oauth/v3/token', form, exchange);

  // POST /oauth/v3/token/introspect (form: client_id, client_secret, token, token_type_hint)
  router.post('/oauth/v3/token/introspect', form, (req, res) => {
    const client = authenticatedClient(req, res);
    if (!client) return;
    const token = client.token ?? '';
    const access = ctx.tokens.check(token);
    const common = { client_id: settings.clientId, hub_id: settings.portalId, hub_domain: settings.hubDomain, app_id: settings.appId, user: settings.installingUser.email, user_id: settings.installingUser.userId };
    if (access.status === 'valid') {
      const expiresIn = access.token.expiresAt === null ? null : Math.max(0, Math.floor((access.token.expiresAt - ctx.clock.now()) / 1000));
      return void res.json({ active: true, token_type: 'access_token', ...common, scopes: access.token.scopes, ...(expiresIn === null ? {} : { expires_in: expiresIn }) });
    }
    const refresh = ctx.tokens.findRefresh(token);
    if (refresh) return void res.json({ active: true, token_type: 'refresh_token', ...common, scopes: refresh.scopes });
    res.json({ active: false });
  });

  // POST /oauth/v3/token/revoke (form: client_id, client_secret, token[, token_type_hint]) — RFC 7009: 200 even for unknown tokens
  router.post('/oauth/v3/token/revoke', form, (req, res) => {
    const client = authenticatedClient(req, res);
    if (!client) return;
    const token = client.token ?? '';
    if (!ctx.tokens.revokeRefresh(token)) ctx.tokens.revokeAccess(token);
    res.status(200).end();
  });

  return router;
}
