// Adds up the Vitest and Playwright JSON reports into one closing line.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const playwright = read('test-results/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
console.log(`\nvitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'not run'}; playwright: ${playwright ? `${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed` : 'not run'}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

// --require-vitest: fail unless the Vitest report exists and has no failures.
if (process.argv.includes('--require-vitest') && (!vitest || vitest.numFailedTests > 0 || vitest.numFailedTestSuites > 0 || !vitest.success)) {
  console.error('Vitest reported failures (or wrote no report).');
  process.exit(1);
}
