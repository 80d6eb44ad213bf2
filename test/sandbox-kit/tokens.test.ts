import { describe, expect, it } from 'vitest';
import { AuthorizationCodes, ManualClock, TokenStore, pkceChallenge } from '../../src/sandbox-kit/index.ts';

const grant = { subject: 'portal-1', scopes: ['crm.objects.contacts.read'], ttlSeconds: 1800 } as const;

describe('token store', () => {
  it('accepts a fresh access token', () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    const issued = tokens.issue({ ...grant, scopes: [...grant.scopes] });
    expect(tokens.check(issued.accessToken).status).toBe('valid');
  });

  it('expires an access token after its time to live by the sandbox clock', () => {
    const clock = new ManualClock(0);
    const tokens = new TokenStore({ clock });
    const issued = tokens.issue({ ...grant, scopes: [...grant.scopes] });
    clock.advance(1800 * 1000);
    expect(tokens.check(issued.accessToken).status).toBe('expired');
  });

  it('keeps the refresh token when the vendor does not rotate', () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    const issued = tokens.issue({ ...grant, scopes: [...grant.scopes] });
    const refreshed = tokens.refreshWith(issued.refreshToken!, { ttlSeconds: 1800, rotate: false });
    expect(refreshed !== 'invalid_grant' && refreshed.refreshToken).toBe(issued.refreshToken);
  });

  it('kills the old refresh token when the vendor rotates', () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    const issued = tokens.issue({ ...grant, scopes: [...grant.scopes] });
    const refreshed = tokens.refreshWith(issued.refreshToken!, { ttlSeconds: 1800, rotate: true });
    expect(refreshed !== 'invalid_grant' && refreshed.refreshToken).not.toBe(issued.refreshToken);
    expect(tokens.refreshWith(issued.refreshToken!, { ttlSeconds: 1800, rotate: true })).toBe('invalid_grant');
  });

  it('revoking a refresh token revokes the access tokens issued from it', () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    const issued = tokens.issue({ ...grant, scopes: [...grant.scopes] });
    tokens.revokeRefresh(issued.refreshToken!);
    expect(tokens.check(issued.accessToken).status).toBe('revoked');
  });

  it('expires even never-expiring tokens when the expired-token fault fires', () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    const ready = tokens.issue({ ...grant, scopes: [...grant.scopes], ttlSeconds: null });
    tokens.expireAll();
    expect(tokens.check(ready.accessToken).status).toBe('expired');
  });
});

describe('authorization codes', () => {
  const issue = (codes: AuthorizationCodes, challenge?: string) =>
    codes.issue({ subject: 's', clientId: 'cid', redirectUri: 'http://localhost/cb', scopes: [], codeChallenge: challenge, codeChallengeMethod: challenge ? 'S256' : undefined });

  it('redeems a code once', () => {
    const codes = new AuthorizationCodes({ clock: new ManualClock(0) });
    const code = issue(codes);
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb' }).ok).toBe(true);
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb' })).toEqual({ ok: false, why: 'used_code' });
  });

  it('refuses a redirect URI that differs from the authorize call', () => {
    const codes = new AuthorizationCodes({ clock: new ManualClock(0) });
    const code = issue(codes);
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb/' })).toEqual({ ok: false, why: 'redirect_mismatch' });
  });

  it('refuses an expired code', () => {
    const clock = new ManualClock(0);
    const codes = new AuthorizationCodes({ clock, ttlSeconds: 600 });
    const code = issue(codes);
    clock.advance(600_000);
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb' })).toEqual({ ok: false, why: 'expired_code' });
  });

  it('checks the PKCE verifier against the S256 challenge', () => {
    const codes = new AuthorizationCodes({ clock: new ManualClock(0) });
    const verifier = 'a'.repeat(43);
    const code = issue(codes, pkceChallenge(verifier, 'S256'));
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb', codeVerifier: 'b'.repeat(43) })).toEqual({ ok: false, why: 'bad_verifier' });
  });

  it('accepts the right PKCE verifier', () => {
    const codes = new AuthorizationCodes({ clock: new ManualClock(0) });
    const verifier = 'x'.repeat(64);
    const code = issue(codes, pkceChallenge(verifier, 'S256'));
    expect(codes.redeem(code, { clientId: 'cid', redirectUri: 'http://localhost/cb', codeVerifier: verifier }).ok).toBe(true);
  });
});

describe('stores that forget what ended', () => {
  const grantOf = { subject: 'org', scopes: ['api'], clientId: 'app' } as const;

  it('keeps the access map bounded over 10,000 refreshes, as the clock moves past each token\'s life', () => {
    const clock = new ManualClock(0);
    const tokens = new TokenStore({ clock });
    let current = tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: 1800 });
    for (let i = 0; i < 10_000; i += 1) {
      clock.advance(1800 * 1000);
      const next = tokens.refreshWith(current.refreshToken!, { ttlSeconds: 1800, rotate: false });
      if (next === 'invalid_grant') throw new Error('refresh refused');
      current = next;
    }
    // 24 h of ended tokens at one per 30 min, plus the live one and the sweep's slack.
    expect(tokens.size.access).toBeLessThan(60);
    expect(tokens.size.refresh).toBe(1);
    expect(tokens.check(current.accessToken).status).toBe('valid');
  });

  it('forgets rotated-out refresh tokens, and revoked sessions after the retention', () => {
    const clock = new ManualClock(0);
    const tokens = new TokenStore({ clock, retainEndedSeconds: 60 });
    let current = tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: 7200 });
    for (let i = 0; i < 10_000; i += 1) {
      tokens.revokeAccess(current.accessToken);
      clock.advance(1000);
      const next = tokens.refreshWith(current.refreshToken!, { ttlSeconds: 7200, rotate: true });
      if (next === 'invalid_grant') throw new Error('refresh refused');
      current = next;
    }
    expect(tokens.size.refresh).toBeLessThan(10);
    expect(tokens.size.access).toBeLessThan(80);
  });

  it('still tells an expired or revoked token from an unknown one within the retention', () => {
    const clock = new ManualClock(0);
    const tokens = new TokenStore({ clock, retainEndedSeconds: 3600 });
    const expired = tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: 60, withRefresh: false });
    const revoked = tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: 7200, withRefresh: false });
    tokens.revokeAccess(revoked.accessToken);
    clock.advance(120 * 1000);
    for (let i = 0; i < 50; i += 1) tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: 7200, withRefresh: false });
    expect(tokens.check(expired.accessToken).status).toBe('expired');
    expect(tokens.check(revoked.accessToken).status).toBe('revoked');
    clock.advance(3600 * 1000);
    for (let i = 0; i < 50; i += 1) tokens.issue({ ...grantOf, scopes: [...grantOf.scopes], ttlSeconds: null, withRefresh: false });
    expect(tokens.check(expired.accessToken).status).toBe('unknown');
    expect(tokens.check(revoked.accessToken).status).toBe('unknown');
  });

  it('keeps the code map bounded over 10,000 issued codes, used or not', () => {
    const clock = new ManualClock(0);
    const codes = new AuthorizationCodes({ clock, ttlSeconds: 600 });
    for (let i = 0; i < 10_000; i += 1) {
      const code = codes.issue({ subject: 'org', clientId: 'app', redirectUri: 'http://x/cb', scopes: ['api'] });
      if (i % 2 === 0) expect(codes.redeem(code, { clientId: 'app', redirectUri: 'http://x/cb' }).ok).toBe(true);
      clock.advance(60 * 1000);
    }
    // Ten minutes of life plus an hour of "expired"/"already used" answers, one code a minute.
    expect(codes.size).toBeLessThan(80);
  });

  it('still answers a used code as used, and an expired one as expired, within the retention', () => {
    const clock = new ManualClock(0);
    const codes = new AuthorizationCodes({ clock, ttlSeconds: 600 });
    const grant = { subject: 'org', clientId: 'app', redirectUri: 'http://x/cb', scopes: ['api'] };
    const used = codes.issue(grant);
    codes.redeem(used, { clientId: 'app', redirectUri: 'http://x/cb' });
    const stale = codes.issue(grant);
    clock.advance(601 * 1000);
    for (let i = 0; i < 20; i += 1) codes.issue(grant);
    expect(codes.redeem(used, { clientId: 'app', redirectUri: 'http://x/cb' })).toEqual({ ok: false, why: 'used_code' });
    expect(codes.redeem(stale, { clientId: 'app', redirectUri: 'http://x/cb' })).toEqual({ ok: false, why: 'expired_code' });
  });
});
