// POST /services/oauth2/token with grant_type=refresh_token.
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

/**
 * New tokens for a refresh token. Throws a classified VendorCallError: invalid_grant (revoked, expired,
 * or an old one after rotation) is `forbidden`; 5xx, 429 and transport failures are retryable.
 */
export async function refreshSalesforceTokens(app: SalesforceRefreshApp, refreshToken: string): Promise<SalesforceRefreshedTokens> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: app.clientId });
  if (app.clientSecret !== undefined) form.set('client_secret', app.clientSecret);
  let response: Response;
  let text: string;
  try {
    response = await fetch(app.tokenUrl, {
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
  const { access_token: accessToken, refresh_token: rotated, instance_url: instanceUrl } = answer.data;
  return { accessToken, ...(rotated ? { refreshToken: rotated } : {}), expiresAt: null, instanceUrl };
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
