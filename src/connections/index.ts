// Keeping each tenant's vendor connections usable: tokens renewed once, broken ones paused for the admin.
export { createTokenKeeper, DEFAULT_REFRESH_SKEW_MS } from './token-keeper.ts';
export type { TokenKeeper, TokenKeeperOptions, TokenRefresher } from './token-keeper.ts';
export { tokenSession } from './token-session.ts';
export type { TokenSession } from './token-session.ts';
export { ConnectionNeedsReauthError } from './needs-reauth-error.ts';
