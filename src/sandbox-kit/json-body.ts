import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import type { SandboxReply } from './contract.ts';
import { sendReply } from './send-reply.ts';

/** How a vendor words what body parsing refused. */
export interface JsonBodyErrors {
  /** A body that is not JSON, with where the parser stopped (1-based line and column). */
  malformed(info: { line: number; column: number; message: string; req: Request }): SandboxReply;
  /** A body over the limit (`length` in bytes when the client declared it). */
  tooLarge(info: { limit: string; length?: number; req: Request }): SandboxReply;
}

export interface JsonBodyOptions {
  /** The largest body accepted, as express writes it ("5mb"). */
  limit: string;
  /** Content types parsed as JSON (express's default: application/json). */
  type?: string | string[];
  /** False: any JSON value, not only objects and arrays, is a body. */
  strict?: boolean;
  /** Remember each body's length in characters, for `rawBodyLength`. */
  measure?: boolean;
}

const bodyLengths = new WeakMap<IncomingMessage, number>();

/** The length in characters of the JSON body a `jsonBody({ measure: true })` parsed (0 when none). */
export function rawBodyLength(req: Request): number {
  return bodyLengths.get(req) ?? 0;
}

type BodyParserError = Error & { type?: string; body?: string; length?: number };

/** Where the parser stopped, as 1-based line and column, from the "position N" of its message. */
export function parsePosition(body: string, message: string): { line: number; column: number } {
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : body.length;
  const before = body.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON bodies and answers what it refuses in the vendor's shape (never express's HTML page):
 * use as `router.use(...jsonBody(options, errors))`. Other errors pass on.
 */
export function jsonBody(options: JsonBodyOptions, errors: JsonBodyErrors): [RequestHandler, ErrorRequestHandler] {
  const parse = express.json({
    limit: options.limit,
    ...(options.type === undefined ? {} : { type: options.type }),
    ...(options.strict === undefined ? {} : { strict: options.strict }),
    ...(options.measure ? { verify: (req: IncomingMessage, _res: unknown, buf: Buffer) => void bodyLengths.set(req, buf.toString('utf8').length) } : {}),
  });
  const refused: ErrorRequestHandler = (err: unknown, req, res, next) => {
    const failure = err as BodyParserError;
    if (failure instanceof Error && failure.type === 'entity.too.large') {
      return sendReply(res, errors.tooLarge({ limit: options.limit, ...(failure.length === undefined ? {} : { length: failure.length }), req }));
    }
    if (!(failure instanceof Error) || failure.type !== 'entity.parse.failed') return next(err);
    const { line, column } = parsePosition(failure.body ?? '', failure.message);
    sendReply(res, errors.malformed({ line, column, message: failure.message, req }));
  };
  return [parse, refused];
}
