#!/usr/bin/env bash
# The one test command: installs what the tests need, then runs every check and test in order:
# data validation, type check, unit tests, a production build and the e2e tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CHROMIUM_PATH="$(bash scripts/ensure-test-machine.sh)"
export CHROMIUM_PATH
npm install --no-audit --no-fund

rm -rf test-results
npm run validate
npm run typecheck
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
SITREP_TEST_HOOKS=1 npm run build
npx playwright test
node scripts/summarize-tests.mjs
