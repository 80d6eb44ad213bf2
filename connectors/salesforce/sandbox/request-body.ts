// JSON request bodies as Salesforce REST reads them, through the kit's parser: a body it cannot parse
// is 400 JSON_PARSER_ERROR with Jackson-style wording and the real line and column, never a stack trace;
// one over 50 MB (Salesforce's REST request limit) is 413 in the same error array [unconfirmed wording].
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { jsonBody } from '../../../src/sandbox-kit/index.ts';
import { jsonParserError, salesforceError } from './error-bodies.ts';

/** Parses JSON bodies (application/json and +json types, any JSON value) and answers what it refuses. */
export function salesforceJsonBody(): [RequestHandler, ErrorRequestHandler] {
  return jsonBody({ limit: '50mb', type: ['application/json', 'application/*+json'], strict: false }, {
    malformed: ({ line, column, message }) => jsonParserError(`Unexpected character in JSON: ${message} at [line:${line}, column:${column}]`),
    tooLarge: ({ limit }) => salesforceError(413, 'REQUEST_ENTITY_TOO_LARGE', `The request body is larger than the ${limit} this API accepts.`),
  });
}
