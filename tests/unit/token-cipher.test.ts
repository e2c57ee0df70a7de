import { describe, expect, it } from 'vitest';
import { generateKeyringEntry, keyringSchema } from '@/lib/crypto/keyring';
import { decryptToken, encryptToken, keyIdOf } from '@/lib/crypto/token-cipher';

const ring = (value: string) => keyringSchema({ minBytes: 32, maxBytes: 32 }).parse(value);

describe('token encryption (AES-256-GCM with key ids)', () => {
  it('round-trips, prefixes the key id and never repeats a ciphertext', () => {
    const keys = ring(generateKeyringEntry('k1'));
    const a = encryptToken('EAAG-secret-token', keys);
    const b = encryptToken('EAAG-secret-token', keys);
    expect(a).not.toBe(b);
    expect(keyIdOf(a)).toBe('k1');
    expect(a).not.toContain('EAAG');
    expect(decryptToken(a, keys)).toBe('EAAG-secret-token');
  });

  it('decrypts with older keys after rotation and encrypts with the newest', () => {
    const k1 = generateKeyringEntry('k1');
    const old = encryptToken('token', ring(k1));
    const rotated = ring(`${generateKeyringEntry('k2')},${k1}`);
    expect(decryptToken(old, rotated)).toBe('token');
    expect(keyIdOf(encryptToken('token', rotated))).toBe('k2');
  });

  it('refuses tampered ciphertexts and unknown keys', () => {
    const keys = ring(generateKeyringEntry('k1'));
    const [id, iv, tag, data] = encryptToken('token', keys).split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => decryptToken([id, iv, tag, flipped.toString('base64url')].join('.'), keys)).toThrow();
    expect(() => decryptToken(encryptToken('token', ring(generateKeyringEntry('k9'))), keys)).toThrow(/unknown key id "k9"/);
  });
});
