#!/usr/bin/env bash
# Refresh resources/i18n/cordee_{fr,de,en}.ts from the sources and compile them to .qm.
#
#   scripts/update_translations.sh            extract, merge (translations kept), fill, compile
#   scripts/update_translations.sh --check    also fail (exit 1) if a French or German text is left untranslated
#
# After adding strings to app/ui: run this, translate what it lists as "without a translation" (add the
# texts to scripts/translation_table.py, or finish them in Qt Linguist), run it again, commit the .ts and .qm.
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
TS=("$I18N/cordee_fr.ts" "$I18N/cordee_de.ts" "$I18N/cordee_en.ts")
mkdir -p "$I18N"

# 1. texts lupdate cannot see (translated through a local alias) -> a generated source file
"$PYTHON" scripts/fill_translations.py aliases "$I18N/aliased_strings.py"

# 2. extract + merge: existing translations are kept; texts gone from the sources are dropped
mapfile -t SOURCES < <(find app/ui -name '*.py' -not -name '__init__.py' | LC_ALL=C sort)
SOURCES+=("$I18N/aliased_strings.py")
for ts in "${TS[@]}"; do
    lang="$(basename "$ts" .ts)"; lang="${lang#cordee_}"
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -source-language en -target-language "$lang" -no-obsolete -ts "$ts"
done

# 3. drop what lupdate misread at alias call sites; fill new texts from the table (English = source text)
"$PYTHON" scripts/fill_translations.py clean "${TS[@]}"
"$PYTHON" scripts/fill_translations.py fill "${TS[@]}" || echo "warning: some texts have no translation yet (listed above)"

# 4. compile
for ts in "${TS[@]}"; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$PYTHON" scripts/fill_translations.py report "${TS[@]}" || { [[ "${1:-}" == "--check" ]] && exit 1; true; }
