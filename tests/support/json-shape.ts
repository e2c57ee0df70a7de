import { readFileSync } from 'node:fs';
import path from 'node:path';
import { META_FIXTURES_DIR } from './fixtures-dir';

/** Shared Meta fixtures: ../shared beside the repo, in CI as here. */
export const fixturesDir = META_FIXTURES_DIR;
export const readFixture = (name: string) => JSON.parse(readFileSync(path.join(fixturesDir, name), 'utf8')) as unknown;

/** Keys and value types, recursively (arrays by their first element), to compare payload shapes. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return [shapeOf(value[0])];
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]));
  }
  return typeof value;
}
