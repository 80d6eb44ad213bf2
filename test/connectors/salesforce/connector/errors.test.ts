import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../../src/connector-kit/index.ts';
import { classifySalesforceFailure } from '../../../../connectors/salesforce/index.ts';

// What jsforce rejects with: an Error named after the errorCode, the body item in `data`.
function jsforceError(errorCode: string, message = 'vendor says no'): Error {
  return Object.assign(new Error(message), { name: errorCode, errorCode, data: { message, errorCode } });
}

describe('classifySalesforceFailure, one line per Salesforce answer', () => {
  it.each([
    ['INVALID_SESSION_ID', 'auth_expired', 401, 'refresh_token'],
    ['REQUEST_LIMIT_EXCEEDED', 'quota_exhausted', 403, 'pause_until_reset'],
    ['SERVER_UNAVAILABLE', 'vendor_down', 503, 'retry'],
    ['UNKNOWN_EXCEPTION', 'vendor_down', 500, 'retry'],
    ['UNABLE_TO_LOCK_ROW', 'vendor_down', 400, 'retry'],
    ['ERROR_HTTP_502', 'vendor_down', 502, 'retry'],
    ['ERROR_HTTP_429', 'rate_limited', 429, 'retry'],
    ['REQUIRED_FIELD_MISSING', 'rejected_record', 400, 'dead_letter'],
    ['INVALID_EMAIL_ADDRESS', 'rejected_record', 400, 'dead_letter'],
    ['DUPLICATES_DETECTED', 'rejected_record', 400, 'dead_letter'],
    ['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'rejected_record', 400, 'dead_letter'],
    ['FIELD_FILTER_VALIDATION_EXCEPTION', 'rejected_record', 400, 'dead_letter'],
    ['STRING_TOO_LONG', 'rejected_record', 400, 'dead_letter'],
    ['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'rejected_record', 400, 'dead_letter'],
    ['CANNOT_UPDATE_CONVERTED_LEAD', 'rejected_record', 400, 'dead_letter'],
    ['JSON_PARSER_ERROR', 'rejected_record', 400, 'dead_letter'],
    ['MALFORMED_QUERY', 'unknown', 400, 'stop_and_alert'],
    ['INVALID_FIELD', 'unknown', 400, 'stop_and_alert'],
    ['INVALID_QUERY_LOCATOR', 'unknown', 400, 'stop_and_alert'],
    ['NOT_FOUND', 'not_found', 404, 'dead_letter'],
    ['ENTITY_IS_DELETED', 'not_found', 404, 'dead_letter'],
    ['INSUFFICIENT_ACCESS', 'forbidden', 403, 'stop_and_alert'],
    ['INSUFFICIENT_ACCESS_OR_READONLY', 'forbidden', 403, 'stop_and_alert'],
    ['API_DISABLED_FOR_ORG', 'forbidden', 403, 'stop_and_alert'],
    ['sf:INVALID_SESSION_ID', 'auth_expired', 401, 'refresh_token'],
    ['SOMETHING_NEW', 'unknown', undefined, 'stop_and_alert'],
  ] as const)('%s is %s (%s), so the engine will %s', (code, kind, status, step) => {
    const failure = classifySalesforceFailure(jsforceError(code));
    expect({ kind: failure.kind, status: failure.status, step: nextStep(failure.kind) }).toEqual({ kind, status, step });
    expect(failure.vendorMessage).toBe(`${code}: vendor says no`);
  });

  it('reads a collections entry, which says statusCode where REST says errorCode', () => {
    expect(classifySalesforceFailure({ statusCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: x' })).toMatchObject({
      kind: 'rejected_record', vendorMessage: 'INVALID_EMAIL_ADDRESS: Email: invalid email address: x',
    });
  });

  it('calls a dropped connection a network failure, from the socket code fetch nests in cause', () => {
    const dropped = new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    expect(classifySalesforceFailure(dropped)).toMatchObject({ kind: 'network', vendorMessage: 'UND_ERR_SOCKET' });
    expect(classifySalesforceFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).kind).toBe('network');
  });

  it('calls an invalid_grant refresh refusal forbidden: an admin must reconnect, refreshing again cannot help', () => {
    expect(classifySalesforceFailure(Object.assign(new Error('expired access/refresh token'), { name: 'invalid_grant' })).kind).toBe('forbidden');
  });

  it('calls anything else unknown, keeping its message', () => {
    expect(classifySalesforceFailure(new Error('boom'))).toMatchObject({ kind: 'unknown', vendorMessage: 'boom' });
    expect(classifySalesforceFailure('text')).toMatchObject({ kind: 'unknown', vendorMessage: 'text' });
  });
});
