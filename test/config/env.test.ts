import { describe, expect, it } from 'vitest';
import { ConfigError, isSandboxMode, parseEnv } from '../../src/config/env.ts';

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('environment', () => {
  it('needs no settings at all for the embedded default', () => {
    const env = parseEnv({});
    expect([env.PORT, env.DATA_DIR, isSandboxMode(env)]).toEqual([3000, './data', true]);
  });

  it('names the variable and what it expects when a port is not a number', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT: .* \(got "eighty"\)$/)]);
  });

  it('asks for both halves of a vendor credential', () => {
    expect(problemsOf({ HUBSPOT_CLIENT_ID: 'abc', TOKEN_ENCRYPTION_KEY: 'a'.repeat(64), PUBLIC_URL: 'https://x.example' })).toEqual([
      'HUBSPOT_CLIENT_SECRET: set both HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET, or neither (sandbox mode)',
    ]);
  });

  it('requires an encryption key once real credentials are configured', () => {
    const problems = problemsOf({ HUBSPOT_CLIENT_ID: 'abc', HUBSPOT_CLIENT_SECRET: 'shh', PUBLIC_URL: 'https://x.example' });
    expect(problems).toEqual([expect.stringMatching(/^TOKEN_ENCRYPTION_KEY: is required/)]);
  });

  it('never echoes a secret value in the error', () => {
    const problems = problemsOf({ TOKEN_ENCRYPTION_KEY: 'not-hex-but-secret' });
    expect(problems.join('\n')).not.toContain('not-hex-but-secret');
    expect(problems[0]).toMatch(/^TOKEN_ENCRYPTION_KEY: must be 32 bytes as 64 hex characters/);
  });

  it('lists every bad variable at once, not only the first', () => {
    expect(problemsOf({ PORT: '-1', LOG_LEVEL: 'loud', SANDBOX_CONTROLS: 'everyone' })).toHaveLength(3);
  });

  it('treats an empty value as unset, as .env files write it', () => {
    expect(parseEnv({ HUBSPOT_CLIENT_ID: '', HUBSPOT_CLIENT_SECRET: '' }).HUBSPOT_CLIENT_ID).toBeUndefined();
  });

  it('leaves sandbox mode once a vendor is configured', () => {
    const env = parseEnv({ SALESFORCE_CLIENT_ID: 'a', SALESFORCE_CLIENT_SECRET: 'b', TOKEN_ENCRYPTION_KEY: 'f'.repeat(64), PUBLIC_URL: 'https://x.example' });
    expect(isSandboxMode(env)).toBe(false);
  });

  it('reads previous encryption keys as a comma-separated list', () => {
    expect(parseEnv({ TOKEN_ENCRYPTION_KEYS_PREVIOUS: `${'a'.repeat(64)}, ${'b'.repeat(64)}` }).TOKEN_ENCRYPTION_KEYS_PREVIOUS).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });

  it('names the previous-keys variable when one of its keys is malformed, without echoing it', () => {
    const problems = problemsOf({ TOKEN_ENCRYPTION_KEYS_PREVIOUS: `${'a'.repeat(64)},oops-secret` });
    expect(problems[0]).toMatch(/^TOKEN_ENCRYPTION_KEYS_PREVIOUS\.1: each key must be 32 bytes/);
    expect(problems.join('')).not.toContain('oops-secret');
  });
});
