import type Bottleneck from 'bottleneck';
import { VendorCallError } from './failure.ts';
import { decideRetry, defaultRetryPolicy } from './retry-policy.ts';
import type { RetryDecision, RetryPolicy } from './retry-policy.ts';

export interface CallOptions {
  /** Turns whatever the SDK threw into a classified failure (the vendor's errors.ts). */
  classify: (error: unknown) => VendorCallError;
  /** The tenant's limiter for this vendor; every attempt, retries included, waits its turn. */
  limiter?: Bottleneck;
  /**
   * Bottleneck priority, 0 (first) to 9: real-time work (webhooks, routing) goes before bulk work
   * (full syncs, hygiene) queued on the same tenant's limiter. Default 5.
   */
  priority?: number;
  policy?: RetryPolicy;
  /** Injected in tests so backoff is counted, not waited. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (info: { attempt: number; failure: VendorCallError; decision: Extract<RetryDecision, { retry: true }> }) => void;
  /** Called as each attempt is sent (after the limiter lets it go), so callers count API calls, retries included. */
  onAttempt?: () => void;
  /**
   * Renews the credentials after an auth_expired failure (a token keeper's refreshAfterRejection); the call
   * is then sent once more, as another attempt. A second auth_expired is thrown: a fresh token that is
   * refused too will not be fixed by refreshing again.
   */
  reauthorize?: () => Promise<void>;
}

/** What a connector capability takes: every call option except the vendor's own classifier and limiter. */
export type RetryOptions = Omit<CallOptions, 'classify' | 'limiter' | 'onAttempt'>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One vendor call through the tenant's limiter, retried only for retryable failures (429, 5xx,
 * network), honouring Retry-After, and once after `reauthorize` for an expired token. Anything else is
 * thrown at once as a VendorCallError.
 */
export async function callWithRetry<T>(call: () => Promise<T>, options: CallOptions): Promise<T> {
  const policy = options.policy ?? defaultRetryPolicy;
  const sleep = options.sleep ?? realSleep;
  let reauthorized = false;
  for (let attempt = 1; ; attempt++) {
    const sent = () => {
      options.onAttempt?.();
      return call();
    };
    try {
      return options.limiter ? await options.limiter.schedule({ priority: options.priority ?? 5 }, sent) : await sent();
    } catch (error) {
      const failure = error instanceof VendorCallError ? error : options.classify(error);
      if (failure.kind === 'auth_expired' && options.reauthorize && !reauthorized) {
        reauthorized = true;
        await options.reauthorize();
        continue;
      }
      const decision = decideRetry(failure, attempt, policy, options.random);
      if (!decision.retry) throw failure;
      options.onRetry?.({ attempt, failure, decision });
      await sleep(decision.waitMs);
    }
  }
}
