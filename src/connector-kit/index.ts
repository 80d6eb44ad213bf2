// What every vendor folder uses and no vendor knows.
export { ConnectorManifest, VendorId } from './manifest.ts';
export type { ConnectorModule } from './connector-module.ts';
export { VendorCallError, nextStep, assertNever } from './failure.ts';
export type { FailureKind, NextStep } from './failure.ts';
export { decideRetry, defaultRetryPolicy, parseRetryAfter } from './retry-policy.ts';
export type { RetryDecision, RetryPolicy } from './retry-policy.ts';
export { callWithRetry } from './call-with-retry.ts';
export type { CallOptions, RetryOptions } from './call-with-retry.ts';
export { emptyOutcome, mergeOutcomes } from './batch-outcome.ts';
export type { BatchOutcome } from './batch-outcome.ts';
export type { BatchWriter, ChangeFeed, FeedCursor, FeedPage } from './capabilities.ts';
export { VendorLimiters } from './vendor-limiter.ts';
export type { LimiterSettings } from './vendor-limiter.ts';
