#!/usr/bin/env bash
# Build the PyInstaller bundle and run its `smoke` command against a demo database (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN="${PYBIN:-.venv/bin/python}" bash installer/build.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bundle smoke passphrase $$" > "$work/pass"
dist/cordee/cordee init --db "$work/p.db" --passphrase-file "$work/pass" >/dev/null
dist/cordee/cordee demo-data --db "$work/p.db" --passphrase-file "$work/pass" --patients 2000 --seed 5
out="$(QT_QPA_PLATFORM=offscreen dist/cordee/cordee smoke --db "$work/p.db" --passphrase-file "$work/pass")"
echo "bundle $out"
case "$out" in ready_ms=*) ;; *) echo "bundle smoke failed" >&2; exit 1 ;; esac
# The bundle also prints: one patient's medication plan (reportlab barcode renderers, resources).
pid="$(dist/cordee/cordee patients --db "$work/p.db" --passphrase-file "$work/pass" --limit 1 | cut -f1)"
dist/cordee/cordee export medication-plan --db "$work/p.db" --passphrase-file "$work/pass" --patient "$pid" \
    --out "$work/plan.pdf"
test -s "$work/plan.pdf" && echo "bundle export ok"
