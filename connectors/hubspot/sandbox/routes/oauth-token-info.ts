// Token metadata and refresh-token revocation, as the SDK's client.oauth.accessTokensApi and
// refreshTokensApi call them. https://developers.hubspot.com/docs/api-reference/legacy/authentication/manage-oauth-tokens
import express from 'express';
import type { Router } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError, hubspotErrorShapes } from '../error-bodies.ts';

// The ready token of the embedded default never expires; its metadata still needs an expires_in.
const NEVER_EXPIRES_SECONDS = 2_147_483_647;

export function oauthTokenInfoRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, settings } = deps;
  const router = express.Router();
  const tokenNotFound = (kind: string) => hubspotError(404, 'OBJECT_NOT_FOUND', `${kind} token not found`);
  const metadataOf = (metadata: Record<string, unknown>) => ({
    user: typeof metadata.user === 'string' ? metadata.user : settings.installingUser.email,
    user_id: typeof metadata.userId === 'number' ? metadata.userId : settings.installingUser.userId,
    hub_domain: typeof metadata.hubDomain === 'string' ? metadata.hubDomain : settings.hubDomain,
  });

  // GET /oauth/v1/access-tokens/{token} — 200 with the token's metadata (no Authorization header needed)
  router.get('/oauth/v1/access-tokens/:token', (req, res) => {
    const verdict = ctx.tokens.check(String(req.params.token));
    if (verdict.status === 'expired') return sendReply(res, hubspotErrorShapes.unauthorized({ req, reason: 'expired' }));
    if (verdict.status !== 'valid') return sendReply(res, tokenNotFound('Access'));
    const { token } = verdict;
    const expiresIn = token.expiresAt === null ? NEVER_EXPIRES_SECONDS : Math.max(0, Math.floor((token.expiresAt - ctx.clock.now()) / 1000));
    res.json({
      token: token.accessToken, ...metadataOf(token.metadata), scopes: token.scopes,
      hub_id: Number(token.subject) || settings.portalId, app_id: settings.appId, expires_in: expiresIn, token_type: 'access',
    });
  });

  // GET /oauth/v1/refresh-tokens/{token} — 200 with the refresh token's metadata (adds client_id)
  router.get('/oauth/v1/refresh-tokens/:token', (req, res) => {
    const grant = ctx.tokens.findRefresh(String(req.params.token));
    if (!grant) return sendReply(res, tokenNotFound('Refresh'));
    res.json({
      token: grant.refreshToken, ...metadataOf(grant.metadata), scopes: grant.scopes,
      hub_id: Number(grant.subject) || settings.portalId, client_id: grant.clientId ?? settings.clientId, token_type: 'refresh',
    });
  });

  // DELETE /oauth/v1/refresh-tokens/{token} — 204; the refresh token and its access tokens stop working
  router.delete('/oauth/v1/refresh-tokens/:token', (req, res) => {
    if (!ctx.tokens.revokeRefresh(String(req.params.token))) return sendReply(res, tokenNotFound('Refresh'));
    res.status(204).end();
  });

  return router;
}
