"""Coordination screens (offscreen, real encrypted DB): the patient's Documents tab (events, documents, DAUM
banner), the referrals list with overdue highlighting, the meetings screen with search, the indicators dashboard
with charts and exports, the Coordination menu; screenshots go to screenshots/."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.demo import coordination as demo_coordination
from app.ui.common.app_session import AppSession
from app.ui.coordination.dashboard_window import DashboardWindow
from app.ui.coordination.documents_viewer import DocumentViewer
from app.ui.coordination.events_dialog import EventDialog
from app.ui.coordination.events_tab import EventsTab
from app.ui.coordination.meeting_window import MeetingWindow
from app.ui.coordination.referral_window import ReferralWindow
from tests.services.coordination.test_hospital_events import add_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(practice):
    for i in range(28):
        add_patient(practice, family=f"Patient{i:02d}")
    ids = {"dr.martin": practice.staff_ids["physician"], "ide.nguyen": practice.staff_ids["nurse"],
           "ph.bernard": practice.staff_ids["pharmacist"], "coord.dubois": practice.staff_ids["coordinator"]}
    demo_coordination.add_demo_coordination(practice.ctx["admin"].as_actor(
        __import__("app.services.security.actor", fromlist=["SYSTEM"]).SYSTEM), ids)
    return practice


def test_documents_tab_events_daum_banner_and_viewer(qtbot, seeded):
    session = AppSession(seeded.ctx["coordinator"])
    tab = EventsTab(session, 21)           # the demo patient with 4 ED visits
    qtbot.addWidget(tab)
    tab.resize(1000, 560)
    qtbot.waitUntil(lambda: tab.events.rowCount() == 4)
    assert tab.daum_label.isVisibleTo(tab) and "4 visits within 12 months" in tab.daum_label.text()
    shot(tab, "coordination_documents_tab.png")
    other = EventsTab(session, 22)         # the discharge with its letter
    qtbot.addWidget(other)
    other.resize(1000, 560)
    qtbot.waitUntil(lambda: other.docs.rowCount() == 2)    # with a letter restricted to the doctor (withheld)
    titles = [other.docs.row_at(other.docs.index(r, 0)).title for r in range(2)]
    assert "" in titles and "Lettre de sortie" in titles
    other.doc_view.selectRow(titles.index("Lettre de sortie"))
    other.open_document()
    qtbot.waitUntil(lambda: hasattr(other, "viewer"))
    assert isinstance(other.viewer, DocumentViewer)
    path = other.viewer.open_copy()
    assert path.read_bytes().startswith(b"%PDF") and (path.stat().st_mode & 0o077) == 0
    shot(other.viewer, "coordination_document_viewer.png")
    other.viewer.close()


def test_event_dialog_names_the_field_and_escape_closes(qtbot, seeded):
    session = AppSession(seeded.ctx["nurse"])
    dialog = EventDialog(session, 21)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()                            # facility empty
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Facility" in dialog.banner.text() or "facility" in dialog.banner.text()
    shot(dialog, "coordination_event_dialog.png")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_referrals_list_highlights_overdue(qtbot, seeded):
    window = ReferralWindow(AppSession(seeded.ctx["coordinator"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 7)
    first = window.model.rows[0]
    assert first.overdue
    assert window.model.data(window.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    shot(window, "coordination_referrals.png")
    window.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: all(r.overdue for r in window.model.rows) and window.model.rowCount() >= 1)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_meetings_screen_search_and_share(qtbot, seeded):
    window = MeetingWindow(AppSession(seeded.ctx["pharmacist"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.meetings.rowCount() == 2 and window.cases.rowCount() == 5)
    assert "Complex patients discussed" in window.share.text()
    shot(window, "coordination_meetings.png")
    qtbot.keyClicks(window.search, "xyzzy")
    qtbot.waitUntil(lambda: window.cases.rowCount() == 0)


def test_dashboard_charts_and_exports(qtbot, seeded, tmp_path):
    window = DashboardWindow(AppSession(seeded.ctx["coordinator"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None)
    assert window.charts["patients_discussed"].chart().title() == "Patients discussed"
    assert window.model.rowCount() == len(window.report.indicators)
    shot(window, "coordination_dashboard.png")
    window.export("csv", str(tmp_path / "i.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "i.csv").exists() and "Written to" in window.status.text())
    window.date_from.setDate(window.date_to.date().addDays(1))
    window.reload()
    qtbot.waitUntil(lambda: window.banner.text() != "")


def test_coordination_menu_per_role(qtbot, seeded):
    from app.ui.shell.main_window import MainWindow
    window = MainWindow(AppSession(seeded.ctx["coordinator"]), 10)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.docks_installed)   # the feature menus join once the patient list is shown
    assert {k for k in window.features["coordination"].parts if "." in k} == {
        "meeting.read", "referral.read", "directory.read", "teleconsultation.read", "indicators.read", "maturity.answer",
        "survey.answer", "survey.configure", "document.add"}
    nurse = MainWindow(AppSession(seeded.ctx["nurse"]), 10)
    qtbot.addWidget(nurse)
    qtbot.waitUntil(lambda: nurse.docks_installed)
    assert {k for k in nurse.features["coordination"].parts if "." in k} == {"meeting.read", "referral.read",
                                                                             "directory.read", "maturity.answer",
                                                                             "teleconsultation.read", "document.add"}
