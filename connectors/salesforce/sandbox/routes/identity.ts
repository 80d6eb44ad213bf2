// The identity service: the identity URL `{loginUrl}/id/{orgId}/{userId}` that every token answer
// names, and the OpenID Connect userinfo endpoint. https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_openid.htm&type=5
// Both take the session as a Bearer header or an `oauth_token` parameter (jsforce's conn.identity()
// sends both). Failures are plain-text 403/404 codes, not the REST error array: an expired session
// gets 403 Bad_OAuth_Token, which jsforce does not treat as a reason to refresh.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { bearerFrom, singleText as single } from '../../../../src/sandbox-kit/index.ts';
import type { IssuedToken } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { to15, to18 } from '../ids.ts';
import { identityUrl, userOf } from './oauth-token-answer.ts';
import { identityUrls, userInfoClaims } from './identity-body.ts';
import { LATEST_API_VERSION } from '../api-versions.ts';

const IdentityQuery = z.object({ oauth_token: single, access_token: single, format: single, version: single });
type IdentityQuery = z.output<typeof IdentityQuery>;
const VERSION = /^(latest|\d{2}\.0)$/;

function identityError(res: Response, status: 403 | 404 | 406, code: string): void {
  res.status(status).type('text/plain;charset=UTF-8').send(code);
}

/**
 * The query, or undefined after answering 406: an unknown `version` is Invalid_Version; the sandbox
 * serves JSON only, so `format=xml` or `urlencoded` is refused (Invalid_Format is the sandbox's word).
 */
function queryOf(req: Request, res: Response): IdentityQuery | undefined {
  const parsed = IdentityQuery.safeParse(req.query);
  if (!parsed.success || (parsed.data.version !== undefined && !VERSION.test(parsed.data.version))) return void identityError(res, 406, 'Invalid_Version');
  if (parsed.data.format !== undefined && parsed.data.format !== 'json') return void identityError(res, 406, 'Invalid_Format');
  return parsed.data;
}

function versionOf(query: IdentityQuery): string | undefined {
  return query.version === 'latest' ? LATEST_API_VERSION : query.version;
}

/** The live session the call carries, or undefined after answering 403. */
function sessionOf(deps: SalesforceSandboxDeps, req: Request, res: Response, query: IdentityQuery): IssuedToken | undefined {
  const presented = bearerFrom(req) ?? query.oauth_token ?? query.access_token;
  if (!presented) return void identityError(res, 403, 'Missing_OAuth_Token');
  const verdict = deps.ctx.tokens.check(presented);
  if (verdict.status !== 'valid') return void identityError(res, 403, 'Bad_OAuth_Token');
  return verdict.token;
}

export function identityRoutes(deps: SalesforceSandboxDeps): Router {
  const { settings } = deps;
  const router = express.Router();

  // GET /id/{orgId}/{userId}[?format=json&version=&oauth_token=] — https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_openid.htm&type=5
  router.get('/id/:orgId/:userId', (req, res) => {
    const query = queryOf(req, res);
    const token = query && sessionOf(deps, req, res, query);
    if (!query || !token) return;
    const orgId = to18(req.params.orgId);
    const userId = to18(req.params.userId);
    if (!orgId || !userId || !userId.startsWith('005')) return identityError(res, 404, 'Bad_Id');
    if (orgId !== settings.orgId || token.subject !== settings.orgId) return identityError(res, 403, 'Wrong_Org');
    // A session reads its own user's identity; the sandbox org has one API user.
    if (userId !== userOf(deps, token) || to15(userId) !== to15(settings.adminUser.id)) return identityError(res, 404, 'Bad_Id');
    const urls = identityUrls(deps, versionOf(query));
    res.json({ id: identityUrl(deps, userId), asserted_user: true, ...userInfoClaims(deps, urls).identity });
  });

  // GET|POST /services/oauth2/userinfo — the OpenID Connect claims of the session's user
  const userinfo = (req: Request, res: Response) => {
    const query = queryOf(req, res);
    const token = query && sessionOf(deps, req, res, query);
    if (!query || !token) return;
    res.json({ sub: identityUrl(deps, userOf(deps, token)), ...userInfoClaims(deps, identityUrls(deps, versionOf(query))).userinfo });
  };
  router.get('/services/oauth2/userinfo', userinfo);
  router.post('/services/oauth2/userinfo', userinfo);

  return router;
}
