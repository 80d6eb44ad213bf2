// Hands out each connection's access token and renews it: ahead of expiry, or once a vendor refused it.
// One refresh per connection at a time, because a vendor that rotates refresh tokens (Salesforce External
// Client Apps) refuses the old one at once: two refreshes racing would leave the loser with a dead token.
// A refresh the vendor refuses marks the connection needs_reauth, and every later call fails fast with
// ConnectionNeedsReauthError, without calling the vendor, until an admin reconnects.
import { callWithRetry } from '../connector-kit/call-with-retry.ts';
import { VendorCallError, nextStep } from '../connector-kit/failure.ts';
import type { FailureKind } from '../connector-kit/failure.ts';
import type { RetryPolicy } from '../connector-kit/retry-policy.ts';
import type { ConnectionRepository, OAuthTokens, RefreshedTokens, Vendor } from '../store/index.ts';
import { ConnectionNeedsReauthError } from './needs-reauth-error.ts';

/** Swaps a refresh token for new tokens; throws the vendor's classified VendorCallError when it fails. */
export type TokenRefresher = (refreshToken: string) => Promise<RefreshedTokens>;

export interface TokenKeeperOptions {
  connections: ConnectionRepository;
  refreshers: Partial<Record<Vendor, TokenRefresher>>;
  clock?: () => Date;
  /** Refresh when the token expires within this long (default 5 minutes), so no call is sent with a dying token. */
  refreshSkewMs?: number;
  /** Told once per connection that turns needs_reauth, e.g. to alert the admin. */
  onUnhealthy?: (tenantId: string, vendor: Vendor, reason: string) => void;
  /** Backoff for refreshes that failed for a passing reason (network, 5xx); tests inject `sleep`. */
  retry?: { policy?: RetryPolicy; sleep?: (ms: number) => Promise<void>; random?: () => number };
}

export interface TokenKeeper {
  /** The stored access token, refreshed first when it expires within the skew (null expiry: use until refused). */
  accessToken(tenantId: string, vendor: Vendor): Promise<string>;
  /** After a call came back auth_expired: a new token, or the stored one when another caller already replaced it. */
  refreshAfterRejection(tenantId: string, vendor: Vendor, rejectedToken: string): Promise<string>;
}

export const DEFAULT_REFRESH_SKEW_MS = 5 * 60_000;
const DEFAULT_REFRESH_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 };

/** Failures that say nothing about the credentials: thrown as they are, the connection stays healthy. */
const passing = (kind: FailureKind) => nextStep(kind) === 'retry' || kind === 'quota_exhausted';

function unclassified(vendor: Vendor, error: unknown): VendorCallError {
  if (error instanceof VendorCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VendorCallError({ vendor, kind: 'unknown', vendorMessage: message, cause: error });
}

export function createTokenKeeper(options: TokenKeeperOptions): TokenKeeper {
  const { connections, refreshers } = options;
  const clock = options.clock ?? (() => new Date());
  const skewMs = options.refreshSkewMs ?? DEFAULT_REFRESH_SKEW_MS;
  const inFlight = new Map<string, Promise<string>>();
  const keyOf = (tenantId: string, vendor: Vendor) => `${tenantId}\u0000${vendor}`;

  const expiresSoon = (tokens: OAuthTokens) =>
    tokens.expiresAt !== null && Date.parse(tokens.expiresAt) - clock().getTime() <= skewMs;

  async function markNeedsReauth(tenantId: string, vendor: Vendor, reason: string): Promise<never> {
    await connections.markStatus(tenantId, vendor, 'needs_reauth', reason);
    options.onUnhealthy?.(tenantId, vendor, reason);
    throw new ConnectionNeedsReauthError(tenantId, vendor, reason);
  }

  /** The tokens of a healthy connection. The status is read from the store each time, so a reconnect counts at once. */
  async function healthyTokens(tenantId: string, vendor: Vendor): Promise<OAuthTokens> {
    const connection = await connections.get(tenantId, vendor);
    if (!connection) throw new ConnectionNeedsReauthError(tenantId, vendor, 'not connected');
    if (connection.status !== 'healthy') {
      throw new ConnectionNeedsReauthError(tenantId, vendor, connection.statusReason ?? connection.status);
    }
    const tokens = await connections.getTokens(tenantId, vendor);
    return tokens ?? markNeedsReauth(tenantId, vendor, 'no tokens stored');
  }

  async function refresh(tenantId: string, vendor: Vendor, tokens: OAuthTokens): Promise<string> {
    const refresher = refreshers[vendor];
    const refreshToken = tokens.refreshToken;
    if (!refresher || !refreshToken) return markNeedsReauth(tenantId, vendor, 'the access token cannot be renewed: no refresh token');
    let refreshed: RefreshedTokens;
    try {
      refreshed = await callWithRetry(() => refresher(refreshToken), {
        classify: (error) => unclassified(vendor, error),
        policy: options.retry?.policy ?? DEFAULT_REFRESH_RETRY,
        ...(options.retry?.sleep ? { sleep: options.retry.sleep } : {}),
        ...(options.retry?.random ? { random: options.retry.random } : {}),
      });
    } catch (error) {
      const failure = unclassified(vendor, error);
      if (passing(failure.kind)) throw failure;
      return markNeedsReauth(tenantId, vendor, `refresh failed: ${failure.vendorMessage}`);
    }
    // saveTokens keeps the stored refresh token when the vendor did not send a new one.
    const { accessToken, refreshToken: rotated, expiresAt } = refreshed;
    await connections.saveTokens(tenantId, vendor, { accessToken, expiresAt, ...(rotated ? { refreshToken: rotated } : {}) });
    return accessToken;
  }

  /** Joins the connection's refresh in flight, or starts one that first checks it is `stillNeeded`. */
  function refreshOnce(tenantId: string, vendor: Vendor, stillNeeded: (tokens: OAuthTokens) => boolean): Promise<string> {
    const key = keyOf(tenantId, vendor);
    const running = inFlight.get(key);
    if (running) return running;
    const flight = (async () => {
      // Read inside the flight: a caller that saw the old token just before another refresh ended lands here.
      const tokens = await healthyTokens(tenantId, vendor);
      return stillNeeded(tokens) ? refresh(tenantId, vendor, tokens) : tokens.accessToken;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, flight);
    return flight;
  }

  return {
    async accessToken(tenantId, vendor) {
      // A refresh under way means the stored token was refused or is expiring: wait for the new one.
      const running = inFlight.get(keyOf(tenantId, vendor));
      if (running) return running;
      const tokens = await healthyTokens(tenantId, vendor);
      return expiresSoon(tokens) ? refreshOnce(tenantId, vendor, expiresSoon) : tokens.accessToken;
    },
    refreshAfterRejection(tenantId, vendor, rejectedToken) {
      return refreshOnce(tenantId, vendor, (tokens) => tokens.accessToken === rejectedToken);
    },
  };
}
