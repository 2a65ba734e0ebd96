"""Starting the program loads no library only a later screen needs: the PDF writers (reportlab, pikepdf, lxml, PIL),
the key and signature library of the exchange (joserfc, cryptography's X.509), Qt Charts, the medication review
engine, the chart's tabs. Each of these cost the start 20–340 ms before the docks were usable (issue 16: imported by
a dock's module for a button pressed later, or by a type annotation). They load when their screen opens; the PDF
writers and the exchange keys not even with a chart's tabs (each tab is built on the UI thread when first opened: a
1 s block at the first chart's Alerts tab, which imported the PDF writers for its print buttons).

Run in a fresh interpreter: the test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.patients.test_patient_ui import add_patient

pytestmark = pytest.mark.gui

LATER = ("reportlab", "pikepdf", "lxml", "PIL", "joserfc", "cryptography.x509", "fhir", "qrcode",
         "PySide6.QtCharts", "PySide6.QtPrintSupport", "app.services.medications.review.engine",
         "app.ui.medications.medications_tab", "app.ui.alerts.alert_dialog", "app.ui.alerts.alert_tab",
         "app.ui.care_plans.care_plan_tab", "app.services.exchange.peer_identity")

SCRIPT = """
import json, os, sys, time
from PySide6.QtWidgets import QApplication
from sqlmodel import select
app = QApplication([])
from app.models.staff import Staff
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.services.storage.database import open_encrypted
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
db = open_encrypted(sys.argv[1], passphrase=sys.argv[2], use_keyring=False)
with db.session() as s:
    member = s.exec(select(Staff).where(Staff.username == sys.argv[3])).one()
    actor = actor_for(member)
window = MainWindow(AppSession(ServiceContext(db, actor)), 10)
window.show()
deadline = time.perf_counter() + 30
while not (window.docks_installed and background.wait_idle(0)) and time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.005)
app.processEvents()
started = sorted(sys.modules)
chart = window.open_patient(int(sys.argv[4]))
while chart.row is None and time.perf_counter() < deadline:
    app.processEvents()
keys = chart.tab_keys()
for key in keys:
    chart.tab(key)   # every tab the user may see, built
while not background.wait_idle(0) and time.perf_counter() < deadline:
    app.processEvents()
app.processEvents()
print(json.dumps({"docks": window.docks_installed, "features": sorted(window.features), "modules": started,
                  "tabs": keys, "with_chart": sorted(sys.modules)}))
sys.stdout.flush()
window.close()
background.wait_idle(10000)
db.close()
os._exit(0)   # what was asked is printed; Qt's objects need no tearing down at the end of a probe
"""


PRINTOUTS = ("reportlab", "pikepdf", "lxml", "PIL", "joserfc", "cryptography.x509", "qrcode",
             "PySide6.QtPrintSupport")


def _loaded(names, modules) -> list[str]:
    return [name for name in names if any(m == name or m.startswith(name + ".") for m in modules)]


@pytest.mark.parametrize("role", ["physician", "pharmacist", "coordinator"])
def test_the_main_window_and_its_docks_load_no_later_library(practice, role):
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    patient_id = add_patient(practice.ctx["physician"], "Import", "Anne", "02.05.1941")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(practice.path), PASSPHRASE, role.replace("_", "."),
                          str(patient_id)],
                         capture_output=True, text=True, env=env, timeout=120, cwd=root)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["docks"] and seen["features"]   # the window did install its docks and menus
    assert _loaded(LATER, seen["modules"]) == []
    assert len(seen["tabs"]) > 3   # the chart's tabs, all built: still no PDF writer nor exchange key library
    assert _loaded(PRINTOUTS, seen["with_chart"]) == []
