#!/usr/bin/env bash
# Builds the release site with the bundled demo organisation and serves it
# at http://127.0.0.1:8080/ (PORT=… to change). Ctrl+C stops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node tests/e2e/server.mjs dist / "${PORT:-8080}"
