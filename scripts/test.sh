#!/usr/bin/env bash
# Runs every test: set-up (idempotent), host unit and property tests, the
# content/locale/config checks, compare-locales, the release build, the size
# and start-up benchmarks and the browser end-to-end tests against the built site
# (Chromium, then a smoke run in Firefox ESR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

step() { printf '\n=== %s ===\n' "$*"; }

step "host tests (cargo test)"
cargo test --locked

step "content, locale and config check (waymark-check)"
cargo run --locked --quiet --bin waymark-check -- .

step "compare-locales"
scripts/check-locales-compare.sh
# ...and it must catch a seeded broken copy (a message removed from Polish).
broken=$(mktemp -d)
cp -r locales "$broken/"
sed -i '/^nav-settings =/d' "$broken/locales/pl/app.ftl"
if scripts/check-locales-compare.sh "$broken" >/dev/null 2>&1; then
  echo "compare-locales did not catch a missing Polish message" >&2
  exit 1
fi
rm -rf "$broken"
echo "compare-locales catches a seeded broken copy: ok"

step "dependency hygiene (cargo deny: licences, bans, sources; advisories need the network)"
cargo deny --offline check licenses bans sources

step "release build and package"
scripts/build-site.sh
SKIP_BUILD=1 scripts/release.sh
(cd release && sha256sum -c SHA256SUMS)

step "size and start-up benchmarks (report only; fails only if the app does not start)"
scripts/bench.sh dist

step "browser end-to-end tests (Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "browser smoke test (Firefox ESR)"
node --test --test-concurrency=1 tests/firefox/
