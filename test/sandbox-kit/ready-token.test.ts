import { describe, expect, it } from 'vitest';
import { ManualClock, TokenStore, readyToken } from '../../src/sandbox-kit/index.ts';

describe('the ready token', () => {
  const setup = () => {
    const tokens = new TokenStore({ clock: new ManualClock(0) });
    let issued = 0;
    const ready = readyToken({ tokens }, () => {
      issued += 1;
      return tokens.issue({ subject: 's', scopes: [], ttlSeconds: null, withRefresh: false }).accessToken;
    });
    return { tokens, ready, issued: () => issued };
  };

  it('is the same token on every call while it is valid', () => {
    const { ready, issued } = setup();
    expect(ready()).toBe(ready());
    expect(issued()).toBe(1);
  });

  it('is re-issued after the expire fault, and after a revocation', () => {
    const { tokens, ready } = setup();
    const first = ready();
    tokens.expireAll();
    const second = ready();
    expect(second).not.toBe(first);
    expect(tokens.check(second).status).toBe('valid');
    tokens.revokeAccess(second);
    expect(ready()).not.toBe(second);
  });
});
