// How REST routes answer a refused save: Salesforce's error array, each item `{message, errorCode,
// fields}` (plus `duplicateResult` when a duplicate rule blocked it); collections use `statusCode`.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
import type { Response } from 'express';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import { SObjectWriteError, httpStatusOf } from './state/index.ts';
import type { SObjectErrorItem } from './state/index.ts';
import { JSON_CONTENT_TYPE, resourceNotFound, salesforceErrors } from './error-bodies.ts';

/** One REST error item as the wire carries it. */
export function restErrorItem(item: SObjectErrorItem): Record<string, unknown> {
  return { message: item.message, errorCode: item.errorCode, fields: item.fields, ...(item.duplicateResult ? { duplicateResult: item.duplicateResult } : {}) };
}

/** One error item inside a collection result (`statusCode` instead of `errorCode`). */
export function collectionErrorItem(item: SObjectErrorItem): Record<string, unknown> {
  return { statusCode: item.errorCode, message: item.message, fields: item.fields, ...(item.duplicateResult ? { duplicateResult: item.duplicateResult } : {}) };
}

/** Sends a refused save; rethrows anything that is not a SObjectWriteError (the host's handler answers it). */
export function sendWriteError(res: Response, err: unknown): void {
  if (!(err instanceof SObjectWriteError)) throw err;
  const status = httpStatusOf(err.errorCode);
  res.status(status).set('Content-Type', JSON_CONTENT_TYPE).send(JSON.stringify(err.errors.map(restErrorItem)));
}

/** A single error in Salesforce's array (no `fields` unless given). */
export function sendError(res: Response, status: number, errorCode: string, message: string, fields?: string[]): void {
  sendReply(res, salesforceErrors(status, [{ errorCode, message, ...(fields ? { fields } : {}) }]));
}

/** 404 NOT_FOUND, for unknown objects, records and paths. */
export function sendNotFound(res: Response): void {
  sendReply(res, resourceNotFound());
}

/**
 * 404 for the segment after /sobjects/{Type}/ when it is neither a record id of the object nor one of its
 * external id fields: Salesforce reads such a segment as an external id field name.
 */
export function sendNoSuchExternalIdField(res: Response, segment: string): void {
  sendError(res, 404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${segment}`);
}

/** A `?fields=` or body field the object lacks, in the wording describe-driven callers see. */
export function noSuchColumn(field: string, sobject: string): SObjectErrorItem {
  return {
    errorCode: 'INVALID_FIELD', fields: [],
    message: `No such column '${field}' on entity '${sobject}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  };
}
