#!/usr/bin/env bash
# Install everything Cordée's tests need (Debian packages: PostgreSQL, poppler, zbar, Qt's runtime libraries for a
# real display with Xvfb and xwininfo, for the test that starts the program on one; Python packages), start
# PostgreSQL, run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/display_libs.sh
source scripts/display_libs.sh
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v zbarimg >/dev/null || need+=(zbar-tools)
command -v dbus-daemon >/dev/null || need+=(dbus-daemon)
command -v Xvfb >/dev/null || need+=(xvfb)            # the desktop test: the program on a real X display (xcb)
command -v xwininfo >/dev/null || need+=(x11-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
install_display_libs "${need[@]}"   # Qt's runtime libraries for a real display, with the packages the tests use
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# Byte-compile our own modules as a regular install does (an editable one leaves that to the first import).
.venv/bin/python -m compileall -q app >/dev/null
# The shape of the code: package layers and allowed edges (import-linter), and the linter.
.venv/bin/lint-imports --no-cache
.venv/bin/ruff check app tests scripts installer
export CORDEE_TEST_PG_URL="$(bash scripts/pg_test_server.sh)"
export QT_QPA_PLATFORM=offscreen
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
fi
# The whole suite: the tests without a GUI on every core (pytest-xdist, a module's tests on one worker), then the GUI
# tests one after another (their waits for the screen are measured on a machine that is not shared with others).
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider -m "not gui" -n auto --dist loadfile || status=$?
.venv/bin/python -m pytest -q -p no:cacheprovider -m gui || status=$?
exit "$status"
