import type { Request, RequestHandler, Response } from 'express';
import type { SandboxContext, VendorErrorShapes } from './contract.ts';
import type { IssuedToken } from './tokens.ts';
import { sendReply } from './send-reply.ts';

/** The token a request was authorised with (set by `requireBearer`). */
export function tokenOf(res: Response): IssuedToken {
  const token = res.locals.sandboxToken as IssuedToken | undefined;
  if (!token) throw new Error('tokenOf() called on a route without requireBearer()');
  return token;
}

export function bearerFrom(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

/** Refuses calls without a live access token, in the vendor's own 401 shape. */
export function requireBearer(ctx: SandboxContext, errors: VendorErrorShapes): RequestHandler {
  return (req, res, next) => {
    const presented = bearerFrom(req);
    if (!presented) return sendReply(res, errors.unauthorized({ req, reason: 'missing' }));
    const verdict = ctx.tokens.check(presented);
    if (verdict.status !== 'valid') return sendReply(res, errors.unauthorized({ req, reason: verdict.status }));
    res.locals.sandboxToken = verdict.token;
    next();
  };
}
