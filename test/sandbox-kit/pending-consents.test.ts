import { describe, expect, it } from 'vitest';
import { PendingConsents } from '../../src/sandbox-kit/index.ts';

interface PendingConsent {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  optionalScopes: string[];
  expiresAt: number;
}

// Consent screens anyone may open: the requests waiting for an answer stay bounded.

const consent = (expiresAt: number): PendingConsent => ({
  clientId: 'app', redirectUri: 'http://127.0.0.1/callback', scopes: ['oauth'], optionalScopes: [], expiresAt,
});

describe('pending consent requests', () => {
  it('sweeps expired requests when a new one arrives', () => {
    const pending = new PendingConsents<PendingConsent>();
    pending.add('old-1', consent(1_000), 0);
    pending.add('old-2', consent(1_000), 0);
    pending.add('new', consent(5_000), 2_000);
    expect(pending.size).toBe(1);
    expect(pending.take('new', 2_000)).toMatchObject({ expiresAt: 5_000 });
  });

  it('looks at no more than sweepPerAdd requests per arrival', () => {
    const pending = new PendingConsents<PendingConsent>({ sweepPerAdd: 2 });
    for (const id of ['a', 'b', 'c', 'd']) pending.add(id, consent(1_000), 0);
    pending.add('e', consent(9_000), 2_000);
    expect(pending.size).toBe(3);
  });

  it('keeps at most maxEntries, the oldest request giving way', () => {
    const pending = new PendingConsents<PendingConsent>({ maxEntries: 2 });
    for (const id of ['first', 'second', 'third']) pending.add(id, consent(60_000), 0);
    expect(pending.size).toBe(2);
    expect(pending.take('first', 0)).toBeUndefined();
    expect(pending.take('third', 0)).toBeDefined();
  });

  it('answers a request once, and never after it expired', () => {
    const pending = new PendingConsents<PendingConsent>();
    pending.add('once', consent(1_000), 0);
    pending.add('late', consent(1_000), 0);
    expect(pending.take('once', 500)).toBeDefined();
    expect(pending.take('once', 500)).toBeUndefined();
    expect(pending.take('late', 1_000)).toBeUndefined();
  });
});
