#!/usr/bin/env bash
# Build the one-folder bundle in dist/cordee (dist/Cordee.app too on macOS) from installer/cordee.spec.
# The same command on Linux, Windows (Git Bash) and macOS; PYBIN names the Python that has Cordée installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN="${PYBIN:-.venv/bin/python}"
"$PYBIN" -m pip install -q -e '.[build]'
"$PYBIN" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/cordee.spec
echo "bundle: dist/cordee ($(du -sh dist/cordee | cut -f1))"
