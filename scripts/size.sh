#!/usr/bin/env bash
# Size benchmark: builds the release site, then prints raw/gzip/brotli bytes
# per file and in total with the budgets from SPEC.md section 5.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
node scripts/size.mjs dist
