import path from 'node:path';

/**
 * Meta webhook fixtures, copied from the workplace's shared/fixtures/meta so the suite runs from
 * any checkout; tests/unit/fixtures-in-sync.test.ts keeps the copy identical to the source.
 */
export const META_FIXTURES_DIR = path.resolve('tests/fixtures/meta');
export const SHARED_META_FIXTURES_DIR = path.resolve('../shared/fixtures/meta');
