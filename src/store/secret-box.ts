import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A 32-byte AES key and the id stored beside everything it encrypts. */
export interface EncryptionKey {
  readonly id: string;
  readonly bytes: Buffer;
}

/**
 * Seals short secrets (OAuth tokens, API keys) with AES-256-GCM. The envelope names the key that
 * sealed it, so the current key can change while older keys stay in the keyring to open old rows.
 * `context` is bound as additional authenticated data (e.g. "tenant/vendor/access_token"): a sealed
 * value copied into another row or tenant fails to open.
 */
export interface SecretBox {
  readonly currentKeyId: string;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
  /** True when `sealed` was made with a key other than the current one. */
  needsReseal(sealed: string): boolean;
  /** Opens with whichever key sealed it and seals again with the current key. */
  reseal(sealed: string, context: string): string;
}

const ENVELOPE_VERSION = 'v1';
const IV_BYTES = 12; // the GCM standard nonce size; random per seal
const KEY_BYTES = 32;

/**
 * The key id is a fingerprint of the key, so operators never assign ids by hand and the same key
 * always gets the same id. A truncated SHA-256 reveals nothing usable about a random 256-bit key.
 */
export function encryptionKeyFromBytes(bytes: Buffer): EncryptionKey {
  if (bytes.length !== KEY_BYTES) throw new Error(`An encryption key must be ${KEY_BYTES} bytes, got ${bytes.length}.`);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { id, bytes: Buffer.from(bytes) };
}

export function createSecretBox(keyring: { current: EncryptionKey; previous?: readonly EncryptionKey[] }): SecretBox {
  const keysById = new Map<string, EncryptionKey>();
  for (const key of [...(keyring.previous ?? []), keyring.current]) keysById.set(key.id, key);
  const current = keyring.current;

  function seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current.bytes, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [ENVELOPE_VERSION, current.id, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  function open(sealed: string, context: string): string {
    const envelope = parseEnvelope(sealed);
    const key = keysById.get(envelope.keyId);
    if (!key) {
      throw new Error(
        `A secret was sealed with encryption key ${envelope.keyId}, which is not in the keyring (current key ${current.id}). ` +
          'Configure that key as a previous key to read it.',
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, envelope.iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(envelope.tag);
    try {
      return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      // The message never carries the envelope: even ciphertext stays out of logs.
      throw new Error(`A secret sealed with key ${envelope.keyId} failed authentication: it was altered or moved from another record.`);
    }
  }

  return {
    currentKeyId: current.id,
    seal,
    open,
    needsReseal: (sealed) => parseEnvelope(sealed).keyId !== current.id,
    reseal: (sealed, context) => seal(open(sealed, context), context),
  };
}

interface Envelope {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

function parseEnvelope(sealed: string): Envelope {
  const [version, keyId, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== ENVELOPE_VERSION || !keyId || !iv || !tag || ciphertext === undefined || rest.length > 0) {
    throw new Error('Not a sealed secret: expected a v1 secret-box envelope.');
  }
  const envelope = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ciphertext: Buffer.from(ciphertext, 'base64url'),
  };
  if (envelope.iv.length !== IV_BYTES || envelope.tag.length !== 16) {
    throw new Error('Not a sealed secret: the envelope has a malformed IV or auth tag.');
  }
  return envelope;
}
