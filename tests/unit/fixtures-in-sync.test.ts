import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_FIXTURES_DIR, SHARED_META_FIXTURES_DIR } from '../support/fixtures-dir';

describe('Meta fixtures copy', () => {
  it.runIf(existsSync(SHARED_META_FIXTURES_DIR))('is byte-identical to shared/fixtures/meta', () => {
    const names = readdirSync(SHARED_META_FIXTURES_DIR).sort();
    expect(readdirSync(META_FIXTURES_DIR).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(path.join(META_FIXTURES_DIR, name)).equals(readFileSync(path.join(SHARED_META_FIXTURES_DIR, name))), name).toBe(true);
    }
  });
});
