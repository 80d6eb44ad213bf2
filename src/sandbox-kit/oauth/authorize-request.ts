import type { Response } from 'express';

/** Sends the browser back to the app (302) with these query parameters added; undefined ones are left out. */
export function redirectWithParams(res: Response, redirectUri: string, params: Record<string, string | undefined>): void {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
  res.redirect(302, target.toString());
}

export type PkceRequest =
  | { ok: true; codeChallenge?: string; codeChallengeMethod?: 'S256' | 'plain' }
  | { ok: false; problem: 'bad_method' | 'method_without_challenge' };

/**
 * The PKCE part of an authorize call (RFC 7636). A challenge without a method takes the vendor's
 * default: RFC 7636 says plain (HubSpot), while Salesforce reads it as S256 (jsforce never sends one).
 */
export function pkceRequest(challenge: string | undefined, method: string | undefined, defaultMethod: 'S256' | 'plain'): PkceRequest {
  if (!challenge) return method === undefined ? { ok: true } : { ok: false, problem: method === 'S256' || method === 'plain' ? 'method_without_challenge' : 'bad_method' };
  const chosen = method ?? defaultMethod;
  if (chosen !== 'S256' && chosen !== 'plain') return { ok: false, problem: 'bad_method' };
  return { ok: true, codeChallenge: challenge, codeChallengeMethod: chosen };
}

/**
 * The redirect URI of an authorize or token call if the app may use it: an absolute http(s) URL and,
 * when the app registered callback URLs, exactly one of them. Undefined otherwise.
 */
export function registeredRedirect(raw: string | undefined, allowed: readonly string[] | undefined): string | undefined {
  if (!raw || !URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) return undefined;
  if (allowed !== undefined && !allowed.includes(raw)) return undefined;
  return raw;
}
