#!/usr/bin/env bash
# Install Cordée in .venv and start it on a throwaway demo practice.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
# Byte-compile our own modules as a regular install does (an editable one leaves that to the first import).
.venv/bin/python -m compileall -q app >/dev/null
exec .venv/bin/cordee --demo "$@"
