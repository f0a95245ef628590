#!/usr/bin/env bash
# Size and start-up benchmarks: builds the release site, then prints
# raw/gzip/brotli bytes per file and in total, and the time to the first
# interactive screen, with the budgets from SPEC.md section 5 (scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
scripts/bench.sh dist
