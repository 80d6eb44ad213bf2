// POST /services/oauth2/introspect: RFC 7662 token introspection, the one place Salesforce tells an app
// when a session ends (`exp`), since token answers carry no expires_in.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oidc_token_introspection_endpoint.htm&type=5
// The app authenticates with its consumer key and secret (form fields or HTTP Basic).
import express from 'express';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { formBody, singleText as single } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { TOKEN_ERRORS } from './oauth-token.ts';
import { identityUrl, userOf } from './oauth-token-answer.ts';

const IntrospectForm = z.object({ token: single, token_type_hint: single, client_id: single, client_secret: single });

/**
 * Consumer key and secret from the form, or from an `Authorization: Basic` header (RFC 6749 §2.3.1:
 * each part form-urlencoded); `malformed` when the header's parts are not valid percent-encoding.
 */
function clientOf(req: Request, form: z.output<typeof IntrospectForm>): { id?: string; secret?: string } | 'malformed' {
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!basic) return { id: form.client_id, secret: form.client_secret };
  const [id, ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
  try {
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(rest.join(':')) };
  } catch {
    return 'malformed';
  }
}

const seconds = (ms: number) => Math.floor(ms / 1000);

export function oauthIntrospectRoutes(deps: SalesforceSandboxDeps): Router {
  const { ctx, settings } = deps;
  const router = express.Router();

  // POST /services/oauth2/introspect (form: token, token_type_hint, client_id, client_secret)
  router.post('/services/oauth2/introspect', formBody(), (req, res) => {
    const parsed = IntrospectForm.safeParse(req.body ?? {});
    const form = parsed.success ? parsed.data : {};
    const client = clientOf(req, form);
    if (client === 'malformed') {
      // The client tried HTTP authentication and failed it: 401, as RFC 6749 §5.2 has it.
      res.setHeader('WWW-Authenticate', 'Basic realm="introspect"');
      return void res.status(401).json({ error: 'invalid_client', error_description: 'malformed client credentials in the Authorization header' });
    }
    if (client.id !== settings.clientId || client.secret !== settings.clientSecret) {
      const [error, description] = client.id !== settings.clientId ? TOKEN_ERRORS.unknownClient : TOKEN_ERRORS.badSecret;
      return void res.status(400).json({ error, error_description: description });
    }
    const token = form.token ?? '';
    const access = ctx.tokens.check(token);
    if (access.status === 'valid') {
      const { token: session } = access;
      return void res.json({
        active: true, scope: session.scopes.join(' '), client_id: settings.clientId, username: settings.adminUser.username,
        sub: identityUrl(deps, userOf(deps, session)), token_type: 'access_token',
        ...(session.expiresAt === null ? {} : { exp: seconds(session.expiresAt) }),
        iat: seconds(session.issuedAt), nbf: seconds(session.issuedAt),
      });
    }
    const refresh = ctx.tokens.findRefresh(token);
    if (refresh) {
      return void res.json({
        active: true, scope: refresh.scopes.join(' '), client_id: settings.clientId, username: settings.adminUser.username,
        sub: identityUrl(deps, userOf(deps, refresh)), token_type: 'refresh_token',
      });
    }
    res.json({ active: false });
  });

  return router;
}
