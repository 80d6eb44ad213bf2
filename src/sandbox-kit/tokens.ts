import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import { sweepOldest } from './sweep-oldest.ts';

export interface IssuedToken {
  accessToken: string;
  refreshToken?: string;
  /** The account the token acts for (HubSpot portal id, Salesforce org id, Calendly organization). */
  subject: string;
  scopes: string[];
  clientId?: string;
  issuedAt: number;
  /** null: never expires (private-app tokens, the sandbox's ready token). */
  expiresAt: number | null;
  metadata: Record<string, unknown>;
}

export type TokenCheck =
  | { status: 'valid'; token: IssuedToken }
  | { status: 'expired' | 'unknown' | 'revoked' };

interface RefreshGrant {
  refreshToken: string;
  subject: string;
  scopes: string[];
  clientId?: string;
  metadata: Record<string, unknown>;
  revoked: boolean;
}

/**
 * Access and refresh tokens a sandbox has issued. Vendors differ in wire shapes, not in this
 * bookkeeping: expiry by the sandbox clock, refresh with or without rotation, revocation.
 */
export class TokenStore {
  private readonly access = new Map<string, IssuedToken & { revoked: boolean; revokedAt?: number }>();
  private readonly refresh = new Map<string, RefreshGrant>();
  private readonly clock: Clock;
  private readonly prefix: { access: string; refresh: string };
  private readonly retainEndedMs: number;
  private readonly sweepPerIssue: number;

  /**
   * `retainEndedSeconds`: how long an expired or revoked access token is still told apart from an
   * unknown one (vendors answer "expired" and "revoked" differently) before it is forgotten.
   * `sweepPerIssue`: how many of the oldest entries each issue looks at to forget ended ones.
   */
  constructor(options: { clock: Clock; prefix?: { access: string; refresh: string }; retainEndedSeconds?: number; sweepPerIssue?: number }) {
    this.clock = options.clock;
    this.prefix = options.prefix ?? { access: 'sbx-at-', refresh: 'sbx-rt-' };
    this.retainEndedMs = (options.retainEndedSeconds ?? 24 * 60 * 60) * 1000;
    this.sweepPerIssue = options.sweepPerIssue ?? 4;
  }

  /** How many access tokens and refresh grants the store holds (ended ones not yet forgotten included). */
  get size(): { access: number; refresh: number } {
    return { access: this.access.size, refresh: this.refresh.size };
  }

  issue(grant: {
    subject: string;
    scopes: string[];
    clientId?: string;
    ttlSeconds: number | null;
    withRefresh?: boolean;
    refreshToken?: string;
    metadata?: Record<string, unknown>;
  }): IssuedToken {
    const now = this.clock.now();
    this.sweep(now);
    const metadata = grant.metadata ?? {};
    let refreshToken = grant.refreshToken;
    if (grant.withRefresh !== false && !refreshToken) {
      refreshToken = this.prefix.refresh + randomBytes(18).toString('base64url');
      this.refresh.set(refreshToken, {
        refreshToken, subject: grant.subject, scopes: grant.scopes, clientId: grant.clientId, metadata, revoked: false,
      });
    }
    const token: IssuedToken = {
      accessToken: this.prefix.access + randomBytes(24).toString('base64url'),
      refreshToken,
      subject: grant.subject,
      scopes: [...grant.scopes],
      clientId: grant.clientId,
      issuedAt: now,
      expiresAt: grant.ttlSeconds === null ? null : now + grant.ttlSeconds * 1000,
      metadata,
    };
    this.access.set(token.accessToken, { ...token, revoked: false });
    return token;
  }

  check(accessToken: string): TokenCheck {
    const token = this.access.get(accessToken);
    if (!token) return { status: 'unknown' };
    if (token.revoked) return { status: 'revoked' };
    if (token.expiresAt !== null && token.expiresAt <= this.clock.now()) return { status: 'expired' };
    return { status: 'valid', token };
  }

  /** The live grant behind a refresh token, or undefined when it is unknown or revoked. */
  findRefresh(refreshToken: string): Readonly<RefreshGrant> | undefined {
    const grant = this.refresh.get(refreshToken);
    return grant && !grant.revoked ? grant : undefined;
  }

  /**
   * A new access token for a refresh token. With `rotate`, the old refresh token dies and a new one
   * is returned (Salesforce rotation); without, the same refresh token stays valid (HubSpot).
   */
  refreshWith(refreshToken: string, options: { ttlSeconds: number | null; rotate: boolean; clientId?: string }): IssuedToken | 'invalid_grant' {
    const grant = this.findRefresh(refreshToken);
    if (!grant) return 'invalid_grant';
    if (options.clientId !== undefined && grant.clientId !== undefined && grant.clientId !== options.clientId) return 'invalid_grant';
    if (options.rotate) this.refresh.get(refreshToken)!.revoked = true;
    return this.issue({
      subject: grant.subject,
      scopes: grant.scopes,
      clientId: grant.clientId,
      ttlSeconds: options.ttlSeconds,
      metadata: grant.metadata,
      refreshToken: options.rotate ? undefined : refreshToken,
    });
  }

  /** Revokes a refresh token and every access token issued from it. */
  revokeRefresh(refreshToken: string): boolean {
    const grant = this.refresh.get(refreshToken);
    if (!grant || grant.revoked) return false;
    grant.revoked = true;
    const now = this.clock.now();
    for (const token of this.access.values()) {
      if (token.refreshToken === refreshToken && !token.revoked) Object.assign(token, { revoked: true, revokedAt: now });
    }
    return true;
  }

  revokeAccess(accessToken: string): boolean {
    const token = this.access.get(accessToken);
    if (!token || token.revoked) return false;
    token.revoked = true;
    token.revokedAt = this.clock.now();
    return true;
  }

  /** The "expired tokens" fault: every access token issued so far is expired now; refresh tokens still work. */
  expireAll(): void {
    const now = this.clock.now();
    for (const token of this.access.values()) token.expiresAt = Math.min(token.expiresAt ?? now, now);
  }

  /**
   * Forgets ended entries, looking at no more than `sweepPerIssue` of the oldest in each map: revoked
   * refresh grants (they answer as unknown ones do), and access tokens expired or revoked longer than
   * `retainEndedMs` ago. Live entries it looks at go to the back, so the sweep moves on.
   */
  private sweep(now: number): void {
    const accessEnded = (token: IssuedToken & { revoked: boolean; revokedAt?: number }) => {
      const endedAt = token.revoked ? (token.revokedAt ?? now) : token.expiresAt;
      return endedAt !== null && endedAt + this.retainEndedMs <= now;
    };
    sweepOldest(this.access, this.sweepPerIssue, accessEnded);
    sweepOldest(this.refresh, this.sweepPerIssue, (grant) => grant.revoked);
  }

  reset(): void {
    this.access.clear();
    this.refresh.clear();
  }
}
