// The org's API allocation as the sandbox enforces it: every authenticated REST or SOAP call counts
// against a rolling 24-hour allocation (settings.apiDailyLimit); each REST answer carries
// `Sforce-Limit-Info: api-usage=used/max`, and once the allocation is spent REST calls get
// 403 REQUEST_LIMIT_EXCEEDED. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm
import type { RequestHandler, Response } from 'express';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import type { IssuedToken } from '../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from './deps.ts';
import type { SalesforceSandboxState } from './state/index.ts';
import { requestLimitExceeded } from './error-bodies.ts';
import { ApiUsage } from './state/api-usage.ts';
import type { ApiUsageVerdict } from './state/api-usage.ts';

export const LIMIT_INFO_HEADER = 'Sforce-Limit-Info';

// One allocation per simulated org, shared by the middleware, SOAP and /limits; it is cleared with
// the org's state and shows in its snapshot as `apiUsage`.
const usageByOrg = new WeakMap<SalesforceSandboxState, ApiUsage>();

/** The API allocation of this sandbox's org, created (and hooked to the state's reset) on first use. */
export function apiUsageOf(deps: SalesforceSandboxDeps): ApiUsage {
  let usage = usageByOrg.get(deps.state);
  if (!usage) {
    const created = new ApiUsage({ clock: deps.ctx.clock, dailyLimit: deps.settings.apiDailyLimit });
    usageByOrg.set(deps.state, created);
    deps.state.onReset(() => created.reset());
    deps.state.addSnapshotPart('apiUsage', () => created.peek(deps.settings.orgId));
    usage = created;
  }
  return usage;
}

/** The org a token acts for: its subject, or the configured org for tokens issued without one. */
function orgOf(deps: SalesforceSandboxDeps, token: IssuedToken | undefined): string {
  return token?.subject || deps.settings.orgId;
}

export function limitInfoValue(verdict: Pick<ApiUsageVerdict, 'used' | 'max'>): string {
  return `api-usage=${verdict.used}/${verdict.max}`;
}

/**
 * Counts one authenticated call for `org` (SOAP calls, whose session travels in the envelope, call
 * this after checking it). With `res`, the answer gets the Sforce-Limit-Info header.
 */
export function chargeApiCall(deps: SalesforceSandboxDeps, org: string, res?: Response): ApiUsageVerdict {
  const verdict = apiUsageOf(deps).take(org);
  res?.setHeader(LIMIT_INFO_HEADER, limitInfoValue(verdict));
  return verdict;
}

/**
 * Mount after `requireBearer` and before the REST routes: counts the call against the token's org,
 * sets Sforce-Limit-Info, and refuses with 403 REQUEST_LIMIT_EXCEEDED once the allocation is spent.
 */
export function apiUsageMiddleware(deps: SalesforceSandboxDeps): RequestHandler {
  apiUsageOf(deps);
  return (_req, res, next) => {
    const token = res.locals.sandboxToken as IssuedToken | undefined;
    const verdict = chargeApiCall(deps, orgOf(deps, token), res);
    if (!verdict.allowed) return sendReply(res, requestLimitExceeded());
    next();
  };
}
