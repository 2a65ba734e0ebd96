#!/usr/bin/env bash
# Compile the Windows installer (NSIS) around a built bundle: dist/Cordee-<version>-setup.exe.
# On Windows (Git Bash, NSIS on PATH) after installer/build.sh; on Debian with its makensis to prove the script
# against a stand-in payload (scripts/ci_packages.sh does that).
# Usage: bash installer/windows/build_installer.sh [PAYLOAD_DIR] [OUTFILE]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
numeric="$(grep -oE '^[0-9]+(\.[0-9]+){0,3}' <<<"$version")"
while [ "$(tr -cd . <<<"$numeric" | wc -c)" -lt 3 ]; do numeric="$numeric.0"; done
payload="$(cd "${1:-dist/cordee}" && pwd)"
out="${2:-dist/Cordee-$version-setup.exe}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
[ -f "$payload/Cordee.exe" ] || { echo "no Cordee.exe in $payload (build the bundle on Windows first)" >&2; exit 1; }
if command -v cygpath >/dev/null; then payload="$(cygpath -w "$payload")"; out="$(cygpath -w "$out")"; fi
makensis -V2 -WX -INPUTCHARSET UTF8 "-DVERSION=$version" "-DVIVERSION=$numeric" "-DPAYLOAD=$payload" "-DOUTFILE=$out" \
    installer/windows/cordee.nsi
echo "installer: $out"
