#!/usr/bin/env bash
# Builds the release site and packages it for organisations:
#   release/waymark-<version>.zip   the site in a folder waymark-<version>/
#   release/SHA256SUMS              checksum of the zip (sha256sum -c SHA256SUMS)
# An organisation downloads one file, unzips it, edits config/org.toml and
# uploads the folder (see docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
[ "${SKIP_BUILD:-0}" = 1 ] || scripts/build.sh >/dev/null
[ -f dist/index.html ] || { echo "release: dist/ is not built" >&2; exit 1; }
rm -rf release && mkdir -p "release/waymark-$version"
cp -r dist/. "release/waymark-$version/"
cp deploy/_headers deploy/nginx.conf "release/waymark-$version/" 2>/dev/null || true
(cd release && TZ=UTC find "waymark-$version" -exec touch -d '2026-01-01 00:00:00' {} + && \
  find "waymark-$version" -type f | LC_ALL=C sort | zip -q -X -D "waymark-$version.zip" -@ && \
  rm -rf "waymark-$version" && sha256sum "waymark-$version.zip" > SHA256SUMS)
echo "release: $(cat release/SHA256SUMS)"
