"""Where the shipped resources are (source tree or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
