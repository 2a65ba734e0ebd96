#!/usr/bin/env bash
# Build the PyInstaller bundle and run its `smoke` command against a demo database (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN=.venv/bin/python bash installer/build.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bundle smoke passphrase $$" > "$work/pass"
dist/cordee/cordee init --db "$work/p.db" --passphrase-file "$work/pass" >/dev/null
dist/cordee/cordee demo-data --db "$work/p.db" --passphrase-file "$work/pass" --patients 2000 --seed 5
out="$(QT_QPA_PLATFORM=offscreen dist/cordee/cordee smoke --db "$work/p.db" --passphrase-file "$work/pass" 2>/dev/null)"
echo "bundle $out"
case "$out" in ready_ms=*) ;; *) echo "bundle smoke failed" >&2; exit 1 ;; esac
