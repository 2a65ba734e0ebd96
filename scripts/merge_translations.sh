#!/usr/bin/env bash
# After `git merge` stops on the translation files: keep ours, extract the merged sources' texts again, take
# the other side's finished translations (and those it changed where ours kept the merge base's), compile. Run it, check `git diff`, then `git add resources/i18n`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${CORDEE_VENV_BIN:-$(dirname "$(command -v pyside6-lupdate)")}"
theirs="$(mktemp -d)"
trap 'rm -rf "$theirs"' EXIT
for lang in fr de en; do
    ts="resources/i18n/cordee_$lang.ts"
    git show "MERGE_HEAD:$ts" > "$theirs/cordee_$lang.ts"
    git show "$(git merge-base HEAD MERGE_HEAD):$ts" > "$theirs/base_$lang.ts"
    git checkout --ours -- "$ts"
done
CORDEE_VENV_BIN="$BIN" bash scripts/update_translations.sh >/dev/null 2>&1 || true
for lang in fr de en; do
    "$BIN/python" scripts/ts_tool.py absorb "$theirs/cordee_$lang.ts" "resources/i18n/cordee_$lang.ts" \
        --base "$theirs/base_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "resources/i18n/cordee_$lang.ts" -qm "resources/i18n/cordee_$lang.qm"
done
"$BIN/python" scripts/ts_tool.py check || echo "merge_translations: some texts are left unfinished (listed above)"
