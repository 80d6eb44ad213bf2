import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import { hubspotError } from './error-bodies.ts';

// The raw length of each JSON body, for the search endpoint's 3,000-character limit.
const bodyLengths = new WeakMap<IncomingMessage, number>();

export function rawBodyLength(req: Request): number {
  return bodyLengths.get(req) ?? 0;
}

const BODY_LIMIT = '5mb';

/** Parses JSON bodies (as the SDK sends them) and remembers how long each was. */
export function hubspotJsonBody(): RequestHandler {
  return express.json({
    limit: BODY_LIMIT,
    verify: (req, _res, buf) => {
      bodyLengths.set(req, buf.toString('utf8').length);
    },
  });
}

type BodyParserError = Error & { type?: string; status?: number; body?: string; limit?: number; length?: number };

/**
 * What body parsing refused, in HubSpot's error shape rather than express's HTML page: a body that
 * is not JSON gets HubSpot's 400 (its API answers Jackson's parse error as a VALIDATION_ERROR naming
 * line and column); an oversized one 413 [unconfirmed wording]. Other errors pass on.
 */
export const malformedJsonHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const failure = err as BodyParserError;
  if (failure instanceof Error && failure.type === 'entity.too.large') {
    const size = failure.length === undefined ? 'The request body' : `The request body (${failure.length} bytes)`;
    return sendReply(res, hubspotError(413, 'VALIDATION_ERROR', `${size} is larger than the ${BODY_LIMIT} this API accepts.`));
  }
  if (!(err instanceof SyntaxError) || failure.type !== 'entity.parse.failed') return next(err);
  const body = failure.body ?? '';
  const at = /position (\d+)/.exec(err.message);
  const offset = at ? Number(at[1]) : body.length;
  const before = body.slice(0, offset).split('\n');
  const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON on ${where}: ${err.message}`));
};
