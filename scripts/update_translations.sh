#!/usr/bin/env bash
# Refresh resources/i18n/cordee_{fr,de,en}.ts from the texts in app/ui, compile them to .qm, list what is unfinished.
#
#   scripts/update_translations.sh            extract (lupdate), compile (lrelease), report (ts_tool.py check)
#   scripts/update_translations.sh --check    also fail (exit 1) when a French or German text is unfinished
#
# The .ts files are the one place of the translations: after adding texts, run this, translate what it lists
# (scripts/ts_tool.py fill FILE.json, or Qt Linguist), run it again and commit the .ts and .qm files.
# Locations are not stored, so that code edits do not change the .ts files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${CORDEE_VENV_BIN:-}"
if [[ -z "$BIN" ]]; then
    if [[ -x /work/venv/bin/pyside6-lupdate ]]; then BIN=/work/venv/bin
    else BIN="$(dirname "$(command -v pyside6-lupdate)")"; fi
fi
PYTHON="$BIN/python"; [[ -x "$PYTHON" ]] || PYTHON="$(command -v python3)"
I18N=resources/i18n

mapfile -t SOURCES < <(find app/ui -name '*.py' | LC_ALL=C sort)
for lang in fr de en; do
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -source-language en -target-language "$lang" -locations none \
        -no-obsolete -silent -ts "$I18N/cordee_$lang.ts"
done
for lang in fr de en; do
    "$BIN/pyside6-lrelease" -silent "$I18N/cordee_$lang.ts" -qm "$I18N/cordee_$lang.qm"
done
if [[ "${1:-}" == "--check" ]]; then
    "$PYTHON" scripts/ts_tool.py check
else
    "$PYTHON" scripts/ts_tool.py check || true
fi
