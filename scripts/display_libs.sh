# Sourced by scripts/demo.sh and scripts/test.sh. Qt's xcb platform plugin (a real X11 display, or XWayland)
# needs these system libraries (Debian/Ubuntu names); without them `cordee` aborts at start on a real desktop.
# On Debian/Ubuntu they are installed when missing; elsewhere on Linux they are named.
QT_DISPLAY_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
                     libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1
                     libdbus-1-3)

install_display_libs() {
  [ "$(uname -s)" = Linux ] || return 0
  if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
    echo "note: Qt needs the xcb libraries of your distribution for a real display:" \
         "xcb-cursor, xcb-icccm, xcb-keysyms, xcb-image, xcb-render-util, xcb-shape, xcb-xkb, xkbcommon-x11, EGL" >&2
    return 0
  fi
  local missing=() pkg
  for pkg in "${QT_DISPLAY_PACKAGES[@]}" "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null; then   # name them rather than stop the set-up on a missing sudo
      echo "note: Qt needs these packages for a real display; as root: apt-get install ${missing[*]}" >&2
      return 0
    fi
    sudo=(sudo)
  fi
  echo "installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}
