#!/usr/bin/env bash
# Lints the OpenAPI description the build wrote (bootstrap/target/openapi/openapi.yaml, after ./mvnw package or
# verify) with the Redocly CLI pinned in tools/openapi-lint (package-lock.json), ruleset and exceptions in
# tools/openapi-lint/redocly.yaml. Fails on any problem. Usage: bash scripts/openapi-lint.sh [document]
set -euo pipefail
cd "$(dirname "$0")/.."

document="${1:-bootstrap/target/openapi/openapi.yaml}"
tools=tools/openapi-lint

if [[ ! -f "$document" ]]; then
  echo "openapi-lint: $document not found; build first (./mvnw -B package or verify)" >&2
  exit 2
fi

# The exact versions of package-lock.json; reinstalled only when the lock file changed.
if [[ ! -x "$tools/node_modules/.bin/redocly" || "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]]; then
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$tools/node_modules/.bin/redocly" lint "$document" --config "$tools/redocly.yaml" --format=stylish
