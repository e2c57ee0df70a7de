import { createHash } from 'node:crypto';

/**
 * A stable UUID (RFC 9562 version 8, name-based with SHA-256) for a string key: the same key
 * always gives the same id, so work keyed by it (an email per webhook event) happens once.
 */
export function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
