"""Documents the user saves (PDF, CSV …): chosen path, rendered and written off the UI thread, atomically.

``save_document(widget, render, path, on_saved, on_failed)`` renders with the service call ``render`` and writes
through ``app.services.storage.atomic.write_export`` on the pool of long jobs, then calls back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.services.storage.atomic import write_export
from app.ui.common import background
from app.ui.common.form_helpers import guarded


def save_document(widget: QWidget, render: Callable[[], bytes], path: str | Path,
                  on_saved: Callable[[str], None] | None, on_failed: Callable[[Exception], None]) -> None:
    """Render the document and write it to ``path``; ``on_saved`` gets the path."""
    target = Path(path)

    def job() -> str:
        return str(write_export(target, render()))
    background.run_long(job, guarded(widget, on_saved) if on_saved else None, guarded(widget, on_failed))
