#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium (no browser is ever
# downloaded by npm), the Noto fonts, so Arabic renders, and PostgreSQL 15, which the store's
# tests also run on. Prints the Chromium path on stdout.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
missing=()
[ -n "$chromium_path" ] || missing+=(chromium)
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-noto-core >/dev/null 2>&1; then missing+=(fonts-noto-core); fi
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]} with apt-get" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  chromium_path="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser)}"
fi
echo "$chromium_path"
