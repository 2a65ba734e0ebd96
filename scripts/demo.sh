#!/usr/bin/env bash
# Install Cordée in .venv (and, on Debian/Ubuntu, Qt's runtime libraries for a display) and start it on a
# throwaway demo practice.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/display_libs.sh
source scripts/display_libs.sh
install_display_libs   # Debian/Ubuntu: Qt's runtime libraries for a real display (xcb), when missing
[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
# Byte-compile our own modules as a regular install does (an editable one leaves that to the first import).
.venv/bin/python -m compileall -q app >/dev/null
exec .venv/bin/cordee --demo "$@"
