#!/usr/bin/env bash
# npm test: typecheck → lint → unit + integration (real embedded Postgres) → production
# build → Playwright in Chromium. Stops at the first failing stage; always prints a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -f test-results/vitest.json test-results/playwright.json

stage() {
  local name="$1"; shift
  echo; echo "━━ $name ━━"
  if ! "$@"; then
    echo; echo "✗ $name failed"
    node scripts/print-test-summary.mjs
    exit 1
  fi
}

stage "typecheck" npm run --silent typecheck
stage "lint" npm run --silent lint
stage "unit + integration tests" npx vitest run
# Trust the report, not only the exit code: a library exit hook once turned a red run green.
stage "unit + integration results" node scripts/print-test-summary.mjs --require-vitest
stage "agent evals" npm run --silent eval -- --provider offline
stage "chromium" bash scripts/ensure-chromium.sh
stage "production build" npx next build
stage "end-to-end tests" npx playwright test
node scripts/print-test-summary.mjs
