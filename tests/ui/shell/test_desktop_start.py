"""The real desktop start: ``cordee --demo`` on an X display (Xvfb) with Qt's xcb platform, not offscreen.

Every other GUI test runs offscreen, which needs none of the xcb libraries a real display needs; this one proves
the program starts on a real display, shows its main window on the demo practice and paints it. It needs ``Xvfb``
and ``xwininfo`` (Debian: xvfb, x11-utils, installed by scripts/test.sh): without them it fails when
CORDEE_REQUIRE_DISPLAY is set (.ci/run sets it) and is skipped on a developer machine otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.screens import SCREENSHOTS

pytestmark = pytest.mark.desktop

ROOT = Path(__file__).resolve().parents[3]
SCREEN = (1366, 768)
WAIT_SECONDS = 180
MIN_COLOURS = 64
"""A blank X screen has one colour; the main window with its patient list has hundreds."""


def _tools_or_skip() -> None:
    missing = [tool for tool in ("Xvfb", "xwininfo") if shutil.which(tool) is None]
    if not missing:
        return
    message = f"a real display needs {', '.join(missing)} (Debian: xvfb, x11-utils; scripts/test.sh installs them)"
    if os.environ.get("CORDEE_REQUIRE_DISPLAY"):
        pytest.fail(message)
    pytest.skip(message + "; set CORDEE_REQUIRE_DISPLAY=1 to make this a failure")


@pytest.fixture
def x_display(tmp_path):
    """A fresh Xvfb display (``:N``), stopped after the test."""
    _tools_or_skip()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=(tmp_path / "xvfb.log").open("w"))
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()   # Xvfb writes the display number once it accepts connections
    try:
        assert number, f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()}"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _windows(display: str) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, check=True).stdout


def _colours(path: Path) -> int:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    return len(set(array("I", bytes(image.constBits()))))


def test_cordee_demo_starts_on_a_real_x_display_and_paints_its_main_window(x_display, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "TMPDIR": str(tmp_path)}   # the demo practice's folder too
    log = tmp_path / "cordee.log"
    program = subprocess.Popen([sys.executable, "-m", "app", "--demo"], cwd=ROOT, env=env,
                               stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while '"Cordée — ' not in _windows(x_display):   # the main window's title: "Cordée — <practice>"
            assert program.poll() is None, f"cordee --demo ended ({program.returncode}): {log.read_text()}"
            assert time.monotonic() < deadline, f"no main window within {WAIT_SECONDS} s: {log.read_text()}"
            time.sleep(0.5)
        SCREENSHOTS.mkdir(exist_ok=True)
        png = SCREENSHOTS / "desktop-start-xcb.png"
        taken = subprocess.run(
            [sys.executable, "scripts/x_screenshot.py", str(png), "--pid", str(program.pid), "--timeout", "120"],
            cwd=ROOT, env=env, capture_output=True, text=True)
        assert taken.returncode == 0, taken.stdout + taken.stderr + log.read_text()
        assert program.poll() is None, f"cordee --demo ended after showing its window: {log.read_text()}"
        assert QImage(str(png)).size().toTuple() == SCREEN
        assert _colours(png) >= MIN_COLOURS, f"{png} is blank"
    finally:
        program.terminate()
        program.wait(30)
