// JSON request bodies as HubSpot reads them, through the kit's parser: a body that is not JSON gets
// HubSpot's 400 (its API answers Jackson's parse error as a VALIDATION_ERROR naming line and column);
// an oversized one 413 [unconfirmed wording].
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { jsonBody } from '../../../src/sandbox-kit/index.ts';
import { hubspotError } from './error-bodies.ts';

/** The raw length of each JSON body, for the search endpoint's 3,000-character limit. */
export { rawBodyLength } from '../../../src/sandbox-kit/index.ts';

/** Parses JSON bodies (as the SDK sends them), remembers how long each was, and answers what it refuses. */
export function hubspotJsonBody(): [RequestHandler, ErrorRequestHandler] {
  return jsonBody({ limit: '5mb', measure: true }, {
    malformed: ({ line, column, message }) => hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON on line ${line}, column ${column}: ${message}`),
    tooLarge: ({ limit, length }) => {
      const size = length === undefined ? 'The request body' : `The request body (${length} bytes)`;
      return hubspotError(413, 'VALIDATION_ERROR', `${size} is larger than the ${limit} this API accepts.`);
    },
  });
}
