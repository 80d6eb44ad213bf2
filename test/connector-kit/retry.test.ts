import { describe, expect, it } from 'vitest';
import { VendorCallError, callWithRetry, decideRetry, nextStep, parseRetryAfter } from '../../src/connector-kit/index.ts';
import type { FailureKind } from '../../src/connector-kit/index.ts';

const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };
const failure = (kind: FailureKind, retryAfterSeconds?: number) => new VendorCallError({ vendor: 'hubspot', kind, vendorMessage: 'x', retryAfterSeconds });

describe('next step per failure kind', () => {
  it.each([
    ['rate_limited', 'retry'], ['vendor_down', 'retry'], ['network', 'retry'], ['auth_expired', 'refresh_token'],
    ['rejected_record', 'dead_letter'], ['not_found', 'dead_letter'], ['quota_exhausted', 'pause_until_reset'],
    ['forbidden', 'stop_and_alert'], ['unknown', 'stop_and_alert'],
  ] as const)('%s → %s', (kind, step) => {
    expect(nextStep(kind)).toBe(step);
  });
});

describe('retry decision', () => {
  it('waits what Retry-After says when the vendor sent it', () => {
    expect(decideRetry(failure('rate_limited', 7), 1, policy, () => 0.5)).toEqual({ retry: true, waitMs: 7000, because: 'retry_after' });
  });

  it('backs off with full jitter under a doubling ceiling otherwise', () => {
    expect([1, 2, 3].map((attempt) => decideRetry(failure('vendor_down'), attempt, policy, () => 0.5))).toEqual([
      { retry: true, waitMs: 500, because: 'backoff' },
      { retry: true, waitMs: 1000, because: 'backoff' },
      { retry: true, waitMs: 2000, because: 'backoff' },
    ]);
  });

  it('never retries a rejected record', () => {
    expect(decideRetry(failure('rejected_record'), 1, policy)).toEqual({ retry: false, because: 'not_retryable' });
  });

  it('stops after the last attempt', () => {
    expect(decideRetry(failure('rate_limited', 1), 4, policy)).toEqual({ retry: false, because: 'out_of_attempts' });
  });

  it('caps a long Retry-After at the policy ceiling', () => {
    expect(decideRetry(failure('rate_limited', 3600), 1, policy)).toMatchObject({ waitMs: 30_000 });
  });
});

describe('Retry-After header', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('12')).toBe(12);
  });

  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(10);
  });

  it('ignores what it cannot read', () => {
    expect([parseRetryAfter(undefined), parseRetryAfter('soon')]).toEqual([undefined, undefined]);
  });
});

describe('callWithRetry', () => {
  it('retries a 429 and then answers, having waited what the vendor asked', async () => {
    const waits: number[] = [];
    let calls = 0;
    const answer = await callWithRetry(async () => {
      calls += 1;
      if (calls === 1) throw failure('rate_limited', 2);
      return 'ok';
    }, { classify: () => failure('unknown'), sleep: async (ms) => void waits.push(ms), policy });
    expect([answer, calls, waits]).toEqual(['ok', 2, [2000]]);
  });

  it('throws a rejected record at once without retrying', async () => {
    let calls = 0;
    const attempt = callWithRetry(async () => {
      calls += 1;
      throw new Error('bad email');
    }, { classify: () => failure('rejected_record'), sleep: async () => {}, policy });
    await expect(attempt).rejects.toMatchObject({ kind: 'rejected_record' });
    expect(calls).toBe(1);
  });

  it('gives up after the policy attempts with the last failure', async () => {
    let calls = 0;
    const attempt = callWithRetry(async () => {
      calls += 1;
      throw failure('vendor_down');
    }, { classify: () => failure('unknown'), sleep: async () => {}, policy, random: () => 0 });
    await expect(attempt).rejects.toMatchObject({ kind: 'vendor_down' });
    expect(calls).toBe(4);
  });
});

describe('callWithRetry attempt counting', () => {
  it('reports every attempt sent, retries included, even when the call finally fails', async () => {
    let attempts = 0;
    const attempt = callWithRetry(async () => {
      throw failure('vendor_down');
    }, { classify: () => failure('unknown'), sleep: async () => {}, policy, random: () => 0, onAttempt: () => void attempts++ });
    await expect(attempt).rejects.toMatchObject({ kind: 'vendor_down' });
    expect(attempts).toBe(policy.maxAttempts);
  });
});
