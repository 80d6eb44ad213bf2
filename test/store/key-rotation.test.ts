import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { openDatabase } from '../../src/store/database.ts';
import { testKey, useTempDirs } from './store-fixture.ts';

const oldKey = testKey(1);
const newKey = testKey(2);
const tokens = { accessToken: 'CJ-old-access', refreshToken: 'old-refresh', expiresAt: null };

async function fileWithTokensSealedBy(file: string) {
  const store = await openStore({ file, encryptionKey: oldKey });
  const tenant = await store.tenants.create({ crm: 'hubspot', externalAccountId: '4419871', name: 'Acme' });
  await store.connections.upsert(tenant.id, { vendor: 'hubspot', scopes: ['crm.objects.contacts.read'], tokens });
  await store.close();
  return tenant.id;
}

function sealedKeyIds(file: string): string[] {
  const db = openDatabase({ file });
  const rows = db.prepare('SELECT access_token_sealed, refresh_token_sealed FROM oauth_tokens').all();
  db.close();
  return rows.flatMap((row) => [row.access_token_sealed, row.refresh_token_sealed]).map((sealed) => String(sealed).split('.')[1] ?? '');
}

describe('encryption key rotation', () => {
  const tempDir = useTempDirs();

  it('still decrypts rows sealed by the previous key after the current key changes', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const tenantId = await fileWithTokensSealedBy(file);
    const store = await openStore({ file, encryptionKey: newKey, previousEncryptionKeys: [oldKey] });
    expect(await store.connections.getTokens(tenantId, 'hubspot')).toEqual(tokens);
    await store.close();
  });

  it('seals new tokens with the current key', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const tenantId = await fileWithTokensSealedBy(file);
    const store = await openStore({ file, encryptionKey: newKey, previousEncryptionKeys: [oldKey] });
    await store.connections.saveTokens(tenantId, 'hubspot', { accessToken: 'CJ-new-access', expiresAt: null });
    await store.close();
    expect(sealedKeyIds(file)).toEqual([newKey.id, newKey.id]);
  });

  it('re-encrypts old rows so the previous key can be retired', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const tenantId = await fileWithTokensSealedBy(file);
    const rotating = await openStore({ file, encryptionKey: newKey, previousEncryptionKeys: [oldKey] });
    expect(await rotating.connections.reencryptTokens(tenantId)).toBe(1);
    expect(await rotating.connections.reencryptTokens(tenantId)).toBe(0);
    await rotating.close();

    const withoutOldKey = await openStore({ file, encryptionKey: newKey });
    expect(await withoutOldKey.connections.getTokens(tenantId, 'hubspot')).toEqual(tokens);
    await withoutOldKey.close();
  });

  it('fails clearly when a row needs a key that is no longer configured', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const tenantId = await fileWithTokensSealedBy(file);
    const store = await openStore({ file, encryptionKey: newKey });
    await expect(store.connections.getTokens(tenantId, 'hubspot')).rejects.toThrow(`sealed with encryption key ${oldKey.id}`);
    await store.close();
  });
});
