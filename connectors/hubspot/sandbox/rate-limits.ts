import type { Request, RequestHandler } from 'express';
import { RateWindow, sendReply, tokenOf } from '../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from './deps.ts';
import { hubspotRateLimited } from './error-bodies.ts';

// https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines
// Two windows per portal: the burst limit (110 per 10 s for a public app) for every call except
// search, and search's own 5 per second. Only burst answers carry X-HubSpot-RateLimit-* headers;
// the Daily headers are not sent to OAuth-authorised calls, so the sandbox never sends them.

const SEARCH_PATH = /^\/crm\/v3\/objects\/[^/]+\/search\/?$/;

export function isSearchCall(req: Request): boolean {
  return req.method === 'POST' && SEARCH_PATH.test(req.path);
}

export interface HubspotRateLimits {
  middleware: RequestHandler;
  reset(): void;
}

/** Counts each authorised call against its portal's window (the token's subject is the portal id). */
export function hubspotRateLimits(deps: HubspotSandboxDeps): HubspotRateLimits {
  const { ctx, settings } = deps;
  // A time scale K (benchmarks) shortens both windows K times, so a run K times shorter meets the same limit.
  const burst = new RateWindow({ limit: settings.rateLimit.max, windowMs: settings.rateLimit.windowMs / settings.timeScale, clock: ctx.clock });
  const search = new RateWindow({ limit: settings.searchPerSecond, windowMs: 1000 / settings.timeScale, clock: ctx.clock });

  const middleware: RequestHandler = (req, res, next) => {
    const portal = tokenOf(res).subject;
    if (isSearchCall(req)) {
      // The SDK retries this 429 after 1 s only when the message is exactly "You have reached your secondly limit."
      if (!search.take(portal).allowed) return sendReply(res, hubspotRateLimited('SECONDLY'));
      return next();
    }
    const verdict = burst.take(portal);
    res.setHeader('X-HubSpot-RateLimit-Interval-Milliseconds', String(Math.round(verdict.windowMs)));
    res.setHeader('X-HubSpot-RateLimit-Max', String(verdict.limit));
    res.setHeader('X-HubSpot-RateLimit-Remaining', String(verdict.remaining));
    if (!verdict.allowed) return sendReply(res, hubspotRateLimited('TEN_SECONDLY_ROLLING'));
    next();
  };

  return {
    middleware,
    reset() {
      burst.reset();
      search.reset();
    },
  };
}
