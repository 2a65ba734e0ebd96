"""Fixtures of every GUI test: English source texts, workstation settings in tmp_path, no daily backup.

UI tests assert the English source texts: each starts with English installed (the program itself starts in
the configured language, French by default).
"""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.ui.common import background, i18n
from app.ui.common import settings as ui_settings


@pytest.fixture(autouse=True)
def _ui_source_texts(qapp):
    i18n.install(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Workstation settings go to tmp_path, never to the real user's configuration."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(ui_settings, "_store", lambda: QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    yield
    background.wait_idle()
    i18n.install(QApplication.instance(), "en")


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch):
    """The main window's daily backup would run under other tests; its own test turns it on."""
    import app.ui.shell.main_window as main_window

    monkeypatch.setattr(main_window, "AUTO_BACKUP_DELAY_MS", None)
