// Meta fetches outbound attachments from a URL we give it, without our session: the URL is a
// capability, HMAC-signed and expiring. The key is derived (HKDF) from SESSION_SECRETS so no new
// secret is needed and rotating the session keyring rotates these too (its first key signs,
// every key still verifies). Signature format: `<keyId>.<base64url hmac>`.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../crypto/keyring';

/** Long enough for the send job's retries (minutes to hours), short enough to not live forever. */
export const OUTBOUND_MEDIA_URL_TTL_MS = 24 * 60 * 60 * 1000;

const derived = new WeakMap<Buffer, Buffer>();
function mediaKey(secret: Buffer): Buffer {
  let key = derived.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'relaydesk outbound media url v1', 32));
    derived.set(secret, key);
  }
  return key;
}

const mac = (key: Buffer, uploadId: string, exp: number) => createHmac('sha256', mediaKey(key)).update(`${uploadId}.${exp}`).digest('base64url');

export function signOutboundMedia(options: { uploadId: string; expiresAt: Date; keyring: Keyring }): { exp: number; sig: string } {
  const exp = Math.floor(options.expiresAt.getTime() / 1000);
  return { exp, sig: `${options.keyring.active.id}.${mac(options.keyring.active.key, options.uploadId, exp)}` };
}

export type OutboundMediaVerdict = 'valid' | 'expired' | 'invalid';

export function verifyOutboundMedia(options: { uploadId: string; exp: string | null; sig: string | null; keyring: Keyring; now?: Date }): OutboundMediaVerdict {
  const { exp, sig } = options;
  if (!exp || !/^\d{1,12}$/.test(exp) || !sig) return 'invalid';
  const dot = sig.indexOf('.');
  const key = dot > 0 ? options.keyring.all.get(sig.slice(0, dot)) : undefined;
  if (!key) return 'invalid';
  const expected = Buffer.from(mac(key, options.uploadId, Number(exp)));
  const given = Buffer.from(sig.slice(dot + 1));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  // Checked after the signature, so an attacker learns nothing from "expired" about forged URLs.
  return Number(exp) * 1000 <= (options.now ?? new Date()).getTime() ? 'expired' : 'valid';
}
