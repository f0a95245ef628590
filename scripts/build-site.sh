#!/usr/bin/env bash
# Builds the release site into dist/ (tools must be set up: scripts/setup.sh).
# Two pages, two wasm programs: index.html (the newcomer app) and org.html
# (the organisation area: site check and desk, which newcomers never load).
# Then writes the service worker over the complete site.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release=true index.html
# org.html is generated from index.html (same head, CSP and styles; its own
# program; the data files are already copied by the first build). Not the
# newcomer's cargo features: the organisation area shows the findings' wording
# that quiet-diagnostics leaves out (src/diagnostic.rs).
sed -e 's/data-bin="waymark"/data-bin="waymark-org"/' -e 's/ data-cargo-features="[^"]*"//' \
    -e '/rel="copy-dir"/d' -e '/rel="copy-file"/d' -e '/data-bin="kdf-worker"/d' -e '/data-bin="qr-worker"/d' index.html > org.html
if grep -q 'data-cargo-features' org.html; then
  echo "build-site: org.html would be built with the newcomer's cargo features" >&2
  exit 1
fi
trunk build --release=true --dist target/dist-org org.html
# Trunk names every page it builds index.html: the org page becomes org.html.
# Its other files are hashed, so they never clash (shared CSS and icon have
# the same names because they have the same content).
for f in target/dist-org/*; do
  case "$(basename "$f")" in
    index.html) cp "$f" dist/org.html ;;
    *) cp -r "$f" dist/ ;;
  esac
done
node scripts/make-sw.mjs dist
