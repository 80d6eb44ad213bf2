// HubSpot OAuth 2.0 as the sandbox serves it: the install (authorize) screen, the token endpoints
// and token metadata. https://developers.hubspot.com/docs/apps/legacy-apps/authentication/working-with-oauth
// None of these routes takes a Bearer token: mount this router outside requireBearer.
import express from 'express';
import type { Router } from 'express';
import { AuthorizationCodes } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { oauthAuthorizeRoutes } from './oauth-authorize.ts';
import { oauthTokenRoutes } from './oauth-token.ts';
import { oauthTokenInfoRoutes } from './oauth-token-info.ts';

/** HubSpot's authorization codes are single use and short-lived. */
const AUTH_CODE_TTL_SECONDS = 10 * 60;

export function oauthRoutes(deps: HubspotSandboxDeps): Router {
  const codes = new AuthorizationCodes({ clock: deps.ctx.clock, ttlSeconds: AUTH_CODE_TTL_SECONDS });
  const router = express.Router();
  router.use(oauthAuthorizeRoutes(deps, codes));
  router.use(oauthTokenRoutes(deps, codes));
  router.use(oauthTokenInfoRoutes(deps));
  return router;
}
