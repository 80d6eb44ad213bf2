import type { Vendor } from '../store/index.ts';
import type { TokenKeeper } from './token-keeper.ts';

export interface TokenSession {
  /** The token to send now; remembered, so a rejection names the token that was refused. */
  token(): Promise<string>;
  /** callWithRetry's `reauthorize`: renews the token the last attempt sent. */
  reauthorize(): Promise<void>;
}

/**
 * A token keeper seen from one logical call (or one worker): read `token()` inside each attempt and pass
 * `reauthorize` to callWithRetry, and an expired token is refreshed once and the call sent again.
 */
export function tokenSession(keeper: TokenKeeper, tenantId: string, vendor: Vendor): TokenSession {
  let sent: string | undefined;
  return {
    async token() {
      sent = await keeper.accessToken(tenantId, vendor);
      return sent;
    },
    async reauthorize() {
      sent = sent === undefined ? await keeper.accessToken(tenantId, vendor) : await keeper.refreshAfterRejection(tenantId, vendor, sent);
    },
  };
}
