import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEncryptionKey, SANDBOX_KEY_FILE_NAME } from '../../src/store/encryption-key.ts';
import { useTempDirs } from './store-fixture.ts';

const validHex = 'a1'.repeat(32);

describe('loadEncryptionKey', () => {
  const tempDir = useTempDirs();

  it('uses a configured 64-hex-character key', () => {
    const key = loadEncryptionKey({ configuredKeyHex: validHex, dataDir: tempDir(), sandbox: false });
    expect(key.bytes).toEqual(Buffer.from(validHex, 'hex'));
    expect(key.origin).toBe('configured');
  });

  it('rejects a configured key of the wrong length with a message naming TOKEN_ENCRYPTION_KEY', () => {
    expect(() => loadEncryptionKey({ configuredKeyHex: 'abc123', dataDir: tempDir(), sandbox: true }))
      .toThrow(/^TOKEN_ENCRYPTION_KEY must be 64 hexadecimal characters \(32 bytes\); got 6 characters/);
  });

  it('rejects a configured key with non-hex characters, without echoing the value', () => {
    const notHex = `${'z'.repeat(63)}!`;
    let message = '';
    try {
      loadEncryptionKey({ configuredKeyHex: notHex, dataDir: tempDir(), sandbox: false });
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toMatch(/TOKEN_ENCRYPTION_KEY .* including non-hex ones/);
    expect(message).not.toContain(notHex);
  });

  it('refuses to start outside sandbox mode without a key, naming TOKEN_ENCRYPTION_KEY', () => {
    expect(() => loadEncryptionKey({ dataDir: tempDir(), sandbox: false })).toThrow(/TOKEN_ENCRYPTION_KEY is not set/);
  });

  it('generates a sandbox key once into the data dir, readable only by its owner', () => {
    const dataDir = join(tempDir(), 'data');
    const key = loadEncryptionKey({ dataDir, sandbox: true });
    const file = join(dataDir, SANDBOX_KEY_FILE_NAME);
    expect(key.origin).toBe('sandbox-generated');
    expect(readFileSync(file, 'utf8').trim()).toBe(key.bytes.toString('hex'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reuses the generated sandbox key on later starts', () => {
    const dataDir = tempDir();
    const first = loadEncryptionKey({ dataDir, sandbox: true });
    const second = loadEncryptionKey({ dataDir, sandbox: true });
    expect(second.origin).toBe('sandbox-reused');
    expect(second.id).toBe(first.id);
    expect(second.bytes).toEqual(first.bytes);
  });

  it('leaves only the key file behind in the data dir', () => {
    const dataDir = tempDir();
    loadEncryptionKey({ dataDir, sandbox: true });
    expect(readdirSync(dataDir)).toEqual([SANDBOX_KEY_FILE_NAME]);
  });

  it('prefers a configured key over the sandbox key file', () => {
    const dataDir = tempDir();
    loadEncryptionKey({ dataDir, sandbox: true });
    const key = loadEncryptionKey({ configuredKeyHex: validHex, dataDir, sandbox: true });
    expect(key.bytes).toEqual(Buffer.from(validHex, 'hex'));
  });
});
