// Token revocation: POST /services/oauth2/revoke (form `token=`) or GET /services/oauth2/revoke?token=.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_revoke_token.htm&type=5
// A refresh token takes its access tokens with it; an access token ends only its own session.
// 200 with no body on success; every error is a 400 whose body is FORM-ENCODED
// (`error=unsupported_token_type&error_description=...`), which is what jsforce's revokeToken parses.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { formBody, singleText as single } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';

const RevokeParams = z.object({ token: single });

function revokeError(res: Response, error: 'unsupported_token_type' | 'invalid_token', description: string): void {
  res.status(400).type('application/x-www-form-urlencoded;charset=UTF-8');
  res.send(new URLSearchParams({ error, error_description: description }).toString().replaceAll('+', '%20'));
}

export function oauthRevokeRoutes(deps: SalesforceSandboxDeps): Router {
  const { ctx } = deps;
  const router = express.Router();

  const revoke = (params: unknown, res: Response) => {
    const parsed = RevokeParams.safeParse(params ?? {});
    const token = parsed.success ? parsed.data.token : undefined;
    if (!token) return revokeError(res, 'unsupported_token_type', 'this token type is not supported');
    if (ctx.tokens.revokeRefresh(token)) return void res.status(200).end();
    const access = ctx.tokens.check(token);
    if (access.status === 'revoked') return revokeError(res, 'invalid_token', 'the token was invalid');
    if (access.status === 'unknown') return revokeError(res, 'unsupported_token_type', 'this token type is not supported');
    // Expired sessions can still be revoked; the answer is the same.
    ctx.tokens.revokeAccess(token);
    res.status(200).end();
  };

  // POST /services/oauth2/revoke (form: token) — https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_revoke_token.htm&type=5
  router.post('/services/oauth2/revoke', formBody(), (req: Request, res) => revoke(req.body, res));
  // GET /services/oauth2/revoke?token= — the same revocation as a "blind GET"
  router.get('/services/oauth2/revoke', (req, res) => revoke(req.query, res));

  return router;
}
