// How REST routes answer a refused save: Salesforce's error array, each item `{message, errorCode,
// fields}` (plus `duplicateResult` when a duplicate rule blocked it); collections use `statusCode`.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
import type { Response } from 'express';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import { SObjectWriteError, httpStatusOf } from './state/index.ts';
import type { SObjectErrorItem } from './state/index.ts';
import { salesforceErrors } from './error-bodies.ts';

const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

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

export const NOT_FOUND = { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' } as const;

/** 404 NOT_FOUND, for unknown objects, records and paths. */
export function sendNotFound(res: Response): void {
  sendError(res, 404, NOT_FOUND.errorCode, NOT_FOUND.message);
}

/** A `?fields=` or body field the object lacks, in the wording describe-driven callers see. */
export function noSuchColumn(field: string, sobject: string): SObjectErrorItem {
  return {
    errorCode: 'INVALID_FIELD', fields: [],
    message: `No such column '${field}' on entity '${sobject}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  };
}
