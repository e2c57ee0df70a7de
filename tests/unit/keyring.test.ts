import { describe, expect, it } from 'vitest';
import { generateKeyringEntry, keyringSchema } from '@/lib/crypto/keyring';

const schema = keyringSchema({ minBytes: 32, maxBytes: 32 });

describe('keyring', () => {
  it('uses the first key as active and keeps every key for reading', () => {
    const ring = schema.parse(`${generateKeyringEntry('k2')},${generateKeyringEntry('k1')}`);
    expect(ring.active.id).toBe('k2');
    expect([...ring.all.keys()]).toEqual(['k2', 'k1']);
  });

  it('rejects malformed entries, wrong sizes and duplicate ids', () => {
    expect(schema.safeParse('nocolon').success).toBe(false);
    expect(schema.safeParse(`k1:${Buffer.alloc(16).toString('base64url')}`).success).toBe(false);
    const k = generateKeyringEntry('k1');
    expect(schema.safeParse(`${k},${k}`).success).toBe(false);
    expect(schema.safeParse('').success).toBe(false);
  });
});
