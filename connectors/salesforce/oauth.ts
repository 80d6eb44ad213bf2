// The web-server flow with PKCE (authorize link, code exchange) and refresh, against /services/oauth2/token.
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm&type=5
// https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_refresh_token_flow.htm&type=5
// Plain fetch rather than jsforce's OAuth2: the raw answer is validated here, jsforce's own retries stay
// out of the way, and a refusal keeps its HTTP status and `error` code for the classifier.
import { z } from 'zod';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import { parseRetryAfter } from '../../src/connector-kit/retry-policy.ts';
import { classifySalesforceFailure, salesforceCodeRule } from './errors.ts';
import { salesforceManifest } from './manifest.ts';

/** The connected app (External Client App) a refresh is made for. */
export interface SalesforceRefreshApp {
  /** The token endpoint: salesforceTokenUrl(loginUrl), e.g. https://login.salesforce.com/services/oauth2/token. */
  tokenUrl: string;
  clientId: string;
  /** Sent when given; required only when the app has "Require Secret for Refresh Token Flow" on. */
  clientSecret?: string;
}

/** A refresh's answer in the store's RefreshedTokens shape, plus the org's instance URL it names. */
export interface SalesforceRefreshedTokens {
  accessToken: string;
  /** Only when the app rotates refresh tokens; the old one is then refused from now on. */
  refreshToken?: string;
  /** Salesforce says nothing of expiry: a session is used until it is refused (QUIRKS.md, "no expires_in"). */
  expiresAt: null;
  instanceUrl: string;
}

const RefreshAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.string().url(),
  /** Epoch milliseconds as a string. */
  issued_at: z.string().regex(/^\d+$/),
  signature: z.string().min(1),
  id: z.string().optional(),
  scope: z.string().optional(),
  token_type: z.string().optional(),
});

const TokenError = z.object({ error: z.string().min(1), error_description: z.string().optional() });

export function salesforceTokenUrl(loginUrl: string = salesforceManifest.apiBaseUrl): string {
  return `${loginUrl.replace(/\/+$/, '')}${salesforceManifest.oauth.tokenPath}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** POSTs a token form and returns the validated answer; every failure is a classified VendorCallError. */
async function postTokenForm(tokenUrl: string, form: URLSearchParams): Promise<z.infer<typeof RefreshAnswer>> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      signal: AbortSignal.timeout(30_000),
    });
    text = await response.text();
  } catch (error) {
    // fetch rejects only when no answer arrived (socket, DNS, timeout): a passing failure whatever its cause.
    const failure = classifySalesforceFailure(error);
    if (failure.kind === 'network') throw failure;
    throw new VendorCallError({ vendor: 'salesforce', kind: 'network', vendorMessage: failure.vendorMessage, cause: error });
  }
  const body = parseJson(text);
  if (!response.ok) throw refusal(response, body, text);
  const answer = RefreshAnswer.safeParse(body);
  if (!answer.success) {
    throw new VendorCallError({ vendor: 'salesforce', kind: 'unknown', status: response.status, vendorMessage: `unexpected token answer: ${z.prettifyError(answer.error)}` });
  }
  return answer.data;
}

/**
 * New tokens for a refresh token. Throws a classified VendorCallError: invalid_grant (revoked, expired,
 * or an old one after rotation) is `forbidden`; 5xx, 429 and transport failures are retryable.
 */
export async function refreshSalesforceTokens(app: SalesforceRefreshApp, refreshToken: string): Promise<SalesforceRefreshedTokens> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: app.clientId });
  if (app.clientSecret !== undefined) form.set('client_secret', app.clientSecret);
  const { access_token: accessToken, refresh_token: rotated, instance_url: instanceUrl } = await postTokenForm(app.tokenUrl, form);
  return { accessToken, ...(rotated ? { refreshToken: rotated } : {}), expiresAt: null, instanceUrl };
}

/** The link an admin follows to install the app into an org: the web-server flow with PKCE (S256). */
export function salesforceAuthorizeUrl(options: {
  authorizeUrl: string; clientId: string; redirectUri: string; scopes: readonly string[]; state: string; codeChallenge: string;
}): string {
  const url = new URL(options.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', options.scopes.join(' '));
  url.searchParams.set('state', options.state);
  url.searchParams.set('code_challenge', options.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

/** What the code exchange gives: tokens, the org's instance URL, and the identity URL (…/id/<orgId>/<userId>). */
export interface SalesforceInstalledTokens {
  accessToken: string;
  refreshToken: string | undefined;
  instanceUrl: string;
  orgId: string | undefined;
}

/** Redeems an authorization code (with its PKCE verifier) for tokens. */
export async function exchangeSalesforceCode(
  app: SalesforceRefreshApp & { redirectUri: string }, code: string, codeVerifier: string,
): Promise<SalesforceInstalledTokens> {
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, client_id: app.clientId, redirect_uri: app.redirectUri, code_verifier: codeVerifier });
  if (app.clientSecret !== undefined) form.set('client_secret', app.clientSecret);
  const answer = await postTokenForm(app.tokenUrl, form);
  const orgId = answer.id ? /\/id\/([^/]+)\//.exec(new URL(answer.id).pathname)?.[1] : undefined;
  return { accessToken: answer.access_token, refreshToken: answer.refresh_token, instanceUrl: answer.instance_url, orgId };
}

function refusal(response: Response, body: unknown, text: string): VendorCallError {
  const error = TokenError.safeParse(body);
  // A 5xx or 429 is the endpoint's trouble, whatever the body says; a 400 names why in `error`.
  const byStatus = response.status >= 500 || response.status === 429 || !error.success;
  const rule = salesforceCodeRule(byStatus ? `ERROR_HTTP_${response.status}` : error.data.error);
  const vendorMessage = error.success ? [error.data.error, error.data.error_description].filter(Boolean).join(': ') : text.slice(0, 200) || `HTTP ${response.status}`;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  return new VendorCallError({
    vendor: 'salesforce', kind: rule.kind, status: response.status, vendorMessage, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
