import express from 'express';
import { describe, expect, it } from 'vitest';
import { pkceRequest, redirectWithParams, registeredRedirect } from '../../src/sandbox-kit/index.ts';
import { withServer } from './serve.ts';

describe('PKCE on the authorize call', () => {
  it('takes the vendor\'s default method for a challenge without one', () => {
    expect(pkceRequest('abc', undefined, 'plain')).toEqual({ ok: true, codeChallenge: 'abc', codeChallengeMethod: 'plain' });
    expect(pkceRequest('abc', undefined, 'S256')).toEqual({ ok: true, codeChallenge: 'abc', codeChallengeMethod: 'S256' });
    expect(pkceRequest('abc', 'plain', 'S256')).toEqual({ ok: true, codeChallenge: 'abc', codeChallengeMethod: 'plain' });
  });

  it('is no PKCE at all without challenge and method', () => {
    expect(pkceRequest(undefined, undefined, 'S256')).toEqual({ ok: true });
  });

  it('refuses an unknown method, and a method without a challenge', () => {
    expect(pkceRequest('abc', 'S512', 'S256')).toEqual({ ok: false, problem: 'bad_method' });
    expect(pkceRequest(undefined, 'S512', 'plain')).toEqual({ ok: false, problem: 'bad_method' });
    expect(pkceRequest(undefined, 'S256', 'plain')).toEqual({ ok: false, problem: 'method_without_challenge' });
  });
});

describe('registered redirect URIs', () => {
  it('takes any http(s) URL when the app registered none', () => {
    expect(registeredRedirect('http://127.0.0.1:9/cb', undefined)).toBe('http://127.0.0.1:9/cb');
    expect(registeredRedirect('javascript:alert(1)', undefined)).toBeUndefined();
    expect(registeredRedirect('not a url', undefined)).toBeUndefined();
    expect(registeredRedirect(undefined, undefined)).toBeUndefined();
  });

  it('takes only an exact match of a registered one', () => {
    const allowed = ['https://app.example/oauth/callback'];
    expect(registeredRedirect('https://app.example/oauth/callback', allowed)).toBe('https://app.example/oauth/callback');
    expect(registeredRedirect('https://app.example/oauth/callback/', allowed)).toBeUndefined();
    expect(registeredRedirect('https://app.example/oauth/callback?x=1', allowed)).toBeUndefined();
    expect(registeredRedirect('https://APP.example/oauth/callback', allowed)).toBeUndefined();
  });
});

describe('redirect with parameters', () => {
  it('sends a 302 to the URI with the defined parameters added to its own', async () => {
    const app = express();
    app.get('/go', (_req, res) => redirectWithParams(res, 'http://app.example/cb?keep=1', { code: 'a b', state: undefined, error: 'x' }));
    await withServer(app, async (base) => {
      const res = await fetch(`${base}/go`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(Object.fromEntries(location.searchParams)).toEqual({ keep: '1', code: 'a b', error: 'x' });
    });
  });
});
