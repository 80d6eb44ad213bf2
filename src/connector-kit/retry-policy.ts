import type { FailureKind } from './failure.ts';
import { nextStep } from './failure.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

export type RetryDecision =
  | { retry: true; waitMs: number; because: 'retry_after' | 'backoff' }
  | { retry: false; because: 'not_retryable' | 'out_of_attempts' };

/**
 * Whether to try a failed call again and after how long: the vendor's Retry-After when it sent one,
 * else full-jitter exponential backoff. Pure: `random` is passed in, so tests need no timers.
 */
export function decideRetry(
  failure: { kind: FailureKind; retryAfterSeconds?: number },
  attempt: number,
  policy: RetryPolicy = defaultRetryPolicy,
  random: () => number = Math.random,
): RetryDecision {
  if (nextStep(failure.kind) !== 'retry') return { retry: false, because: 'not_retryable' };
  if (attempt >= policy.maxAttempts) return { retry: false, because: 'out_of_attempts' };
  if (failure.retryAfterSeconds !== undefined && Number.isFinite(failure.retryAfterSeconds)) {
    return { retry: true, waitMs: Math.min(policy.maxDelayMs, Math.max(0, failure.retryAfterSeconds * 1000)), because: 'retry_after' };
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return { retry: true, waitMs: Math.floor(random() * ceiling), because: 'backoff' };
}

/** Retry-After as seconds: RFC 9110 allows delta-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
