// Every Salesforce call of the connector goes through here: the tenant's limiter, the kit's retry with
// this folder's classifier, a count of attempts, and the allocation Salesforce reported on the answer.
import type Bottleneck from 'bottleneck';
import { callWithRetry } from '../../src/connector-kit/call-with-retry.ts';
import type { RetryOptions } from '../../src/connector-kit/call-with-retry.ts';
import type { SalesforceConnection } from './client.ts';
import { classifySalesforceFailure } from './errors.ts';

/** Retry and pacing for a capability; `sleep` and `random` are injected by tests so backoff is counted, not waited. */
export interface SalesforceCallOptions extends RetryOptions {
  limiter?: Bottleneck;
}

/** The org's rolling 24-hour allocation as the last answer's `Sforce-Limit-Info: api-usage=used/limit` said. */
export interface ApiUsage {
  used: number;
  limit: number;
}

export interface SalesforceCaller {
  /** One logical call, retried as the policy allows; `calls` counts every attempt sent. */
  run<T>(call: (conn: SalesforceConnection) => Promise<T>): Promise<{ value: T; calls: number }>;
  /** GET a REST path (a query or a nextRecordsUrl) with jsforce's own retries off. */
  get(path: string, headers?: Record<string, string>): Promise<{ value: unknown; calls: number }>;
  /** DELETE a REST path (an sObject Collections delete) with jsforce's own retries off. */
  delete(path: string): Promise<{ value: unknown; calls: number }>;
  apiUsage(): ApiUsage | undefined;
}

// jsforce retries GET/PUT/DELETE on 420/429/5xx and socket errors by itself, sleeping 0.5–8 s outside any
// limiter; turned off per request so retries are paced, counted and classified in one place.
const NO_JSFORCE_RETRY = { retry: { maxRetries: 0 } };

export function salesforceCaller(conn: SalesforceConnection, options: SalesforceCallOptions = {}): SalesforceCaller {
  let usage: ApiUsage | undefined;
  const noteUsage = () => {
    const reported = conn.limitInfo.apiUsage;
    if (reported) usage = { used: reported.used, limit: reported.limit };
  };
  async function run<T>(call: (c: SalesforceConnection) => Promise<T>): Promise<{ value: T; calls: number }> {
    let calls = 0;
    const attempt = async () => {
      try {
        return await call(conn);
      } finally {
        noteUsage();
      }
    };
    const value = await callWithRetry(attempt, { ...options, classify: classifySalesforceFailure, onAttempt: () => void calls++ });
    return { value, calls };
  }
  return {
    run,
    get: (path, headers) => run((c) => c.request<unknown>({ method: 'GET', url: path, ...(headers ? { headers } : {}) }, NO_JSFORCE_RETRY)),
    delete: (path) => run((c) => c.request<unknown>({ method: 'DELETE', url: path }, NO_JSFORCE_RETRY)),
    apiUsage: () => usage,
  };
}
