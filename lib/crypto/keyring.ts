import { z } from 'zod';

/**
 * A keyring is `id:base64url,id:base64url,...` — the FIRST key signs/encrypts, every key
 * still verifies/decrypts. Rotating = prepend a new key, keep the old ones until nothing
 * uses them. Ids travel with the data (JWT `kid`, ciphertext prefix).
 */
export type Keyring = { active: { id: string; key: Buffer }; all: Map<string, Buffer> };

export function keyringSchema(options: { minBytes: number; maxBytes?: number }) {
  return z.string().transform((value, ctx): Keyring => {
    const all = new Map<string, Buffer>();
    const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
    if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'needs at least one key' });
    for (const entry of entries) {
      const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]+={0,2})$/.exec(entry);
      if (!match) {
        ctx.addIssue({ code: 'custom', message: 'each key must look like id:base64url (e.g. k1:…)' });
        continue;
      }
      const id = match[1]!;
      const encoded = match[2]!;
      const key = Buffer.from(encoded, 'base64url');
      if (key.length < options.minBytes || (options.maxBytes && key.length > options.maxBytes)) {
        const size = options.maxBytes === options.minBytes ? `${options.minBytes}` : `at least ${options.minBytes}`;
        ctx.addIssue({ code: 'custom', message: `key "${id}" must decode to ${size} bytes (got ${key.length})` });
      }
      if (all.has(id)) ctx.addIssue({ code: 'custom', message: `key id "${id}" appears twice` });
      all.set(id, key);
    }
    const [firstId] = all.keys();
    return { active: { id: firstId ?? '', key: all.get(firstId ?? '') ?? Buffer.alloc(0) }, all };
  });
}

export function generateKeyringEntry(id: string, bytes = 32): string {
  return `${id}:${Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64url')}`;
}
