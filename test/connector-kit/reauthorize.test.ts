import { describe, expect, it } from 'vitest';
import { VendorCallError, callWithRetry } from '../../src/connector-kit/index.ts';
import type { FailureKind } from '../../src/connector-kit/index.ts';

// An expired token is renewed once through `reauthorize` and the call sent again; a token refused twice is thrown.

const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };
const failure = (kind: FailureKind) => new VendorCallError({ vendor: 'hubspot', kind, status: kind === 'auth_expired' ? 401 : undefined, vendorMessage: kind });
const noSleep = async () => {};

/** A vendor call that fails with the given kinds in turn, then answers "ok"; counts attempts. */
function scripted(...kinds: FailureKind[]) {
  const script = [...kinds];
  const counts = { attempts: 0, reauthorized: 0 };
  return {
    counts,
    call: async () => {
      const kind = script.shift();
      if (kind) throw failure(kind);
      return 'ok';
    },
    options: {
      classify: () => failure('unknown'),
      policy,
      sleep: noSleep,
      onAttempt: () => void counts.attempts++,
      reauthorize: async () => void counts.reauthorized++,
    },
  };
}

describe('callWithRetry with reauthorize', () => {
  it('renews the token after a 401 and sends the call again as a second attempt', async () => {
    const vendor = scripted('auth_expired');
    expect(await callWithRetry(vendor.call, vendor.options)).toBe('ok');
    expect(vendor.counts).toEqual({ attempts: 2, reauthorized: 1 });
  });

  it('throws a second auth_expired instead of renewing again', async () => {
    const vendor = scripted('auth_expired', 'auth_expired');
    await expect(callWithRetry(vendor.call, vendor.options)).rejects.toMatchObject({ kind: 'auth_expired', status: 401 });
    expect(vendor.counts).toEqual({ attempts: 2, reauthorized: 1 });
  });

  it('throws auth_expired at once when no reauthorize is given', async () => {
    const vendor = scripted('auth_expired');
    const { reauthorize: _unused, ...options } = vendor.options;
    await expect(callWithRetry(vendor.call, options)).rejects.toMatchObject({ kind: 'auth_expired' });
    expect(vendor.counts.attempts).toBe(1);
  });

  it('lets a failed renewal through without sending the call again', async () => {
    const vendor = scripted('auth_expired');
    const refused = new Error('the connection needs to be reconnected');
    const attempt = callWithRetry(vendor.call, { ...vendor.options, reauthorize: async () => Promise.reject(refused) });
    await expect(attempt).rejects.toBe(refused);
    expect(vendor.counts.attempts).toBe(1);
  });

  it('still retries passing failures around the renewal, counting every attempt', async () => {
    const vendor = scripted('vendor_down', 'auth_expired', 'rate_limited');
    expect(await callWithRetry(vendor.call, vendor.options)).toBe('ok');
    expect(vendor.counts).toEqual({ attempts: 4, reauthorized: 1 });
  });
});
