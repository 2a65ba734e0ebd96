"""What the Cordée bundle leaves out (read by cordee.spec): Qt modules and plugins the program does not use, Qt's
own translations other than French, German and English, Faker's locales other than those of the demo practice,
and test tools. Paths are matched with forward slashes, so one list serves Linux, Windows and macOS layouts.

What stays is proven by the built program's `cordee smoke --all-screens` (every screen of the feature registry,
the team indicators chart included) and by the installed Linux package started on a real X display.
"""

from __future__ import annotations

import re

EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "hypothesis", "pytest", "_pytest", "pytestqt", "pytest_benchmark", "IPython",
    "numpy", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtNetwork", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtPdf", "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore", "PySide6.QtMultimedia",
]

_DROPPED_PATHS = re.compile("|".join((
    # Qt libraries behind QML, Quick, the virtual keyboard, Wayland, EGLFS and PDF (nothing of Cordée uses them)
    r"(^|/)(lib)?Qt6?(Qml\w*|Quick\w*|VirtualKeyboard\w*|Wayland\w*|WlShell\w*|EglF[sS]\w*|Pdf\w*)[^/]*$",
    r"/Qt(Qml\w*|Quick\w*|VirtualKeyboard\w*|Pdf\w*)\.framework/",
    # plugins: keep the xcb, offscreen, Windows and Cocoa platforms, the compose/ibus input methods, the
    # portal theme, ICO and JPEG images and the SVG icon engine (theme icons)
    r"/(lib)?Qt6?Network[^/]*$",
    r"/plugins/(generic|tls|networkinformation|egldeviceintegrations|wayland-[^/]+|qmltooling|position)/",
    r"/plugins/platforms/[^/]*(wayland|eglfs|linuxfb|minimal|vkkhrdisplay|vnc|direct2d)[^/]*$",
    r"/plugins/platforminputcontexts/[^/]*virtualkeyboard[^/]*$",
    r"/plugins/platformthemes/[^/]*gtk3[^/]*$",
    r"/plugins/imageformats/[^/]*(pdf|tiff|webp|tga|wbmp|gif|icns|svg)[^/]*$",
)))
# Libraries (Linux) that only the left-out plugins (GTK theme, network) needed: found by reading the ELF "NEEDED"
# entries of what stays; a desktop has its own copies where another program needs them.
_UNNEEDED_LINUX_LIBS = re.compile(
    r"^lib(atk|cairo|gdk_pixbuf|pango|harfbuzz\.so|fribidi|datrie|thai|graphite2|pixman|gio|gmodule|gobject|Xext"
    r"|Xrender|Xau|Xdmcp|blkid|mount|selinux|bsd|md|krb5|k5crypto|gssapi_krb5|com_err\.so|keyutils\.so|jpeg\.so"
    r"|Qt6Network)[^/]*$")
_QT_TRANSLATION = re.compile(r"PySide6/(Qt/)?translations/(?P<name>[^/]+)$")
_KEPT_QT_TRANSLATIONS = {"qtbase_fr.qm", "qtbase_de.qm", "qtbase_en.qm"}
_LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")  # region locales (xx_YY): provider names like "sbn" are not
_KEPT_LOCALE_PREFIXES = ("en", "fr", "de", "la")


def _faker_locale_dropped(parts: list[str]) -> bool:
    """faker/providers/<provider>/<locale>/…: True for a locale the demo practice never asks for."""
    if parts[:2] != ["faker", "providers"] or len(parts) < 4:
        return False
    locale = parts[3].removesuffix(".py")
    return bool(_LOCALE.match(locale)) and not locale.startswith(_KEPT_LOCALE_PREFIXES)


def dropped(dest: str) -> bool:
    """True for a file of the bundle (its path inside the bundle) that Cordée does not need."""
    path = dest.replace("\\", "/")
    if _DROPPED_PATHS.search("/" + path) or _UNNEEDED_LINUX_LIBS.match(path):
        return True
    translation = _QT_TRANSLATION.search(path)
    if translation and translation["name"] not in _KEPT_QT_TRANSLATIONS:
        return True
    return _faker_locale_dropped(path.split("/"))


def keep(toc):
    """The binaries or data files of an Analysis without those Cordée does not need."""
    return [entry for entry in toc if not dropped(entry[0])]


def keep_modules(toc):
    """The pure-Python modules of an Analysis without Faker's unused locales."""
    return [entry for entry in toc if not _faker_locale_dropped(entry[0].split("."))]
