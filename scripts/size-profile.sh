#!/usr/bin/env bash
# Builds one wasm program the way Trunk does (release, wasm-bindgen,
# wasm-opt -Oz with the same features) and prints its brotli size, then where
# its bytes go (scripts/wasm-profile.mjs on a copy that keeps the names).
# The method of docs/quality.md, "Size"; one step of a size change = one run.
#
#   scripts/size-profile.sh [waymark|waymark-org|kdf-worker|qr-worker] [profile options]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
bin="${1:-waymark}"; shift || true
out="target/size-profile/$bin"
mkdir -p "$out"
# The features index.html gives the newcomer's programs (org.html: none).
features_of() { case "$1" in waymark-org) ;; *) echo "--features quiet-diagnostics" ;; esac; }
# shellcheck disable=SC2046
cargo build --quiet --release --target wasm32-unknown-unknown --bin "$bin" $(features_of "$bin")
wasm-bindgen --target web --no-typescript --out-dir "$out" "target/wasm32-unknown-unknown/release/$bin.wasm"
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue"
# shellcheck disable=SC2086
wasm-opt -Oz $features -o "$out/opt.wasm" "$out/${bin}_bg.wasm"
# shellcheck disable=SC2086
wasm-opt -Oz -g $features -o "$out/named.wasm" "$out/${bin}_bg.wasm"
node -e '
const { readFileSync } = require("node:fs");
const { brotliCompressSync, gzipSync, constants } = require("node:zlib");
const b = readFileSync(process.argv[1]);
const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = gzipSync(b, { level: 9 }).length;
console.log(`${process.argv[2]}: ${(b.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip -9, ${(br / 1024).toFixed(1)} KB brotli 11`);
' "$out/opt.wasm" "$bin"
node scripts/wasm-profile.mjs "$out/named.wasm" "$@"
