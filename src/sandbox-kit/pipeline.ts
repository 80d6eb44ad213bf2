import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { SandboxContext, VendorErrorShapes } from './contract.ts';
import { sendReply } from './send-reply.ts';

/** Records every answered call by route pattern when the response finishes. */
export function ledgerMiddleware(ctx: SandboxContext, mountPath: string): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      ctx.ledger.record({ vendor: ctx.vendor, method: req.method, endpoint: endpointOf(req, mountPath), status: res.statusCode, at: ctx.clock.now() });
    });
    next();
  };
}

// After routing, baseUrl + route.path is the pattern ("/crm/v3/objects/:objectType"); unrouted calls keep their path.
function endpointOf(req: Request, mountPath: string): string {
  const routePath = (req.route as { path?: unknown } | undefined)?.path;
  const full = typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : `${req.baseUrl}${req.path}`;
  const relative = full.startsWith(mountPath) ? full.slice(mountPath.length) : full;
  return relative === '' ? '/' : relative;
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
        case 'status':
          return sendReply(res, { status: fault.status, headers: fault.headers, body: fault.body ?? errors.serverError({ req, status: fault.status }).body });
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
      const message = err instanceof Error ? err.message : 'Invalid request';
      return sendReply(res, errors.badRequest({ req, message }));
    }
    ctx.log.error({ err, vendor: ctx.vendor, path: req.path }, 'sandbox route failed');
    sendReply(res, errors.serverError({ req, status: 500 }));
  };
}
