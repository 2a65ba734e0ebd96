#!/usr/bin/env bash
# Build the macOS disk image dist/Cordee-<version>.dmg from dist/Cordee.app (installer/build.sh on a Mac):
# the app beside a link to /Applications, to drag it across. Needs macOS (hdiutil). The app is signed ad hoc by
# PyInstaller only: without a Developer ID signature and notarization, Gatekeeper asks the user to confirm the
# first start (right-click → Open).
# Usage: bash installer/macos/build_dmg.sh [APP] [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
app="${1:-dist/Cordee.app}"
out="${2:-dist/Cordee-$version.dmg}"
[ -d "$app/Contents/MacOS" ] || { echo "no app bundle at $app (run installer/build.sh on macOS)" >&2; exit 1; }
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
[ "$plist_version" = "$version" ] || { echo "Info.plist says $plist_version, app says $version" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "Cordée $version" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 "$out"
hdiutil verify "$out"
echo "disk image: $out ($(du -h "$out" | cut -f1))"
