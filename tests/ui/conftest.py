"""UI tests assert the English source texts: each starts with English installed
(the program itself starts in the configured language, French by default)."""

import pytest


@pytest.fixture(autouse=True)
def _ui_source_texts(qapp):
    from app.ui import i18n

    i18n.install(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch):
    """The main window's daily backup would run under other tests; its own test turns it on."""
    import app.ui.main_window as main_window

    monkeypatch.setattr(main_window, "AUTO_BACKUP_DELAY_MS", None)
