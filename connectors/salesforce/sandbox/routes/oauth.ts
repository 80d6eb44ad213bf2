// Salesforce OAuth 2.0 as the sandbox serves it, on the login host (the sandbox is its own login host
// and instance): the web-server flow with PKCE, refresh, revoke, introspection, and the identity service.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_endpoints.htm&type=5
// None of these routes is an API call: mount this router at the sandbox root, before requireBearer
// and apiUsageMiddleware (they neither need a REST session nor count against the allocation).
import express from 'express';
import type { Router } from 'express';
import { AuthorizationCodes } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { oauthAuthorizeRoutes } from './oauth-authorize.ts';
import { oauthTokenRoutes } from './oauth-token.ts';
import { oauthRevokeRoutes } from './oauth-revoke.ts';
import { oauthIntrospectRoutes } from './oauth-introspect.ts';
import { identityRoutes } from './identity.ts';

/** Authorization codes are single use and expire after 15 minutes. */
const AUTH_CODE_TTL_SECONDS = 15 * 60;

export function oauthRoutes(deps: SalesforceSandboxDeps): Router {
  const codes = new AuthorizationCodes({ clock: deps.ctx.clock, ttlSeconds: AUTH_CODE_TTL_SECONDS });
  const router = express.Router();
  router.use(oauthAuthorizeRoutes(deps, codes));
  router.use(oauthTokenRoutes(deps, codes));
  router.use(oauthRevokeRoutes(deps));
  router.use(oauthIntrospectRoutes(deps));
  router.use(identityRoutes(deps));
  return router;
}
