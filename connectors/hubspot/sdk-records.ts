import type Bottleneck from 'bottleneck';
import type { CallOptions, RetryOptions } from '../../src/connector-kit/call-with-retry.ts';
import { callWithRetry } from '../../src/connector-kit/call-with-retry.ts';
import { classifyHubspotFailure } from './errors.ts';

// What the feed, the reader and the writer share: SDK model objects back to wire JSON, and counted calls.

/**
 * The SDK turns `createdAt`/`updatedAt` (and each history entry's `timestamp`) into Dates; the wire
 * schemas (and HubSpot) speak ISO strings.
 */
export function sdkRecordToWire(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out[key === '_new' ? 'new' : key] = key === 'propertiesWithHistory' && typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value as Record<string, object[]>).map(([name, entries]) => [name, entries.map(sdkRecordToWire)]))
      : value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** A batch answer's results and errors back to wire JSON, for the `wire/object-batch.ts` schemas. */
export function sdkBatchToWire(answer: { results: object[]; errors?: object[] }): Record<string, unknown> {
  return { ...sdkRecordToWire(answer), results: answer.results.map(sdkRecordToWire), ...(answer.errors ? { errors: answer.errors.map(sdkRecordToWire) } : {}) };
}

/** Retry settings a connector capability takes: everything callWithRetry does except the classifier. */
export type HubspotRetryOptions = RetryOptions;

/** Calls through callWithRetry with HubSpot's classifier, counting every attempt (retries included). */
export class CountedCalls {
  calls = 0;
  private readonly options: CallOptions;

  constructor(limiter: Bottleneck | undefined, retry: HubspotRetryOptions) {
    this.options = { ...retry, classify: classifyHubspotFailure, ...(limiter ? { limiter } : {}), onAttempt: () => void this.calls++ };
  }

  run<T>(call: () => Promise<T>): Promise<T> {
    return callWithRetry(call, this.options);
  }

  /** The calls since the last take, and starts counting again. */
  take(): number {
    const calls = this.calls;
    this.calls = 0;
    return calls;
  }
}
