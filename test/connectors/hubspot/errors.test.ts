import { describe, expect, it } from 'vitest';
import { classifyHubspotFailure } from '../../../connectors/hubspot/errors.ts';

// The classifier, line by line, with plain inputs shaped like the SDK's ApiException and node-fetch's errors.
const apiException = (code: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  Object.assign(new Error('HTTP-Code: ' + code), { code, body, headers });

describe('classifyHubspotFailure', () => {
  it.each([
    [400, 'rejected_record'], [409, 'rejected_record'], [401, 'auth_expired'], [403, 'forbidden'], [404, 'not_found'],
    [429, 'rate_limited'], [423, 'vendor_down'], [477, 'vendor_down'], [500, 'vendor_down'], [502, 'vendor_down'],
    [503, 'vendor_down'], [504, 'vendor_down'], [418, 'unknown'],
  ])('answers %i as %s', (code, kind) => {
    const failure = classifyHubspotFailure(apiException(code));
    expect([failure.kind, failure.status, failure.vendor]).toEqual([kind, code, 'hubspot']);
  });

  it('keeps HubSpot\'s category and message as the vendor message', () => {
    const failure = classifyHubspotFailure(apiException(400, { status: 'error', category: 'VALIDATION_ERROR', message: 'Property "missing" does not exist' }));
    expect(failure.vendorMessage).toBe('VALIDATION_ERROR: Property "missing" does not exist');
  });

  it('reads Retry-After on a 429 and keeps the ten-secondly policy retryable', () => {
    const failure = classifyHubspotFailure(apiException(429, { policyName: 'TEN_SECONDLY_ROLLING', message: 'You have reached your ten_secondly_rolling limit.' }, { 'retry-after': '7' }));
    expect([failure.kind, failure.retryAfterSeconds]).toEqual(['rate_limited', 7]);
  });

  it('answers a DAILY 429 as quota_exhausted', () => {
    expect(classifyHubspotFailure(apiException(429, { policyName: 'DAILY' })).kind).toBe('quota_exhausted');
  });

  it('reads a body the SDK could not parse as the message', () => {
    expect(classifyHubspotFailure(apiException(502, '<html>Bad gateway</html>')).vendorMessage).toBe('<html>Bad gateway</html>');
  });

  it.each([
    ['ECONNRESET', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a node-fetch system error', Object.assign(new Error('request failed'), { name: 'FetchError', type: 'system' })],
    ['a fetch failure', new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } })],
    ['a timeout', Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' })],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' })],
  ])('answers %s as network', (_label, error) => {
    expect(classifyHubspotFailure(error).kind).toBe('network');
  });

  it('answers anything else as unknown', () => {
    expect(classifyHubspotFailure(new Error('Cannot parse content')).kind).toBe('unknown');
    expect(classifyHubspotFailure('boom').kind).toBe('unknown');
  });
});
