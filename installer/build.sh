#!/usr/bin/env bash
# Build the one-folder bundle in dist/cordee (Linux; the same spec works on Windows and macOS).
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN="${PYBIN:-.venv/bin/python}"
"$PYBIN" -m pip install -q -e '.[build]'
"$PYBIN" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/cordee.spec
echo "bundle: dist/cordee/cordee"
