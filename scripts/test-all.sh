#!/usr/bin/env bash
# The one test command: installs what the tests need, then runs every check and test in order:
# data validation, type check, unit tests, a production build and the e2e tests against it. A
# throwaway PostgreSQL server runs for the whole of it (the store is tested on it too) and is
# stopped when the script ends, however it ends; if it cannot start, the run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CHROMIUM_PATH="$(bash scripts/ensure-test-machine.sh)"
export CHROMIUM_PATH
npm install --no-audit --no-fund

pg_dir_file="$(mktemp)"
SITREP_TEST_PG="$(bash scripts/postgres-test-server.sh 3>"$pg_dir_file")"
pg_dir="$(cat "$pg_dir_file")"
rm -f "$pg_dir_file"
trap 'bash scripts/postgres-test-server.sh stop "$pg_dir"' EXIT
export SITREP_TEST_PG
echo "PostgreSQL for the tests: $SITREP_TEST_PG"

rm -rf test-results
npm run validate
npm run typecheck
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
SITREP_TEST_HOOKS=1 npm run build
npx playwright test
node scripts/summarize-tests.mjs
