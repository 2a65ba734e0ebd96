#!/usr/bin/env bash
# Package the built bundle (dist/cordee, from installer/build.sh) as a Debian package: dist/cordee_<version>_<arch>.deb
#   /opt/cordee/            the bundle (Cordee: the windowed program; cordee: the command line)
#   /usr/bin/cordee         the command line
#   desktop entry, icons (hicolor), AppStream metadata, the .cordee MIME type
# Depends: the Qt runtime libraries a display needs (xcb …), and every library the bundle links to that it does not
# carry, mapped to its Debian package on the build machine (Debian 12). The practice's data live in the users' home
# folders, never under /opt: installing a newer version over an older one leaves them as they are.
# Usage: bash installer/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
# Compression: zstd level 6 by default (seconds; dpkg reads it since Debian 12 and Ubuntu 21.10); DEB_COMPRESSION=xz
# makes a package about 20 % smaller that takes minutes to build (measured here: 75 MB in 7 min, against 89 MB in
# about 20 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle="${1:-dist/cordee}"
out="${2:-dist}"
here=installer/linux
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
arch="$(dpkg --print-architecture)"
[ -x "$bundle/Cordee" ] && [ -x "$bundle/cordee" ] || { echo "no bundle in $bundle (run installer/build.sh)" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
         "$root/usr/share/mime/packages" "$root/usr/share/doc/cordee" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/cordee"
ln -s /opt/cordee/cordee "$root/usr/bin/cordee"
install -m 644 "$here/org.cordee.Cordee.desktop" "$root/usr/share/applications/"
install -m 644 "$here/org.cordee.Cordee.xml" "$root/usr/share/mime/packages/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(git log -1 --format=%cs 2>/dev/null || date +%F)/" \
    "$here/org.cordee.Cordee.metainfo.xml.in" > "$root/usr/share/metainfo/org.cordee.Cordee.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "installer/icons/cordee-$size.png" \
      "$root/usr/share/icons/hicolor/${size}x${size}/apps/org.cordee.Cordee.png"
done
install -D -m 644 resources/icons/cordee.svg "$root/usr/share/icons/hicolor/scalable/apps/org.cordee.Cordee.svg"
cat > "$root/usr/share/doc/cordee/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Cordée
License: GPL-3.0-or-later
 On Debian systems, the full text is in /usr/share/common-licenses/GPL-3.
 The bundle in /opt/cordee carries Python, Qt (LGPL-3.0) and other libraries under their own licences.
EOF
chmod -R u+rwX,go+rX,go-w "$root"

# Libraries the bundle links to but does not carry, and the Debian packages that hold them here.
display_libs="libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0,
 libxcb-xkb1, libxcb-randr0, libxcb-xfixes0, libxcb-sync1, libxcb-shm0, libx11-xcb1, libxkbcommon-x11-0, libxkbcommon0,
 libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0"
carried="$(find "$root/opt/cordee" -name '*.so*' -printf '%f\n' | sort -u)"
needed="$(find "$root/opt/cordee" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
          | xargs -0 readelf -d 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)"
packages="$(for lib in $needed; do
              grep -qxF "$lib" <<<"$carried" && continue
              path="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|aarch64|64bit/ {print $NF; exit}')"
              [ -n "$path" ] || continue
              dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true
            done | cut -d: -f1 | sort -u | tr '\n' ' ')"
depends="$(printf '%s\n' $(tr -d ',' <<<"$display_libs") $packages | sort -u | paste -sd, | sed 's/,/, /g')"

installed_kb="$(du -sk "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: cordee
Version: $version
Architecture: $arch
Maintainer: Cordée <packages@cordee.invalid>
Installed-Size: $installed_kb
Depends: $depends
Section: science
Priority: optional
Description: coordinated care for group medical practices
 Cordée is a desktop program for group practices and maisons de santé: shared care
 plans, doctor-pharmacist medication alerts, delegated tasks under cooperation
 protocols, on records encrypted on the computer or kept on a PostgreSQL server.
 .
 The practice's database, key file and backups are kept in the users' folders
 (~/.local/share/Cordee): removing or upgrading the package leaves them.
EOF
mkdir -p "$out"
deb="$out/cordee_${version}_${arch}.deb"
compression="${DEB_COMPRESSION:-zstd}"
level=(); [ "$compression" != zstd ] || level=(-z6)
dpkg-deb --root-owner-group -Z"$compression" "${level[@]}" --build "$root" "$deb" >/dev/null
echo "package: $deb ($(du -h "$deb" | cut -f1); installed $(( installed_kb / 1024 )) MiB)"
echo "depends: $depends"
