// A closed privacy request keeps only a salted SHA-256 of the identifier it was about, as proof
// that it was handled, never the number or handle itself. Format: `<salt>$<hex sha256("<salt>:<id>")>`
// (the migration 20261205125008_privacy_operations hashes older rows the same way).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function hashIdentifier(identifier: string, salt = randomBytes(8).toString('hex')): string {
  return `${salt}$${createHash('sha256').update(`${salt}:${identifier}`).digest('hex')}`;
}

export function identifierMatchesHash(identifier: string, stored: string): boolean {
  const [salt] = stored.split('$');
  if (!salt) return false;
  const a = Buffer.from(hashIdentifier(identifier, salt));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}
