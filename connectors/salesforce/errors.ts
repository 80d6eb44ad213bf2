// Salesforce's error codes as the connector kit's failure kinds: one table, tested line by line.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#statuscode
// jsforce drops the HTTP status: a REST error becomes an Error named after its `errorCode` with the body
// item in `data`, a body that is not Salesforce's JSON becomes `ERROR_HTTP_<status>`, and a dropped
// connection is fetch's TypeError with the socket's code in `cause`. See QUIRKS.md, "Connector".
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { FailureKind } from '../../src/connector-kit/failure.ts';

interface CodeRule {
  kind: FailureKind;
  /** The HTTP status Salesforce answers the code with, where one is documented. */
  status?: number;
}

const rejected: CodeRule = { kind: 'rejected_record', status: 400 };

/** Whole codes first; prefixes (INSUFFICIENT_ACCESS…, FIELD_…) after. */
export const SALESFORCE_CODES: Readonly<Record<string, CodeRule>> = {
  INVALID_SESSION_ID: { kind: 'auth_expired', status: 401 },
  // The rolling 24-hour allocation is spent: backing off seconds does not help (QUIRKS.md, Limits).
  REQUEST_LIMIT_EXCEEDED: { kind: 'quota_exhausted', status: 403 },
  SERVER_UNAVAILABLE: { kind: 'vendor_down', status: 503 },
  UNKNOWN_EXCEPTION: { kind: 'vendor_down', status: 500 },
  // Another transaction holds the row (a trigger, a bulk job): the same write succeeds moments later.
  UNABLE_TO_LOCK_ROW: { kind: 'vendor_down', status: 400 },
  REQUIRED_FIELD_MISSING: rejected,
  INVALID_EMAIL_ADDRESS: rejected,
  DUPLICATES_DETECTED: rejected,
  DUPLICATE_VALUE: rejected,
  FIELD_CUSTOM_VALIDATION_EXCEPTION: rejected,
  FIELD_INTEGRITY_EXCEPTION: rejected,
  STRING_TOO_LONG: rejected,
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: rejected,
  INVALID_FIELD_FOR_INSERT_UPDATE: rejected,
  INVALID_CROSS_REFERENCE_KEY: rejected,
  CANNOT_UPDATE_CONVERTED_LEAD: rejected,
  JSON_PARSER_ERROR: rejected,
  MALFORMED_ID: rejected,
  // Our SOQL or field list is wrong: a bug to stop on and alert about, not a record to dead-letter.
  MALFORMED_QUERY: { kind: 'unknown', status: 400 },
  INVALID_FIELD: { kind: 'unknown', status: 400 },
  INVALID_TYPE: { kind: 'unknown', status: 400 },
  INVALID_QUERY_FILTER_OPERATOR: { kind: 'unknown', status: 400 },
  INVALID_QUERY_LOCATOR: { kind: 'unknown', status: 400 },
  NOT_FOUND: { kind: 'not_found', status: 404 },
  ENTITY_IS_DELETED: { kind: 'not_found', status: 404 },
  API_DISABLED_FOR_ORG: { kind: 'forbidden', status: 403 },
  API_CURRENTLY_DISABLED: { kind: 'forbidden', status: 403 },
  // A refresh the org refused (revoked or rotated refresh token): an admin must reconnect.
  invalid_grant: { kind: 'forbidden', status: 400 },
};

const PREFIXES: ReadonlyArray<[string, CodeRule]> = [
  ['INSUFFICIENT_ACCESS', { kind: 'forbidden', status: 403 }],
  ['FIELD_', rejected],
];

const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE',
  'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT',
]);

/** The failure kind of one Salesforce code (`errorCode` of REST, `statusCode` of collection results, SOAP faults). */
export function salesforceCodeRule(code: string): CodeRule {
  const bare = code.replace(/^sf:/, '');
  const exact = SALESFORCE_CODES[bare];
  if (exact) return exact;
  const prefixed = PREFIXES.find(([prefix]) => bare.startsWith(prefix));
  if (prefixed) return prefixed[1];
  const http = /^ERROR_HTTP_(\d{3})$/.exec(bare);
  if (http) return ruleForStatus(Number(http[1]));
  return { kind: 'unknown' };
}

function ruleForStatus(status: number): CodeRule {
  if (status === 401) return { kind: 'auth_expired', status };
  if (status === 403) return { kind: 'forbidden', status };
  if (status === 404) return { kind: 'not_found', status };
  if (status === 429) return { kind: 'rate_limited', status };
  if (status >= 500) return { kind: 'vendor_down', status };
  if (status >= 400) return { kind: 'rejected_record', status };
  return { kind: 'unknown', status };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The socket error's code behind fetch's "fetch failed" TypeError (undici nests it once or twice). */
function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== undefined && depth < 4; current = field(current, 'cause'), depth++) {
    const code = text(field(current, 'code'));
    if (code && NETWORK_CODES.has(code)) return code;
  }
  return undefined;
}

/** Whatever jsforce (or fetch under it) threw, as a classified VendorCallError. */
export function classifySalesforceFailure(error: unknown): VendorCallError {
  if (error instanceof VendorCallError) return error;
  const network = networkCode(error);
  if (network) return new VendorCallError({ vendor: 'salesforce', kind: 'network', vendorMessage: network, cause: error });
  if (field(error, 'name') === 'AbortError') {
    return new VendorCallError({ vendor: 'salesforce', kind: 'network', vendorMessage: 'request timed out', cause: error });
  }
  const data = field(error, 'data');
  const code = text(field(error, 'errorCode')) ?? text(field(data, 'errorCode')) ?? text(field(data, 'statusCode'))
    ?? text(field(error, 'statusCode')) ?? text(field(error, 'name'));
  const message = text(field(error, 'message')) ?? text(field(data, 'message')) ?? String(error);
  const status = field(error, 'status');
  const rule = code ? salesforceCodeRule(code) : { kind: 'unknown' as const };
  const finalRule = rule.kind === 'unknown' && typeof status === 'number' ? ruleForStatus(status) : rule;
  return new VendorCallError({
    vendor: 'salesforce',
    kind: finalRule.kind,
    status: finalRule.status,
    vendorMessage: code && code !== 'Error' ? `${code}: ${message}` : message,
    cause: error,
  });
}
