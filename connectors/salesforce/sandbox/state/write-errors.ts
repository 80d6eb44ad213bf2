// Errors the org's save pipeline produces, as Salesforce names them. The wire shape (an array of
// `{message, errorCode, fields}`, or `statusCode` in collections) is the routes' business.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#statuscode

/** One match a duplicate rule found (DuplicateResult → MatchResult → MatchRecord). */
export interface DuplicateMatch {
  sobject: string;
  id: string;
}

/** DuplicateResult, as a refused save carries it. */
export interface DuplicateResult {
  allowSave: boolean;
  duplicateRule: string;
  duplicateRuleEntityType: string;
  errorMessage: string;
  matchResults: Array<{
    entityType: string;
    errors: unknown[];
    matchEngine: string;
    matchRecords: Array<{
      additionalInformation: unknown[];
      fieldDiffs: unknown[];
      matchConfidence: number;
      record: { attributes: { type: string; url: string }; Id: string };
    }>;
    rule: string;
    size: number;
    success: boolean;
  }>;
}

export interface SObjectErrorItem {
  errorCode: string;
  message: string;
  fields: string[];
  duplicateResult?: DuplicateResult;
}

/** A save the org refuses; `errors` are in the order Salesforce would list them. */
export class SObjectWriteError extends Error {
  readonly errors: SObjectErrorItem[];
  constructor(errors: SObjectErrorItem[]) {
    super(errors.map((e) => `${e.errorCode}: ${e.message}`).join('; '));
    this.name = 'SObjectWriteError';
    this.errors = errors;
  }

  /** The first error's code (most refusals carry one). */
  get errorCode(): string {
    return this.errors[0]?.errorCode ?? 'UNKNOWN_EXCEPTION';
  }
}

export function writeError(errorCode: string, message: string, fields: string[] = []): SObjectWriteError {
  return new SObjectWriteError([{ errorCode, message, fields }]);
}

/** HTTP status a single-record REST call answers with for an error code. */
export function httpStatusOf(errorCode: string): number {
  switch (errorCode) {
    case 'NOT_FOUND':
    case 'ENTITY_IS_DELETED':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'INSUFFICIENT_ACCESS_OR_READONLY':
    case 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY':
    case 'REQUEST_LIMIT_EXCEEDED':
      return 403;
    default:
      return 400;
  }
}

/** Salesforce's NOT_FOUND message, for unknown paths, objects and records alike. */
export const NOT_FOUND_MESSAGE = 'The requested resource does not exist';
