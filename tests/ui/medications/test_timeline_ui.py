"""The anticholinergic burden and risk timeline: opened from the medications tab and the review worksheet (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.alerts.worksheet_dialog import ReviewWorksheetDialog
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.medications.medications_tab import MedicationsTab
from app.ui.medications.timeline_view import TimelineDialog
from tests.services.medications.test_medication_timeline import _history
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _opened_timeline(qtbot, dialog: TimelineDialog, *, own: bool = True) -> TimelineDialog:
    if own:   # a dialog with a parent goes with it
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view.model.rowCount() > 0, timeout=15000)
    return dialog


def test_the_tab_opens_the_timeline_with_its_points_changes_and_knowledge(qtbot, practice):
    pid = _history(practice)
    session = AppSession(practice.ctx["pharmacist"])
    tab = MedicationsTab(session, pid)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.timeline_button.isEnabled()
    tab.timeline_button.click()
    dialog = _opened_timeline(qtbot, tab.dialog)
    model = dialog.view.model
    assert model.rowCount() == 8   # the seven days the list changed, and today
    newest, oldest = model.row(0), model.row(model.rowCount() - 1)
    assert (newest.anticholinergic, oldest.anticholinergic) == (1, 1)
    assert max(model.row(i).anticholinergic for i in range(model.rowCount())) == 10
    texts = [model.index(i, 4).data() for i in range(model.rowCount())]
    assert "stopped: hydroxyzine; stopped: oxybutynine" in texts and "dose changed: amitriptyline" in texts
    assert all("today's knowledge" in model.index(i, 5).data() for i in range(model.rowCount()))
    series = [s for s in dialog.view.chart_view.chart().series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in series] == ["Anticholinergic score", "Medications", "Serious findings"]
    assert max(p.y() for p in series[0].points()) == 10


def test_a_role_without_the_medication_list_cannot_open_it(qtbot, practice):
    pid = _history(practice)
    session = AppSession(practice.ctx["coordinator"])
    worksheet = ReviewWorksheetDialog(AppSession(practice.ctx["pharmacist"]), pid)
    qtbot.addWidget(worksheet)
    assert worksheet.timeline_button.isEnabled()
    worksheet.show_timeline()
    assert _opened_timeline(qtbot, worksheet.timeline, own=False).view.model.rowCount() == 8
    dialog = TimelineDialog(session, pid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.banner.label.text()), timeout=15000)
    assert dialog.view.model.rowCount() == 0


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_timeline_fits_1366x768(qtbot, practice, language):
    pid = _history(practice)
    i18n.install(QApplication.instance(), language)
    try:
        window = QWidget()
        window.resize(1366, 768)
        qtbot.addWidget(window)
        dialog = _opened_timeline(qtbot, TimelineDialog(AppSession(practice.ctx["physician"]), pid, window),
                                  own=False)
        dialog.show()
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert minimum.width() <= 1280 and minimum.height() <= 700, minimum
        assert dialog.height() <= 768 - 40
        shot(dialog, f"timeline-{language}")
    finally:
        i18n.install(QApplication.instance(), "en")
