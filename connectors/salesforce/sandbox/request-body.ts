// JSON request bodies as Salesforce REST reads them: a body it cannot parse is 400 JSON_PARSER_ERROR
// with the parser's message, never a stack trace. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import { jsonParserError } from './error-bodies.ts';

/** Parses JSON bodies (application/json and +json types); up to 50 MB, Salesforce's REST request limit. */
export function salesforceJsonBody(): RequestHandler {
  return express.json({ type: ['application/json', 'application/*+json'], limit: '50mb', strict: false });
}

/** Answers a malformed JSON body the way Salesforce's parser does (Jackson's wording, no stack). */
export const malformedJsonHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (!(err instanceof SyntaxError) && !(typeof err === 'object' && err !== null && 'type' in err && err.type === 'entity.parse.failed')) {
    return next(err);
  }
  const detail = err instanceof Error ? err.message : 'malformed JSON';
  sendReply(res, jsonParserError(`Unexpected character in JSON: ${detail} at [line:1, column:1]`));
};
