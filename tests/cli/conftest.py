"""Fixtures of the command-line tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def in_process_qt():
    """For tests that call ``app.cli.main.main`` in this process: its error messages load Qt's translations, and
    it would make a ``QCoreApplication`` that the GUI tests later in the same run could not replace by the
    ``QApplication`` they need; the ``QApplication`` is made first."""
    from PySide6.QtWidgets import QApplication  # Qt only for the tests that need it

    return QApplication.instance() or QApplication([])
