// UUIDv7 ids drawn from a pooled random buffer: well-formed, time-ordered, never repeated.
import { describe, expect, it } from 'vitest';
import { generateUuidV7 } from '@/lib/crypto/generate-uuid-v7';

describe('generateUuidV7', () => {
  it('is a version-7, RFC 4122-variant UUID carrying the millisecond time', () => {
    const id = generateUuidV7(0x0123456789ab);
    expect(id).toMatch(/^01234567-89ab-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never repeats across several refills of the random pool', () => {
    const ids = Array.from({ length: 5_000 }, () => generateUuidV7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.slice(15))).size).toBe(ids.length);
  });

  it('sorts by time', () => {
    expect(generateUuidV7(1_000) < generateUuidV7(2_000)).toBe(true);
  });
});
