"""Export Cordée's icon from its SVG source (resources/icons/cordee.svg) to every size the packages need.

Writes resources/icons/cordee-256.png (the window icon) and, under installer/icons/, the PNG sizes of the
Linux icon theme, cordee.ico (Windows: executables and installer) and cordee.icns (macOS bundle).
Tools: Qt's SVG renderer (PySide6) draws each size from the vector source; Pillow writes ICO and ICNS.

    python scripts/export_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (after the platform is chosen)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "cordee.svg"
OUT = ROOT / "installer" / "icons"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The icon drawn at ``size`` pixels, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: render(renderer, size) for size in sorted({*THEME_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in THEME_SIZES:
        images[size].save(OUT / f"cordee-{size}.png", optimize=True)
    images[256].save(ROOT / "resources" / "icons" / "cordee-256.png", optimize=True)
    images[256].save(OUT / "cordee.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[1024].save(OUT / "cordee.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"icons written to {OUT.relative_to(ROOT)} and resources/icons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
