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
