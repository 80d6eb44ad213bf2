import type { FailureKind } from '../../src/connector-kit/failure.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import { parseRetryAfter } from '../../src/connector-kit/retry-policy.ts';
import { HubspotErrorWire } from './wire/error.ts';

// What the SDK throws, turned into the connector kit's failure kinds.
// https://developers.hubspot.com/docs/api-reference/error-handling
// The SDK rejects with `ApiException(code, message, body, headers)` (one class per API area, so the
// shape is matched, not the class); network failures come from node-fetch as errors with a `code`
// (ECONNRESET, ETIMEDOUT…) or a `type` (`system`, `request-timeout`), or as an AbortError.

/** One line per HTTP status the connector decides on; anything else falls to the 4xx/5xx rules below. */
const KIND_BY_STATUS: ReadonlyMap<number, FailureKind> = new Map<number, FailureKind>([
  [400, 'rejected_record'],
  [401, 'auth_expired'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [409, 'rejected_record'],
  [429, 'rate_limited'],
  // 423 Locked (a record being merged or imported) and HubSpot's own 477 Migration in Progress pass.
  [423, 'vendor_down'],
  [477, 'vendor_down'],
]);

/** 429 policies that reset only at midnight: waiting seconds will not help. */
const DAILY_POLICIES = new Set(['DAILY']);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

interface ApiExceptionShape {
  code: number;
  body: unknown;
  headers: Record<string, string>;
}

function isApiException(error: unknown): error is ApiExceptionShape {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number' && 'body' in error;
}

/** The kind a status means, before the body is read (429 DAILY is decided with the body). */
export function kindOfStatus(status: number): FailureKind {
  return KIND_BY_STATUS.get(status) ?? (status >= 500 ? 'vendor_down' : 'unknown');
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || error.name === 'FetchError') return true;
  const code = stringField(error, 'code') ?? stringField(error.cause, 'code');
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  const type = stringField(error, 'type');
  if (type === 'system' || type === 'request-timeout' || type === 'body-timeout') return true;
  return error instanceof TypeError && error.message === 'fetch failed';
}

function fromApiException(error: ApiExceptionShape): VendorCallError {
  const body = HubspotErrorWire.safeParse(typeof error.body === 'string' ? safeJson(error.body) : error.body);
  const wire = body.success ? body.data : {};
  const headers = error.headers ?? {};
  let kind = kindOfStatus(error.code);
  if (kind === 'rate_limited' && wire.policyName !== undefined && DAILY_POLICIES.has(wire.policyName)) kind = 'quota_exhausted';
  const words = [wire.category, wire.message].filter((w): w is string => w !== undefined && w !== '');
  const retryAfterSeconds = parseRetryAfter(headers['retry-after'] ?? headers['Retry-After']);
  return new VendorCallError({
    vendor: 'hubspot',
    kind,
    status: error.code,
    vendorMessage: words.length > 0 ? words.join(': ') : `HTTP ${error.code}`,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    cause: error,
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

/** Any failure of a HubSpot SDK call as a classified VendorCallError (already classified ones pass through). */
export function classifyHubspotFailure(error: unknown): VendorCallError {
  if (error instanceof VendorCallError) return error;
  if (isApiException(error)) return fromApiException(error);
  const message = error instanceof Error ? error.message : String(error);
  if (isNetworkError(error)) return new VendorCallError({ vendor: 'hubspot', kind: 'network', vendorMessage: message, cause: error });
  return new VendorCallError({ vendor: 'hubspot', kind: 'unknown', vendorMessage: message, cause: error });
}
