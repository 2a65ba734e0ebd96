"""Screenshots taken by the GUI tests, to look at (tests assert behaviour, not pixels)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shot(widget: QWidget, name: str) -> Path:
    """Save ``widget`` as ``screenshots/<name>.png`` (the folder is ignored by git) and return the path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / (name if name.endswith(".png") else f"{name}.png")
    widget.grab().save(str(path))
    return path
