#!/usr/bin/env bash
# The one dashboard command: installs dependencies, builds and serves Sitrep at http://localhost:3000
# with the data embedded in data/. Set PORT to serve elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund
npm run validate
npm run build
exec npx next start -p "${PORT:-3000}"
