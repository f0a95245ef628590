#!/usr/bin/env bash
# Benchmarks of a built site, printed with the budgets of SPEC.md section 5:
# the size table (scripts/size.mjs) and the start-up table
# (scripts/startup-bench.mjs: navigation to the first interactive screen in
# headless Chromium, CPU 4× slower, 7 runs, cold and warm). They report and
# never fail, except when the page does not start at all.
#   scripts/bench.sh [dist]            (scripts/size.sh builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
echo "--- size (bytes each file costs; first visit) ---"
node scripts/size.mjs "$dist"
echo
echo "--- start-up (time to the first interactive screen) ---"
node scripts/startup-bench.mjs "$dist"
