import { randomUUID } from 'node:crypto';
import type { SandboxReply, VendorErrorShapes } from '../../../src/sandbox-kit/index.ts';

// HubSpot's error body (https://developers.hubspot.com/docs/api-reference/error-handling):
// { status: "error", message, correlationId, category, errors?, context? }. The SDK's Error model
// requires message, correlationId and category, so every body here carries all three.
export type HubspotCategory =
  | 'VALIDATION_ERROR'
  | 'OBJECT_NOT_FOUND'
  | 'CONFLICT'
  | 'MISSING_SCOPES'
  | 'INVALID_AUTHENTICATION'
  | 'EXPIRED_AUTHENTICATION'
  | 'RATE_LIMITS'
  | 'INTERNAL_ERROR'
  | 'BAD_REQUEST';

export interface HubspotErrorDetail {
  message: string;
  code?: string;
  in?: string;
  context?: Record<string, string[]>;
}

export function hubspotError(
  status: number,
  category: HubspotCategory,
  message: string,
  extra: { errors?: HubspotErrorDetail[]; context?: Record<string, string[]>; subCategory?: string; headers?: Record<string, string> } = {},
): SandboxReply {
  const { headers, ...rest } = extra;
  return { status, headers, body: { status: 'error', message, correlationId: randomUUID(), category, ...rest } };
}

/** The 429 body of the usage-guidelines page; HubSpot documents no Retry-After on REST 429s. */
export function hubspotRateLimited(policy: 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY', retryAfterSeconds?: number): SandboxReply {
  const message =
    policy === 'DAILY' ? 'You have reached your daily limit.'
    : policy === 'SECONDLY' ? 'You have reached your secondly limit.'
    : 'You have reached your ten_secondly_rolling limit.';
  return {
    status: 429,
    headers: retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) },
    body: {
      status: 'error',
      message,
      errorType: 'RATE_LIMIT',
      correlationId: randomUUID(),
      policyName: policy,
      requestId: randomUUID(),
      category: 'RATE_LIMITS',
    },
  };
}

/** How the kit's faults and checks answer on HubSpot's behalf. */
export const hubspotErrorShapes: VendorErrorShapes = {
  rateLimited: ({ retryAfterSeconds }) => hubspotRateLimited('TEN_SECONDLY_ROLLING', retryAfterSeconds),
  serverError: ({ status }) =>
    hubspotError(status, 'INTERNAL_ERROR', status === 503 ? 'Service Unavailable' : 'internal error'),
  unauthorized: ({ reason }) =>
    reason === 'expired'
      ? hubspotError(401, 'EXPIRED_AUTHENTICATION', 'The OAuth token used to make this call expired 0 minute(s) ago.')
      : hubspotError(
          401,
          'INVALID_AUTHENTICATION',
          reason === 'missing'
            ? 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview'
            : 'Authentication credentials are invalid or have been revoked.',
        ),
  badRequest: ({ message }) => hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON: ${message}`),
  notFound: ({ req }) => hubspotError(404, 'OBJECT_NOT_FOUND', `Unable to find a resource at ${req.method} ${req.originalUrl.split('?')[0]}`),
};
