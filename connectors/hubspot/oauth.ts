import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { HubspotSdk } from './client.ts';
import { classifyHubspotFailure } from './errors.ts';
import { HubspotTokenErrorWire } from './wire/oauth.ts';

export interface HubspotTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

/** A refresh's answer in the store's RefreshedTokens shape (expiry as an ISO timestamp). */
export interface HubspotRefreshedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

export interface HubspotTokenInfo {
  hubId: number;
  hubDomain?: string;
  userEmail?: string;
  scopes: string[];
  appId: number;
}

/**
 * The install link an admin opens. Built here rather than with the SDK's getAuthorizationUrl,
 * which hardcodes app.hubspot.com (QUIRKS.md: "The SDK's authorize URL ignores basePath").
 */
export function hubspotAuthorizeUrl(options: {
  authorizeUrl: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  optionalScopes?: readonly string[];
  state: string;
}): string {
  const url = new URL(options.authorizeUrl);
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', options.scopes.join(' '));
  if (options.optionalScopes?.length) url.searchParams.set('optional_scope', options.optionalScopes.join(' '));
  url.searchParams.set('state', options.state);
  return url.toString();
}

// POST /oauth/v1/token — https://developers.hubspot.com/docs/api-reference/legacy/authentication/manage-oauth-tokens
export async function exchangeHubspotCode(
  sdk: HubspotSdk,
  grant: { code: string; redirectUri: string; clientId: string; clientSecret: string },
  now: () => number = Date.now,
): Promise<HubspotTokens> {
  const answer = await sdk.oauth.tokensApi.create('authorization_code', grant.code, grant.redirectUri, grant.clientId, grant.clientSecret);
  return { accessToken: answer.accessToken, refreshToken: answer.refreshToken, expiresAt: new Date(now() + answer.expiresIn * 1000) };
}

// HubSpot answers the same refresh token again: it does not rotate (QUIRKS.md). Should it ever send a new
// one, that one is returned and stored. Failures are thrown classified: see classifyRefreshFailure.
export async function refreshHubspotTokens(
  sdk: HubspotSdk,
  grant: { refreshToken: string; clientId: string; clientSecret: string },
  now: () => number = Date.now,
): Promise<HubspotRefreshedTokens> {
  let answer: Awaited<ReturnType<HubspotSdk['oauth']['tokensApi']['create']>>;
  try {
    answer = await sdk.oauth.tokensApi.create('refresh_token', undefined, undefined, grant.clientId, grant.clientSecret, grant.refreshToken);
  } catch (error) {
    throw classifyRefreshFailure(error);
  }
  return {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken || grant.refreshToken,
    expiresAt: new Date(now() + answer.expiresIn * 1000).toISOString(),
  };
}

/**
 * A 400 from the token endpoint (BAD_REFRESH_TOKEN: revoked or unknown; BAD_CLIENT_…) is refused for good:
 * `forbidden`, so the connection waits for the admin. 429, 5xx and network failures stay retryable.
 */
function classifyRefreshFailure(error: unknown): VendorCallError {
  const failure = classifyHubspotFailure(error);
  if (failure.status !== 400) return failure;
  const raw = typeof error === 'object' && error !== null && 'body' in error ? error.body : undefined;
  const body = HubspotTokenErrorWire.safeParse(typeof raw === 'string' ? parseJson(raw) : raw);
  const words = body.success ? [body.data.error, body.data.status, body.data.message ?? body.data.error_description] : [];
  const vendorMessage = words.filter((w) => w !== undefined && w !== '').join(': ') || failure.vendorMessage;
  return new VendorCallError({ vendor: 'hubspot', kind: 'forbidden', status: 400, vendorMessage, cause: error });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// GET /oauth/v1/access-tokens/{token}: which portal (hub_id) the install is for.
export async function hubspotTokenInfo(sdk: HubspotSdk, accessToken: string): Promise<HubspotTokenInfo> {
  const info = await sdk.oauth.accessTokensApi.get(accessToken);
  return { hubId: info.hubId, hubDomain: info.hubDomain, userEmail: info.user, scopes: info.scopes, appId: info.appId };
}
