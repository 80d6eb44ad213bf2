import { randomInt } from 'node:crypto';
import type { SandboxReply, VendorErrorShapes } from '../../../src/sandbox-kit/index.ts';
import { NOT_FOUND_MESSAGE } from './state/write-errors.ts';

// Salesforce REST answers every error as a JSON ARRAY of { message, errorCode, fields? }
// (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).
// jsforce turns a one-item array into HttpApiError(name = errorCode), several into MULTIPLE_API_ERRORS,
// and parses a body as JSON only when the content type says application/json.

export interface SalesforceErrorItem {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** The content type of Salesforce's JSON answers. */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/** Salesforce's error array with its JSON content type. */
export function salesforceErrors(status: number, items: SalesforceErrorItem[], headers: Record<string, string> = {}): SandboxReply {
  const body = items.map(({ message, errorCode, fields }) => (fields === undefined ? { message, errorCode } : { message, errorCode, fields }));
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body };
}

/** One error, the usual case. */
export function salesforceError(status: number, errorCode: string, message: string, fields?: string[]): SandboxReply {
  return salesforceErrors(status, [{ message, errorCode, ...(fields ? { fields } : {}) }]);
}

/** 401 for a missing, unknown, revoked or expired session: jsforce refreshes on it and replays the call. */
export function invalidSession(): SandboxReply {
  return salesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
}

/**
 * 403 REQUEST_LIMIT_EXCEEDED: the org's rolling 24-hour API allocation is spent. Salesforce REST never
 * answers 429 for it and sends no Retry-After; `retryAfterSeconds` is only set by an injected fault that
 * asks for one (see QUIRKS.md, "Injected rate limits").
 */
export function requestLimitExceeded(retryAfterSeconds?: number): SandboxReply {
  return salesforceErrors(
    403,
    [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
    retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** Salesforce's body for a JSON request body it cannot parse (Jackson's message, line and column). */
export function jsonParserError(message: string): SandboxReply {
  return salesforceError(400, 'JSON_PARSER_ERROR', message);
}

/** 404 for an unknown path or record. */
export function resourceNotFound(): SandboxReply {
  return salesforceError(404, 'NOT_FOUND', NOT_FOUND_MESSAGE);
}

// An unexpected failure names an ErrorId support can look up: "1234567890-12345 (-1234567890)".
function unexpectedErrorMessage(): string {
  const id = `${randomInt(100_000_000, 2_000_000_000)}-${randomInt(10_000, 100_000)} (${-randomInt(100_000_000, 2_000_000_000)})`;
  return `An unexpected error occurred. Please include this ErrorId if you contact support: ${id}`;
}

/** A 5xx in Salesforce's shape: 500 UNKNOWN_EXCEPTION, 503 SERVER_UNAVAILABLE, other codes as given. */
export function serverFailure(status: number): SandboxReply {
  if (status === 503) return salesforceError(503, 'SERVER_UNAVAILABLE', 'Server is unavailable, please try again later.');
  return salesforceError(status, 'UNKNOWN_EXCEPTION', unexpectedErrorMessage());
}

/** How the kit's faults, bearer check, 404 and error handler answer on Salesforce's behalf. */
export const salesforceErrorShapes: VendorErrorShapes = {
  // An injected `rate_limit` fault is the daily allocation running out: 403, never 429 (jsforce does not
  // retry it, which is the point of the test). A Retry-After the fault asks for is kept.
  rateLimited: ({ retryAfterSeconds }) => requestLimitExceeded(retryAfterSeconds),
  serverError: ({ status }) => serverFailure(status),
  // Salesforce answers a missing Authorization header exactly as an expired one.
  unauthorized: () => invalidSession(),
  badRequest: ({ message }) => jsonParserError(message),
  notFound: () => resourceNotFound(),
};
