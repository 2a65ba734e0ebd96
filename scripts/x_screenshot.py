"""Screenshot of a real X display (Xvfb) once a program's window is on it, and a check that it is not blank.

Waits until the screen shows at least MIN_COLOURS distinct colours and has stopped changing (the window painted,
its lists loaded), saves it as PNG and prints the number of colours; exits 1 if the screen stayed blank.
Reads the display from $DISPLAY through Qt's xcb platform, as the program under test does.

    python scripts/x_screenshot.py OUT.png [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from array import array

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402  (after the platform is chosen)

MIN_COLOURS = 64


def colours(image: QImage) -> int:
    """The number of distinct colours of the image."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(array("I", bytes(rgb.constBits()))))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--pid", type=int, help="the program under test: stop waiting if it has ended")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv)
    screen = app.primaryScreen()
    deadline = time.monotonic() + args.timeout
    previous, count, image = None, 0, QImage()
    while time.monotonic() < deadline and (args.pid is None or _running(args.pid)):
        image = screen.grabWindow(0).toImage()
        count = colours(image)
        if count >= MIN_COLOURS and previous == count:
            break
        previous = count
        time.sleep(2)
    image.save(args.out)
    print(f"screenshot {args.out}: {image.width()}x{image.height()}, {count} colours")
    if count < MIN_COLOURS:
        print(f"the screen stayed blank ({count} colours)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
