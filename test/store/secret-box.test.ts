import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../../src/store/secret-box.ts';
import { testKey } from './store-fixture.ts';

const context = 'oauth_tokens/tenant-1/hubspot/access_token';

describe('secret box', () => {
  it('opens what it sealed', () => {
    const box = createSecretBox({ current: testKey(1) });
    expect(box.open(box.seal('CJ-access-token', context), context)).toBe('CJ-access-token');
  });

  it('never contains the plaintext, and seals the same value differently each time (random IV)', () => {
    const box = createSecretBox({ current: testKey(1) });
    const first = box.seal('CJ-access-token', context);
    const second = box.seal('CJ-access-token', context);
    expect(first).not.toContain('CJ-access-token');
    expect(first).not.toBe(second);
  });

  it('names the key that sealed a value in the envelope', () => {
    const key = testKey(1);
    const sealed = createSecretBox({ current: key }).seal('secret', context);
    expect(sealed.split('.').slice(0, 2)).toEqual(['v1', key.id]);
  });

  it('refuses a tampered ciphertext', () => {
    const box = createSecretBox({ current: testKey(1) });
    const parts = box.seal('secret value', context).split('.');
    const ciphertext = Buffer.from(parts[4] ?? '', 'base64url');
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 0xff;
    parts[4] = ciphertext.toString('base64url');
    expect(() => box.open(parts.join('.'), context)).toThrow(/failed authentication/);
  });

  it('refuses a value moved to another record (context is authenticated)', () => {
    const box = createSecretBox({ current: testKey(1) });
    const sealed = box.seal('secret', 'oauth_tokens/tenant-1/hubspot/access_token');
    expect(() => box.open(sealed, 'oauth_tokens/tenant-2/hubspot/access_token')).toThrow(/failed authentication/);
  });

  it('opens values sealed by an older key that is still in the keyring', () => {
    const sealedWithOld = createSecretBox({ current: testKey(1) }).seal('secret', context);
    const rotated = createSecretBox({ current: testKey(2), previous: [testKey(1)] });
    expect(rotated.open(sealedWithOld, context)).toBe('secret');
    expect(rotated.needsReseal(sealedWithOld)).toBe(true);
  });

  it('reseals an old value under the current key', () => {
    const sealedWithOld = createSecretBox({ current: testKey(1) }).seal('secret', context);
    const rotated = createSecretBox({ current: testKey(2), previous: [testKey(1)] });
    const resealed = rotated.reseal(sealedWithOld, context);
    expect(rotated.needsReseal(resealed)).toBe(false);
    expect(createSecretBox({ current: testKey(2) }).open(resealed, context)).toBe('secret');
  });

  it('says which key is missing when a value was sealed by a key no longer in the keyring', () => {
    const old = testKey(1);
    const sealedWithOld = createSecretBox({ current: old }).seal('secret', context);
    const box = createSecretBox({ current: testKey(2) });
    expect(() => box.open(sealedWithOld, context)).toThrow(new RegExp(`sealed with encryption key ${old.id}, which is not in the keyring`));
  });
});
