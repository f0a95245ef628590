#!/usr/bin/env bash
# Installs everything Waymark needs to build and test, on a fresh Debian
# machine with rustup, cargo and Node.js 20. Idempotent: each step checks first
# and does nothing when already done, so a second run takes seconds.
#
#   scripts/setup.sh           tools to build the site (Rust target, Trunk,
#                              wasm-bindgen, wasm-opt from npm binaryen)
#   scripts/setup.sh --test    also the test tools (Chromium, chromedriver,
#                              Firefox ESR, geckodriver, age, brotli, zip,
#                              nginx, cargo-deny, compare-locales)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust: the browser target and the crates (Trunk builds offline) -------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
cargo fetch --locked -q

# --- Trunk 0.21 (0.22 needs a newer rustc) ---------------------------------
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked -q
fi

# --- wasm-bindgen-cli: must equal the wasm-bindgen version in Cargo.lock ---
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "cargo install wasm-bindgen-cli $WB_VERSION"
  # Not --locked: the locked build of this version misses a dependency version.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" -q --force
fi

# --- npm tooling: wasm-opt (binaryen 132), playwright-core, axe-core -------
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat node_modules/.waymark-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.waymark-lock
fi

if [ "$want_test" = 1 ]; then
  apt_install chromium chromium-driver firefox-esr age brotli python3-pip zip unzip nginx-light zbar-tools
  # Installing nginx may start the system service; the tests run their own.
  if command -v systemctl >/dev/null && systemctl is-active -q nginx 2>/dev/null; then $SUDO systemctl stop nginx || true; fi
  DENY_VERSION=0.20.2
  if ! cargo deny --version 2>/dev/null | grep -q "$DENY_VERSION"; then
    say "cargo install cargo-deny $DENY_VERSION (about 5 minutes)"
    cargo install cargo-deny --version "$DENY_VERSION" --locked -q
  fi
  # geckodriver (crates.io) drives Firefox ESR for the browser smoke test.
  GECKODRIVER_VERSION=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | sed -n 1p)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION (a few minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked -q
  fi
  if ! python3 -c 'import compare_locales' 2>/dev/null; then
    say "pip install compare-locales"
    python3 -m pip install -q compare-locales || python3 -m pip install -q --break-system-packages compare-locales
  fi
fi
say "ready"
