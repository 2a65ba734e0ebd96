"""Start-up paths: the demo practice, and an existing database (passphrase fallback, login)."""

from __future__ import annotations

import pytest

from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.practice import staff
from app.services.security.actor import SYSTEM
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.gui


def test_demo_practice_content(tmp_path):
    db, doctor, folder = create_demo_practice(tmp_path, patients=200, kdf=TEST_KDF)
    try:
        assert doctor.username == "dr.martin" and "physician" in doctor.roles
        ctx = ServiceContext(db, SYSTEM)
        doctor_ctx = ctx.as_actor(doctor)
        from app.services.demo import intake as demo_intake
        everyone = 200 + len(demo_intake.PEOPLE)   # the patients asked for, and the new ones waiting for intake
        assert patients.count_patients(ctx) == everyone
        roles = {r for row in staff.list_staff(ctx) for r in row.roles}
        assert roles >= {"physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant",
                         "coordinator", "admin"}
        names = " ".join(f"{p.family_name} {p.given_names} {p.birth_name or ''}"
                         for p in patients.search_patients(ctx, "", limit=1000))
        assert any(ch in names for ch in "éèüöçï") and "-" in names  # accents and compound names
        assert any(p.birth_name for p in patients.search_patients(ctx, "", limit=1000))
        from app.services.practice import backups
        made = backups.recent_backups(ctx)
        assert len(made) == 1 and made[0].patients == everyone   # Administration → Backups is not empty
        from app.services.alerts import alert_flow, inbox
        grouped = [d for d in (alert_flow.open_alert(doctor_ctx, r.id) for r in inbox.inbox(doctor_ctx, "received"))
                   if d.grouped]   # a discharge reconciliation: its lines in one alert, one of them answered
        assert len(grouped) == 1 and len(grouped[0].lines) >= 3 and grouped[0].row.state == "partial"
        assert sum(ln.answered for ln in grouped[0].lines) == 1
    finally:
        db.close()


DEMO_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.shell import startup
from app.ui.shell.main_window import MainWindow

seen = {}

def inspect_and_quit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].search_panel.model.rowCount() > 0:
        seen["rows"] = windows[0].search_panel.model.rowCount()
        seen["user"] = windows[0].session.actor.username
        seen["title"] = windows[0].windowTitle()
        windows[0].close()
        QApplication.quit()
    else:
        QTimer.singleShot(100, inspect_and_quit)

app = QApplication(sys.argv)
QTimer.singleShot(100, inspect_and_quit)
code = startup.run_gui(demo=True)
print(code, seen.get("user"), seen.get("rows"), seen.get("title"), sep="|")
"""


def test_run_gui_demo_opens_main_window(tmp_path):
    """The real start-up path in its own process (it runs and quits the application's event loop)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", DEMO_SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    code, user, rows, title = out.stdout.strip().splitlines()[-1].split("|")
    assert (code, user) == ("0", "dr.martin") and int(rows) > 100
    assert "Tilleuls" in title
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("cordee-demo-")]  # throwaway practice removed
