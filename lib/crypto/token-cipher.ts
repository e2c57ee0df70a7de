// Tokens at rest: AES-256-GCM with a random 96-bit IV. The ciphertext is
// `<keyId>.<iv>.<tag>.<data>` (base64url parts), so any key in the ring can decrypt what it
// encrypted and `npm run keys:rotate` can find what still uses an old key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { env } from '../env';
import { AppError } from '../errors';
import type { Keyring } from './keyring';

function keyring(): Keyring {
  const ring = env().TOKEN_ENCRYPTION_KEYS;
  if (!ring) throw new AppError('unavailable', 'TOKEN_ENCRYPTION_KEYS is not configured.');
  return ring;
}

export function encryptToken(plaintext: string, ring: Keyring = keyring()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.active.key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [ring.active.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

export function decryptToken(ciphertext: string, ring: Keyring = keyring()): string {
  const [keyId, iv, tag, data] = ciphertext.split('.');
  const key = keyId ? ring.all.get(keyId) : undefined;
  if (!key || !iv || !tag || data === undefined) throw new Error(`Cannot decrypt token: ${key ? 'malformed ciphertext' : `unknown key id "${keyId}"`}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

export const keyIdOf = (ciphertext: string) => ciphertext.split('.')[0] ?? '';
