import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { Store, Tenant } from '../../src/store/index.ts';
import { encryptionKeyFromBytes } from '../../src/store/secret-box.ts';
import type { EncryptionKey } from '../../src/store/secret-box.ts';

/** A fixed key per label, so tests can build "the old key" and "the new key" deterministically. */
export function testKey(fill: number): EncryptionKey {
  return encryptionKeyFromBytes(Buffer.alloc(32, fill));
}

/** A clock that moves only when the test says so: no sleeps, exact timestamps. */
export function manualClock(startIso = '2025-01-06T09:00:00.000Z') {
  let now = new Date(startIso).getTime();
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Temp directories made by a test file, removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'revops-store-'));
    made.push(dir);
    return dir;
  };
}

export async function openMemoryStore(options: { clock?: () => Date; key?: EncryptionKey } = {}): Promise<Store> {
  return openStore({ file: ':memory:', encryptionKey: options.key ?? testKey(1), clock: options.clock });
}

export async function createTenant(store: Store, externalAccountId = '4419871', crm: Tenant['crm'] = 'hubspot'): Promise<Tenant> {
  return store.tenants.create({ crm, externalAccountId, name: `Acme (${externalAccountId})` });
}
