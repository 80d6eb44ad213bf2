import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { SandboxContext, VendorErrorShapes } from './contract.ts';
import { sendReply } from './send-reply.ts';

/**
 * Records every call the vendor received, by route pattern, once it ends: answered (`finish`) or cut
 * off (`close` without an answer: dropped and timed-out calls count too, with status 0).
 */
export function ledgerMiddleware(ctx: SandboxContext, mountPath: string): RequestHandler {
  return (req, res, next) => {
    let recorded = false;
    const record = (status: number) => {
      if (recorded) return;
      recorded = true;
      ctx.ledger.record({ vendor: ctx.vendor, method: req.method, endpoint: endpointOf(req, mountPath), status, at: ctx.clock.now() });
    };
    res.once('finish', () => record(res.statusCode));
    res.once('close', () => record(res.writableFinished ? res.statusCode : 0));
    next();
  };
}

// After routing, baseUrl + route.path is the pattern ("/crm/v3/objects/:objectType"). A call refused
// before routing (401, 429, an injected fault) keeps its path with id-like segments folded to ":id",
// so counts do not split per record and the ledger does not grow with every id it sees.
function endpointOf(req: Request, mountPath: string): string {
  const routePath = (req.route as { path?: unknown } | undefined)?.path;
  const full = typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : foldIds(`${req.baseUrl}${req.path}`);
  const relative = full.startsWith(mountPath) ? full.slice(mountPath.length) : full;
  return relative === '' ? '/' : relative;
}

const idLike = /^(?=.*\d)[A-Za-z0-9_.@%+-]{4,}$|^\d+$|@|%40/;

function foldIds(path: string): string {
  return path.split('/').map((segment) => (idLike.test(segment) && !/^v\d+$/.test(segment) ? ':id' : segment)).join('/');
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Injected faults and the vendor's configured latency, applied before the vendor sees the call. */
export function faultMiddleware(ctx: SandboxContext, errors: VendorErrorShapes): RequestHandler {
  return (req, res, next) => {
    void (async () => {
      const latency = ctx.faults.defaultLatency();
      if (latency > 0) await wait(latency);
      const fault = ctx.faults.take(req.method, req.path);
      if (!fault) return next();
      switch (fault.kind) {
        case 'latency':
          await wait(fault.ms);
          return next();
        case 'rate_limit':
          return sendReply(res, errors.rateLimited({ req, retryAfterSeconds: fault.retryAfterSeconds }));
        case 'server_error':
          return sendReply(res, errors.serverError({ req, status: fault.status }));
        case 'status': {
          const shaped = fault.status < 500 ? errors.badRequest({ req, message: `injected ${fault.status}` }) : errors.serverError({ req, status: fault.status });
          return sendReply(res, { status: fault.status, headers: fault.headers, body: fault.body ?? shaped.body });
        }
        case 'drop':
          // The connection dies with no answer, as when a load balancer resets it.
          req.socket.destroy();
          return;
        case 'timeout': {
          const timer = setTimeout(() => req.socket.destroy(), fault.holdMs);
          req.socket.once('close', () => clearTimeout(timer));
          return;
        }
      }
    })().catch(next);
  };
}

/** The vendor's 404 for paths it does not serve. */
export function notFoundMiddleware(errors: VendorErrorShapes): RequestHandler {
  return (req, res) => sendReply(res, errors.notFound({ req }));
}

/** Whatever goes wrong inside a sandbox answers in the vendor's shape: never a stack trace. */
export function vendorErrorHandler(ctx: SandboxContext, errors: VendorErrorShapes): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 500;
    if (status >= 400 && status < 500) {
      // A client error (413 too large, 415…) keeps its status; the vendor shapes the body.
      const message = err instanceof Error ? err.message : 'Invalid request';
      return sendReply(res, { ...errors.badRequest({ req, message }), status });
    }
    ctx.log.error({ err, vendor: ctx.vendor, path: req.path }, 'sandbox route failed');
    sendReply(res, errors.serverError({ req, status: 500 }));
  };
}
