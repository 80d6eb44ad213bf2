import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { testKey, useTempDirs } from './store-fixture.ts';

// Distinctive values so a byte scan cannot match anything by accident.
const accessToken = 'pat-na1-ACCESS-7f3a9c21-plaintext';
const refreshToken = 'REFRESH-5be0d4e8-plaintext';
const instanceUrl = 'https://visible-marker-91c2.my.salesforce.com';

function bytesOfDatabaseFiles(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`, `${file}-shm`].filter(existsSync).map((path) => readFileSync(path)));
}

describe('tokens at rest', () => {
  const tempDir = useTempDirs();

  it('keeps only ciphertext of access and refresh tokens in the database and WAL files', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const store = await openStore({ file, encryptionKey: testKey(7) });
    const tenant = await store.tenants.create({ crm: 'salesforce', externalAccountId: '00D000000000001', name: 'Acme' });
    await store.connections.upsert(tenant.id, {
      vendor: 'salesforce', scopes: ['api'], instanceUrl,
      tokens: { accessToken, refreshToken, expiresAt: null },
    });
    await store.connections.saveTokens(tenant.id, 'salesforce', { accessToken: `${accessToken}-2`, expiresAt: null });

    const bytes = bytesOfDatabaseFiles(file);
    // Control: the scan does see what was written (uncheckpointed pages live in the -wal file).
    expect(bytes.includes(instanceUrl)).toBe(true);
    expect(bytes.includes(accessToken)).toBe(false);
    expect(bytes.includes(refreshToken)).toBe(false);

    await store.close();
    expect(bytesOfDatabaseFiles(file).includes(accessToken)).toBe(false);
  });
});
