import type { Env } from '../config/env.ts';
import { isSandboxMode } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import { databaseFileIn, loadEncryptionKey, openStore, parseEncryptionKeyHex } from '../store/index.ts';
import type { Store } from '../store/index.ts';

/**
 * The app's store under DATA_DIR, with the token key from the environment (generated once into DATA_DIR
 * in sandbox mode). After a key rotation, every tenant's tokens sealed by an older key are sealed again.
 */
export async function openAppStore(env: Env, log: Logger): Promise<Store> {
  const key = loadEncryptionKey({ configuredKeyHex: env.TOKEN_ENCRYPTION_KEY, dataDir: env.DATA_DIR, sandbox: isSandboxMode(env) });
  const file = databaseFileIn(env.DATA_DIR);
  const previousEncryptionKeys = env.TOKEN_ENCRYPTION_KEYS_PREVIOUS.map((hex, i) => parseEncryptionKeyHex(hex, `TOKEN_ENCRYPTION_KEYS_PREVIOUS[${i}]`));
  const store = await openStore({ file, encryptionKey: key, previousEncryptionKeys });
  log.info({ file, encryptionKey: key.origin }, 'store open');
  if (previousEncryptionKeys.length > 0) {
    let resealed = 0;
    for (const tenant of await store.tenants.list()) resealed += await store.connections.reencryptTokens(tenant.id);
    log.info({ connections: resealed }, 'tokens resealed under the current encryption key');
  }
  return store;
}
