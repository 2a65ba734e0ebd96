"""Keyboard letters of the menus (Alt+letter): within the menu bar, and within each menu, no two entries share a
letter, in every language and for every role (each feature brings its own menu and entries, so two of them can
collide without either knowing)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
ROLES = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant", "coordinator", "admin")


def _letter(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].casefold() if i >= 0 and i + 1 < len(text.replace("&&", "")) else None


def _clashes(where: str, actions: list[QAction]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _letter(action.text())
        if letter is None:
            continue
        if letter in seen:
            out.append(f"{where}: {seen[letter]!r} and {action.text()!r} share {letter!r}")
        seen[letter] = action.text()
    return out


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_no_two_menu_entries_share_a_keyboard_letter(qtbot, practice, language):
    i18n.install(QApplication.instance(), language)
    clashes = []
    try:
        for role in ROLES:
            window = MainWindow(AppSession(practice.ctx[role]), 10)
            qtbot.addWidget(window)
            window.show()
            window.install_docks()
            background.wait_idle()
            QApplication.processEvents()
            bar = window.menuBar().actions()
            clashes += _clashes(f"{role} menu bar", bar)
            for action in bar:
                menu = action.menu()
                if isinstance(menu, QMenu) and action.isVisible():
                    clashes += _clashes(f"{role} {action.text()!r}", menu.actions())
            window.close()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert not sorted(set(clashes)), "\n".join(sorted(set(clashes)))
