// The convention keys:rotate relies on (lib/crypto/rotate-encrypted-columns.ts): ciphertext from
// encryptToken() is stored only in fields named `…Enc`, which rotation finds in the catalog. A
// new encrypted column with another name would silently be left under the old key, so every
// encryptToken() call must assign to an `…Enc` field or be listed here with the reason it never
// reaches a database column.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const notStoredInColumns: Record<string, string> = {
  'lib/crypto/token-cipher.ts': 'the cipher itself',
  'lib/crypto/rotate-encrypted-columns.ts': 'writes back into the …Enc column it read',
  'lib/meta/oauth/pending-pages-cookie.ts': 'sealed HttpOnly cookie that lives 10 minutes; never stored',
  'lib/auth/sign-up.ts': 'the complete-sign-up job payload, consumed within seconds (README: retire a key once the queue is drained)',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry === 'generated') return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

describe('encrypted columns', () => {
  it('every stored encryptToken() result goes into a field named …Enc', () => {
    const offenders: string[] = [];
    for (const file of ['lib', 'app', 'scripts', 'pages'].flatMap(sourceFiles)) {
      // Comments may mention encryptToken(); only code counts.
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      if (!source.includes('encryptToken(') || notStoredInColumns[file]) continue;
      for (const match of source.matchAll(/(\w+)?\s*:?\s*encryptToken\(/g)) {
        const before = source.slice(Math.max(0, match.index - 80), match.index + match[0].length);
        if (!/\w+Enc\s*:\s*encryptToken\($/.test(before)) offenders.push(`${file}: …${before.trim().slice(-80)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every …Enc field in the schema is a String (rotation reads and writes text)', () => {
    const schema = readFileSync('prisma/schema.prisma', 'utf8');
    const fields = [...schema.matchAll(/^\s+(\w+Enc)\s+(\S+)/gm)].map(([, name, type]) => `${name}: ${type}`);
    expect(fields.length).toBeGreaterThanOrEqual(2);
    for (const field of fields) expect(field).toMatch(/: String\??$/);
  });
});
