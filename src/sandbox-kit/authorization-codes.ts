import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import { sweepOldest } from './sweep-oldest.ts';

export interface CodeGrant {
  subject: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  metadata: Record<string, unknown>;
}

export type CodeRedemption =
  | { ok: true; grant: CodeGrant }
  | { ok: false; why: 'unknown_code' | 'expired_code' | 'used_code' | 'client_mismatch' | 'redirect_mismatch' | 'missing_verifier' | 'bad_verifier' };

/**
 * OAuth authorization codes for the web-server flow: single use, short-lived, bound to the
 * client and the exact redirect URI, with PKCE (RFC 7636) when the authorize call carried a challenge.
 */
export class AuthorizationCodes {
  private readonly codes = new Map<string, CodeGrant & { expiresAt: number; used: boolean }>();
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly retainEndedMs: number;
  private readonly sweepPerIssue: number;

  /**
   * `retainEndedSeconds`: how long past its expiry a code (used or not) is still told apart from an
   * unknown one ("expired", "already used") before it is forgotten; each issue looks at no more than
   * `sweepPerIssue` of the oldest codes.
   */
  constructor(options: { clock: Clock; ttlSeconds?: number; retainEndedSeconds?: number; sweepPerIssue?: number }) {
    this.clock = options.clock;
    this.ttlMs = (options.ttlSeconds ?? 600) * 1000;
    this.retainEndedMs = (options.retainEndedSeconds ?? 60 * 60) * 1000;
    this.sweepPerIssue = options.sweepPerIssue ?? 4;
  }

  /** How many codes are held (ended ones not yet forgotten included). */
  get size(): number {
    return this.codes.size;
  }

  issue(grant: Omit<CodeGrant, 'metadata'> & { metadata?: Record<string, unknown> }): string {
    const now = this.clock.now();
    sweepOldest(this.codes, this.sweepPerIssue, (entry) => entry.expiresAt + this.retainEndedMs <= now);
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { ...grant, metadata: grant.metadata ?? {}, expiresAt: this.clock.now() + this.ttlMs, used: false });
    return code;
  }

  redeem(code: string, presented: { clientId: string; redirectUri: string; codeVerifier?: string }): CodeRedemption {
    const entry = this.codes.get(code);
    if (!entry) return { ok: false, why: 'unknown_code' };
    if (entry.used) return { ok: false, why: 'used_code' };
    if (entry.expiresAt <= this.clock.now()) return { ok: false, why: 'expired_code' };
    if (entry.clientId !== presented.clientId) return { ok: false, why: 'client_mismatch' };
    if (entry.redirectUri !== presented.redirectUri) return { ok: false, why: 'redirect_mismatch' };
    if (entry.codeChallenge) {
      if (!presented.codeVerifier) return { ok: false, why: 'missing_verifier' };
      if (pkceChallenge(presented.codeVerifier, entry.codeChallengeMethod ?? 'plain') !== entry.codeChallenge) {
        return { ok: false, why: 'bad_verifier' };
      }
    }
    entry.used = true;
    const { expiresAt: _expiresAt, used: _used, ...grant } = entry;
    return { ok: true, grant };
  }

  reset(): void {
    this.codes.clear();
  }
}

export function pkceChallenge(verifier: string, method: 'S256' | 'plain'): string {
  return method === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
}
