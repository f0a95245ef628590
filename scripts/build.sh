#!/usr/bin/env bash
# Builds the release site into dist/ (set-up included, idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-site.sh
