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

/** Parses JSON bodies (as the SDK sends them) and remembers how long each was. */
export function hubspotJsonBody(): RequestHandler {
  return express.json({
    limit: '5mb',
    verify: (req, _res, buf) => {
      bodyLengths.set(req, buf.toString('utf8').length);
    },
  });
}

/**
 * A body that is not JSON gets HubSpot's 400 (its API answers Jackson's parse error as a
 * VALIDATION_ERROR naming line and column), never express's HTML error page.
 */
export const malformedJsonHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (!(err instanceof SyntaxError) || (err as SyntaxError & { type?: string }).type !== 'entity.parse.failed') return next(err);
  const body = (err as SyntaxError & { body?: string }).body ?? '';
  const at = /position (\d+)/.exec(err.message);
  const offset = at ? Number(at[1]) : body.length;
  const before = body.slice(0, offset).split('\n');
  const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON on ${where}: ${err.message}`));
};
