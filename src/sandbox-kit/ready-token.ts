import type { SandboxContext } from './contract.ts';

/**
 * The sandbox's ready credential: the same token on every call unless a fault expired or revoked it,
 * then a fresh one from `issue` (as a private app's or integration user's would be).
 */
export function readyToken(ctx: Pick<SandboxContext, 'tokens'>, issue: () => string): () => string {
  let ready = issue();
  return () => {
    if (ctx.tokens.check(ready).status !== 'valid') ready = issue();
    return ready;
  };
}
