/**
 * What went wrong with a vendor call, as a closed set: each kind drives one decision.
 * Every vendor folder has an `errors.ts` that turns its wire errors into these.
 */
export type FailureKind =
  | 'rate_limited'
  | 'vendor_down'
  | 'network'
  | 'auth_expired'
  | 'forbidden'
  | 'not_found'
  | 'rejected_record'
  | 'quota_exhausted'
  | 'unknown';

export type NextStep = 'retry' | 'refresh_token' | 'dead_letter' | 'pause_until_reset' | 'stop_and_alert';

export function nextStep(kind: FailureKind): NextStep {
  switch (kind) {
    case 'rate_limited':
    case 'vendor_down':
    case 'network':
      return 'retry';
    case 'auth_expired':
      return 'refresh_token';
    case 'rejected_record':
    case 'not_found':
      return 'dead_letter';
    case 'quota_exhausted':
      return 'pause_until_reset';
    case 'forbidden':
    case 'unknown':
      return 'stop_and_alert';
    default:
      return assertNever(kind);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}

/** A failed vendor call with what the connector learned from it; thrown by connectors, read by the engine. */
export class VendorCallError extends Error {
  readonly vendor: string;
  readonly kind: FailureKind;
  readonly status: number | undefined;
  /** The vendor's own words (message, error code), for the dead-letter list and the admin. */
  readonly vendorMessage: string;
  /** Seconds the vendor asked us to wait (Retry-After), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: { vendor: string; kind: FailureKind; status?: number; vendorMessage: string; retryAfterSeconds?: number; cause?: unknown }) {
    super(`${options.vendor} ${options.kind}${options.status ? ` (${options.status})` : ''}: ${options.vendorMessage}`, { cause: options.cause });
    this.name = 'VendorCallError';
    this.vendor = options.vendor;
    this.kind = options.kind;
    this.status = options.status;
    this.vendorMessage = options.vendorMessage;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
