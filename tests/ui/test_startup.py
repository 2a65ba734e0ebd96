"""Start-up paths: the demo practice, and an existing database (passphrase fallback, login)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.services import demo, patients, staff
from app.services.context import ServiceContext
from app.services.security.actor import SYSTEM
from app.ui import background, startup
from app.ui import settings as ui_settings
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(ui_settings, "_store", lambda: QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    yield
    background.wait_idle()


def test_demo_practice_content(tmp_path):
    db, doctor, folder = demo.create_demo_practice(tmp_path, patients=200, kdf=TEST_KDF)
    try:
        assert doctor.username == "dr.martin" and "physician" in doctor.roles
        ctx = ServiceContext(db, SYSTEM)
        assert patients.count_patients(ctx) == 200
        roles = {r for row in staff.list_staff(ctx) for r in row.roles}
        assert roles >= {"physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant",
                         "coordinator", "admin"}
        names = " ".join(f"{p.family_name} {p.given_names} {p.birth_name or ''}"
                         for p in patients.search_patients(ctx, "", limit=1000))
        assert any(ch in names for ch in "éèüöçï") and "-" in names  # accents and compound names
        assert any(p.birth_name for p in patients.search_patients(ctx, "", limit=1000))
    finally:
        db.close()


def test_run_gui_demo_opens_main_window(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(demo.tempfile, "mkdtemp", lambda prefix="": str(tmp_path / "demo"))
    (tmp_path / "demo").mkdir()
    seen = {}

    def inspect_and_quit():
        from app.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].search_panel.model.rowCount() > 0:
            seen["rows"] = windows[0].search_panel.model.rowCount()
            seen["user"] = windows[0].session.actor.username
            windows[0].close()
            QApplication.quit()
        else:
            QTimer.singleShot(100, inspect_and_quit)

    QTimer.singleShot(100, inspect_and_quit)
    assert startup.run_gui(demo=True) == 0
    assert seen["user"] == "dr.martin" and seen["rows"] > 100
    assert not (tmp_path / "demo").exists()  # throwaway practice removed on exit
