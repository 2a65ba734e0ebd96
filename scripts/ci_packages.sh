#!/usr/bin/env bash
# CI, after the tests: build and try the packages that can be built here (Debian 12, as root).
#  1. actionlint checks the GitHub Actions workflow that builds the Windows and macOS packages on hosted runners;
#  2. the Windows installer script is compiled by Debian's makensis around a stand-in payload;
#  3. the Linux bundle (PyInstaller) is built;
#  4. the .deb is built, its desktop entry and AppStream metadata validated;
#  5. upgrade: an older package is installed, a practice database of schema 0009 (tests/fixtures/upgrade) is put in
#     the user's data folder, the new .deb is installed over the old package; the database and key file are left
#     as they were, and the installed program opens it (migrating it after a "…-before-upgrade" backup when this
#     version's schema is newer);
#  6. the installed program: `cordee --version`, `cordee smoke --all-screens` and a printed medication plan on a real
#     X display (Xvfb, xcb), and the windowed program started on a fresh demo practice, its screenshot checked;
#  7. the package is removed; the practice's data stay.
# Everything is written under $CI_WORK (default build/ci): the screenshot is build/ci/installed-cordee.png.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYBIN:-.venv/bin/python}"
BIN="$(dirname "$PY")"
work="${CI_WORK:-$PWD/build/ci}"
started=$SECONDS
step() { echo "== $(( SECONDS - started )) s: $*"; }
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
rm -rf "$work" && mkdir -p "$work/home" "$work/tmp"
SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
apt_install() { DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }

step "tools: NSIS, Xvfb, AppStream and desktop-file validators; PyInstaller and actionlint"
need=()
command -v makensis >/dev/null || need+=(nsis)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if [ ${#need[@]} -gt 0 ]; then "${SUDO[@]}" apt-get update -qq; apt_install "${need[@]}"; fi
[ -n "${CORDEE_SKIP_PIP:-}" ] || "$PY" -m pip install -q -e '.[build]'

step "actionlint: .github/workflows"
"$BIN/actionlint" .github/workflows/*.yml

step "makensis: the Windows installer script around a stand-in payload"
standin="$work/windows-standin"
mkdir -p "$standin/_internal"
for f in Cordee.exe cordee-cli.exe _internal/base_library.zip; do echo "stand-in for $f" > "$standin/$f"; done
bash installer/windows/build_installer.sh "$standin" "$work/Cordee-$version-standin-setup.exe"

step "bundle: PyInstaller (installer/cordee.spec)"
if [ -n "${CORDEE_REUSE_BUNDLE:-}" ] && [ -x dist/cordee/cordee ]; then
  echo "reusing dist/cordee (CORDEE_REUSE_BUNDLE)"
else
  "$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller installer/cordee.spec
fi
echo "bundle: dist/cordee $(du -sh dist/cordee | cut -f1)"

step "package: .deb"
bash installer/linux/build_deb.sh dist/cordee dist
deb="dist/cordee_${version}_$(dpkg --print-architecture).deb"
tree="$work/deb-tree"
dpkg-deb -x "$deb" "$tree"
appstreamcli validate --no-net "$tree/usr/share/metainfo/org.cordee.Cordee.metainfo.xml"
desktop-file-validate "$tree/usr/share/applications/org.cordee.Cordee.desktop"
rm -rf "$tree"

step "upgrade: an older package, a practice of schema 0009 in the user's folder, then this package over it"
"${SUDO[@]}" apt-get remove -y -qq cordee >/dev/null 2>&1 || true
old="$work/old-package"
mkdir -p "$old/DEBIAN" "$old/opt/cordee" "$old/usr/bin"
printf '#!/bin/sh\necho "cordee 0.0.1 (older stand-in package)"\n' > "$old/opt/cordee/cordee"
chmod 755 "$old/opt/cordee/cordee"
ln -s /opt/cordee/cordee "$old/usr/bin/cordee"
printf 'Package: cordee\nVersion: 0.0.1\nArchitecture: all\nMaintainer: Cordée <packages@cordee.invalid>\nDescription: older stand-in of cordee (CI upgrade test)\n' \
    > "$old/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip --build "$old" "$work/cordee_0.0.1_all.deb" >/dev/null
apt_install "$work/cordee_0.0.1_all.deb"
export HOME="$work/home" TMPDIR="$work/tmp" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
data="$XDG_DATA_HOME/Cordee"   # the default folder of the database (platformdirs)
mkdir -p "$data"
cp tests/fixtures/upgrade/schema-0009/practice.db tests/fixtures/upgrade/schema-0009/practice.db.cordee-keys.json "$data/"
fixture_pass="$work/fixture.pass"
echo "upgrade fixture passphrase 0009 (test value)" > "$fixture_pass"
before="$(cd "$data" && sha256sum practice.db practice.db.cordee-keys.json)"
apt_install "./$deb"
[ "$(dpkg-query -W -f='${Version}' cordee)" = "$version" ] || { echo "cordee $version not installed" >&2; exit 1; }
(cd "$data" && sha256sum -c --quiet <<<"$before") && echo "database and key file left as they were by the upgrade"
listed="$(cordee patients --db "$data/practice.db" --passphrase-file "$fixture_pass" --limit 1000 | wc -l)"
[ "$listed" = 25 ] || { echo "the upgraded practice lists $listed patients, not 25" >&2; exit 1; }
head="$("$PY" -c 'from app.services.storage.migrate import head_revisions; print(*sorted(head_revisions()))')"
backups=0
[ ! -d "$data/practice.db.backups" ] || backups="$(find "$data/practice.db.backups" -maxdepth 1 -name '*-before-upgrade' | wc -l)"
if [ "$head" = 0009 ]; then
  echo "schema 0009 is this version's newest: nothing to migrate, no backup expected ($backups)"
  [ "$backups" = 0 ]
else
  echo "schema 0009 → $head: before-upgrade backups: $backups"
  [ "$backups" = 1 ]
fi

step "installed program: version, smoke on a real X display (xcb), the window on a fresh demo practice"
[ "$(cordee --version)" = "cordee $version" ] && echo "cordee --version: $(cordee --version)"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
gui=""
cleanup() { [ -z "$gui" ] || kill "$gui" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")" QT_QPA_PLATFORM=xcb
bash installer/smoke_bundle.sh cordee "$work/installed-smoke"   # every screen, a printed plan
cordee smoke --db "$data/practice.db" --passphrase-file "$fixture_pass" | sed 's/^/upgraded practice: /'
/opt/cordee/Cordee --demo > "$work/gui.log" 2>&1 &
gui=$!
QT_QPA_PLATFORM=xcb "$PY" scripts/x_screenshot.py "$work/installed-cordee.png" --pid "$gui" --timeout 180 \
    || { cat "$work/gui.log" >&2; exit 1; }
kill -0 "$gui"   # still running: it started and stayed up
kill "$gui"
wait "$gui" 2>/dev/null || true
gui=""

step "remove: the package goes, the practice's data stay"
"${SUDO[@]}" apt-get remove -y -qq cordee >/dev/null
[ ! -e /opt/cordee ] && [ ! -e /usr/bin/cordee ] && echo "cordee removed"
[ -s "$data/practice.db" ] && [ -s "$data/practice.db.cordee-keys.json" ] && echo "data kept in $data"
step "done: package $(du -h "$deb" | cut -f1) ($deb), bundle $(du -sh dist/cordee | cut -f1)"
