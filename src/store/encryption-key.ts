import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptionKeyFromBytes } from './secret-box.ts';
import type { EncryptionKey } from './secret-box.ts';

export const SANDBOX_KEY_FILE_NAME = 'token-encryption.key';

/** Where the key came from, so start-up can say so in its log line. */
export type EncryptionKeyOrigin = 'configured' | 'sandbox-generated' | 'sandbox-reused';

export interface LoadedEncryptionKey extends EncryptionKey {
  readonly origin: EncryptionKeyOrigin;
}

export interface LoadEncryptionKeyOptions {
  /** TOKEN_ENCRYPTION_KEY as configured: 64 hex characters. Empty counts as not configured. */
  configuredKeyHex?: string | undefined;
  dataDir: string;
  /** Sandbox mode (no vendor credentials): a local key is generated once and kept in dataDir. */
  sandbox: boolean;
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/**
 * The key that seals OAuth tokens. A configured key always wins. Without one, sandbox mode keeps
 * a generated key in <dataDir>/token-encryption.key (mode 0600) so tokens survive restarts; real
 * mode refuses to start, because a key generated beside the data it protects protects nothing.
 */
export function loadEncryptionKey(options: LoadEncryptionKeyOptions): LoadedEncryptionKey {
  const configured = options.configuredKeyHex?.trim();
  if (configured) return { ...parseEncryptionKeyHex(configured, 'TOKEN_ENCRYPTION_KEY'), origin: 'configured' };
  if (!options.sandbox) {
    throw new Error(
      'TOKEN_ENCRYPTION_KEY is not set. Outside sandbox mode OAuth tokens are encrypted with a key you provide: ' +
        'set TOKEN_ENCRYPTION_KEY to 64 hex characters (32 bytes), e.g. the output of `openssl rand -hex 32`.',
    );
  }
  return loadOrCreateSandboxKey(options.dataDir);
}

/** Parses a 64-hex-character key; `source` names the setting in the error (never the value). */
export function parseEncryptionKeyHex(hex: string, source: string): EncryptionKey {
  const trimmed = hex.trim();
  if (!HEX_KEY.test(trimmed)) {
    throw new Error(
      `${source} must be 64 hexadecimal characters (32 bytes); got ${trimmed.length} characters` +
        `${/^[0-9a-fA-F]*$/.test(trimmed) ? '' : ' including non-hex ones'}. Generate one with \`openssl rand -hex 32\`.`,
    );
  }
  return encryptionKeyFromBytes(Buffer.from(trimmed, 'hex'));
}

function loadOrCreateSandboxKey(dataDir: string): LoadedEncryptionKey {
  const file = join(dataDir, SANDBOX_KEY_FILE_NAME);
  const existing = readKeyFile(file);
  if (existing !== undefined) return { ...parseEncryptionKeyHex(existing, file), origin: 'sandbox-reused' };

  mkdirSync(dataDir, { recursive: true });
  const hex = randomBytes(32).toString('hex');
  // Written whole to a private temp file, then linked into place: link() fails if the key file
  // appeared meanwhile (two processes starting at once), and nobody ever reads a half-written key.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${hex}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if (isErrorWithCode(error, 'EEXIST')) {
      return { ...parseEncryptionKeyHex(readFileSync(file, 'utf8'), file), origin: 'sandbox-reused' };
    }
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return { ...parseEncryptionKeyHex(hex, file), origin: 'sandbox-generated' };
}

function readKeyFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrorWithCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

function isErrorWithCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
