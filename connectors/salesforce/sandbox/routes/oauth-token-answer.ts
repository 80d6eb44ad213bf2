// What Salesforce's token endpoint answers, and the sessions behind it.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5
// jsforce needs `id` (it takes org and user from its last two segments) and `instance_url` (it
// replaces conn.instanceUrl with it); `issued_at` is epoch milliseconds as a string; `signature` is
// base64(HMAC-SHA256(client_secret, id + issued_at)). Salesforce says nothing of expiry: no expires_in.
import { createHmac } from 'node:crypto';
import type { IssuedToken } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';

/** Scopes a connected app can request (Salesforce's OAuth token scopes). */
export const KNOWN_SCOPES = new Set([
  'api', 'refresh_token', 'offline_access', 'id', 'openid', 'profile', 'email', 'address', 'phone', 'full', 'web',
  'chatter_api', 'custom_permissions', 'visualforce', 'content', 'lightning', 'wave_api', 'eclair_api', 'pardot_api', 'sfap_api',
]);

/** What the app gets when the authorize call names no scope: the scopes its policy selects. */
export const DEFAULT_SCOPES = ['api', 'refresh_token'];

/** A refresh token comes only with `refresh_token` (or its alias `offline_access`). */
export function grantsRefresh(scopes: readonly string[]): boolean {
  return scopes.includes('refresh_token') || scopes.includes('offline_access');
}

/** The user a token acts for (the connected app's authorising user). */
export function userOf(deps: SalesforceSandboxDeps, token: Pick<IssuedToken, 'metadata'>): string {
  const userId = token.metadata.userId;
  return typeof userId === 'string' ? userId : deps.settings.adminUser.id;
}

/** The identity URL, on the login host: `{loginUrl}/id/{orgId}/{userId}`. */
export function identityUrl(deps: SalesforceSandboxDeps, userId: string): string {
  return `${deps.ctx.baseUrl()}/id/${deps.settings.orgId}/${userId}`;
}

/** A new session for the org's authorising user. */
export function issueSession(deps: SalesforceSandboxDeps, grant: { scopes: string[]; clientId: string }): IssuedToken {
  const { ctx, settings } = deps;
  return ctx.tokens.issue({
    subject: settings.orgId,
    scopes: grant.scopes,
    clientId: grant.clientId,
    ttlSeconds: settings.sessionTtlSeconds,
    withRefresh: grantsRefresh(grant.scopes),
    metadata: { userId: settings.adminUser.id, username: settings.adminUser.username },
  });
}

export interface SalesforceTokenAnswer {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: 'Bearer';
  issued_at: string;
}

/** The token JSON; `withRefreshToken` is false for refresh answers unless the app rotates refresh tokens. */
export function tokenAnswer(deps: SalesforceSandboxDeps, token: IssuedToken, withRefreshToken: boolean): SalesforceTokenAnswer {
  const id = identityUrl(deps, userOf(deps, token));
  const issuedAt = String(token.issuedAt);
  const signature = createHmac('sha256', deps.settings.clientSecret).update(id + issuedAt).digest('base64');
  return {
    access_token: token.accessToken,
    ...(withRefreshToken && token.refreshToken ? { refresh_token: token.refreshToken } : {}),
    signature,
    scope: token.scopes.join(' '),
    instance_url: deps.ctx.baseUrl(),
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  };
}
