#!/usr/bin/env bash
# The one dashboard command: installs dependencies, builds and serves Sitrep at http://localhost:3000.
# On first start it creates the store (var/sitrep.sqlite, or SITREP_DB; DATABASE_URL for PostgreSQL)
# and loads the seed data in data/ into it. Set PORT to serve elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund
npm run validate
npm run db:migrate
npm run build
exec npx next start -p "${PORT:-3000}"
