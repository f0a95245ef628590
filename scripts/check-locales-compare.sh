#!/usr/bin/env bash
# Check the translations with Mozilla's compare-locales.
#
# Usage: scripts/check-locales-compare.sh [FOLDER]
#   FOLDER  a folder containing locales/<code>/*.ftl (default: this repository).
#
# Compares locales/pl, ru, be and uk with the English reference (locales/en)
# using l10n.toml, prints what is missing, obsolete or broken, and exits with
# status 1 when any language has an error or a missing message or file.
# Installs compare-locales with pip the first time (nothing happens if it is
# already installed). Needs python3.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$(cd "${1:-$repo}" && pwd)"
config="$repo/l10n.toml"
locales=(pl ru be uk)

if ! command -v compare-locales >/dev/null 2>&1; then
  echo "Installing compare-locales (once)…" >&2
  python3 -m pip install --quiet --user compare-locales >&2 || python3 -m pip install --quiet compare-locales >&2
  export PATH="$HOME/.local/bin:$PATH"
  hash -r
fi

if [ ! -d "$base/locales/en" ]; then
  echo "error: $base/locales/en not found (give the folder that contains locales/)" >&2
  exit 2
fi

json="$(mktemp)"
cfg_dir="$(mktemp -d)"
trap 'rm -rf "$json" "$cfg_dir"' EXIT
# Same configuration, but with English taken from the checked folder too.
config_copy="$cfg_dir/l10n.toml"
sed "s|^basepath = .*|basepath = \"$base\"|" "$config" >"$config_copy"
config="$config_copy"

# Human-readable report for the translator…
compare-locales --return-zero "$config" "$base" "${locales[@]}"
# …and a machine-readable one to decide the exit status.
compare-locales --return-zero --json "$json" "$config" "$base" "${locales[@]}" >/dev/null

python3 - "$json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
failed = False
for project in data:
    for locale, s in sorted(project.get("summary", {}).items()):
        errors, missing = s.get("errors", 0), s.get("missing", 0)
        warnings, obsolete = s.get("warnings", 0), s.get("obsolete", 0)
        status = "OK" if errors == 0 and missing == 0 else "FAIL"
        print(f"{locale}: {status} (errors {errors}, missing {missing}, warnings {warnings}, obsolete {obsolete})")
        if status == "FAIL":
            failed = True
    # Files missing entirely are only listed in the details tree.
    def walk(node, path):
        global failed
        if isinstance(node, dict):
            if node.get("missingFile") == "error":
                print(f"{'/'.join(path)}: file is missing")
                failed = True
            for key, value in node.items():
                walk(value, path + [key])
        elif isinstance(node, list):
            for value in node:
                walk(value, path)
    walk(project.get("details", {}).get("locales", {}), [])
sys.exit(1 if failed else 0)
PY
