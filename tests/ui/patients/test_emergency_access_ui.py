"""Emergency (break-glass) access in the window: a physician outside the care circle is refused the chart and
offered "Emergency access…"; a missing or short reason is answered in the dialog and nothing is stored; with a
reason the chart opens read-only under a red banner; the administrator's review lists the access until it is
acknowledged; the policy is set in Settings. Screenshots in French and German at 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.services.break_glass import review
from app.services.patients import records as patients
from app.ui.admin.break_glass_review import BreakGlassReviewDialog
from app.ui.admin.settings_dialog import SettingsDialog
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
from tests.services.security.test_record_access import limit_charts, patient, second_physician
from tests.ui.screens import shot

pytestmark = pytest.mark.gui

REASON = "Patiente confuse amenée par les pompiers, médecin traitant injoignable"


def _window(qtbot, ctx):
    window = MainWindow(AppSession(ctx), 10)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _refused_chart(qtbot, practice):
    pid = patient(practice)
    limit_charts(practice)
    background.wait_idle()
    other, _sid = second_physician(practice)
    window = _window(qtbot, other)
    qtbot.waitUntil(lambda: window.search_panel.results_shown > 0, timeout=10000)
    chart = window.open_patient(pid)
    qtbot.waitUntil(lambda: chart.emergency_button.isVisibleTo(chart), timeout=10000)
    return pid, window, chart


def test_a_refused_chart_opens_in_an_emergency_with_a_reason(qtbot, practice):
    pid, window, chart = _refused_chart(qtbot, practice)
    assert window.search_panel.emergency_button.isVisibleTo(window.search_panel)
    assert chart.row is None and chart.tabs.count() == 1
    chart.ask_emergency_access()
    dialog = chart.emergency_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    for text, expected in (("", "Reason: is required"), ("urgence", "at least 15 characters")):
        dialog.reason.setPlainText(text)
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.banner.isVisibleTo(dialog) and not dialog.operation.running, timeout=10000)
        assert expected in dialog.banner.label.text()
    assert review.list_accesses(practice.ctx["admin"]) == []   # nothing stored
    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(dialog.sig_granted, timeout=10000):
        dialog.confirm()
    qtbot.waitUntil(lambda: chart.row is not None and chart.emergency_banner.isVisibleTo(chart), timeout=10000)
    assert not chart.row.identity_only and chart.tabs.count() > 1
    assert "EMERGENCY ACCESS" in chart.emergency_banner.text() and "read only" in chart.emergency_banner.text()
    assert not chart.emergency_button.isVisibleTo(chart)
    assert not chart.edit_button.isEnabled()
    assert chart.edit_button.toolTip() == "Your emergency access to this chart is read-only: it allows no change."
    assert [r.patient_id for r in review.list_accesses(practice.ctx["admin"])] == [pid]
    for lang in ("fr", "de"):   # a window opened in each language
        i18n.install(QApplication.instance(), lang)
        shown = _window(qtbot, chart.session.ctx)
        opened = shown.open_patient(pid)
        qtbot.waitUntil(lambda c=opened: c.emergency_banner.isVisibleTo(c), timeout=30000)
        background.wait_idle()
        qtbot.wait(100)
        shot(shown, f"break_glass_chart_{lang}")
        shown.close()
    i18n.install(QApplication.instance(), "en")


def test_the_dialogs_in_french_and_german(qtbot, practice):
    pid, window, chart = _refused_chart(qtbot, practice)
    for lang in ("fr", "de"):   # a window opened in each language
        i18n.install(QApplication.instance(), lang)
        shown = _window(qtbot, chart.session.ctx)
        refused = shown.open_patient(pid)
        qtbot.waitUntil(lambda c=refused: c.emergency_button.isVisibleTo(c), timeout=30000)
        shot(shown, f"break_glass_refused_{lang}")
        shown.search_panel.search_field.setText("Morel")
        shown.search_panel.ask_emergency_access()
        dialog = shown.search_panel.emergency_dialog
        qtbot.waitUntil(lambda d=dialog: d.model.rowCount() == 1, timeout=10000)
        dialog.reason.setPlainText("urgent")
        dialog.confirm()
        qtbot.waitUntil(lambda d=dialog: d.banner.isVisibleTo(d) and not d.operation.running, timeout=10000)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        shot(dialog, f"break_glass_dialog_{lang}")
        dialog.reject()
        shown.close()
    i18n.install(QApplication.instance(), "en")
    assert review.list_accesses(practice.ctx["admin"], acknowledged=None) == []
    # found through the emergency search, granted: the chart opens from the list
    window.search_panel.ask_emergency_access()
    dialog = window.search_panel.emergency_dialog
    dialog.search_field.setText("Morel")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(window.search_panel.sig_open_patient, timeout=10000) as opened:
        dialog.confirm()
    assert opened.args == [pid]


def test_the_administrator_reviews_and_acknowledges(qtbot, practice):
    pid, _window_, chart = _refused_chart(qtbot, practice)
    from app.services.break_glass import grants  # imported inside: the grant is made as the other physician

    grants.request_access(chart.session.ctx, pid, REASON)
    admin = AppSession(practice.ctx["admin"])
    window = _window(qtbot, practice.ctx["admin"])
    entry = window.admin_actions["break_glass.review"]
    qtbot.waitUntil(lambda: "(1)" in entry.text(), timeout=10000)
    dialog = BreakGlassReviewDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.acknowledge_button.isEnabled()
    for lang in ("fr", "de"):
        i18n.install(QApplication.instance(), lang)
        shown = BreakGlassReviewDialog(admin)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitUntil(lambda d=shown: d.model.rowCount() == 1, timeout=10000)
        assert shown.width() <= 1366 and shown.height() <= 768
        shot(shown, f"break_glass_review_{lang}")
        shown.close()
    i18n.install(QApplication.instance(), "en")
    dialog.note.setText("x" * 1001)   # too long: said, nothing stored
    dialog.acknowledge()
    qtbot.waitUntil(lambda: dialog.banner.isVisibleTo(dialog) and not dialog.operation.running, timeout=10000)
    assert "Review note" in dialog.banner.label.text()
    assert len(review.list_accesses(practice.ctx["admin"])) == 1
    dialog.note.setText("Vérifié avec le médecin")
    with qtbot.waitSignal(dialog.sig_acknowledged, timeout=10000):
        dialog.acknowledge()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: "(1)" not in entry.text(), timeout=10000)
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(True))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert "acknowledged by" in dialog.model.display(dialog.model.row_at(0), "review")
    assert not dialog.acknowledge_button.isEnabled()


def test_the_policy_in_settings(qtbot, practice):
    session = AppSession(practice.ctx["admin"])
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practice is not None and dialog.break_glass_policy is not None, timeout=10000)
    assert dialog.break_glass_minutes.value() == 240 and dialog.break_glass_read_only.isChecked()
    dialog.break_glass_minutes.setValue(60)
    dialog.break_glass_read_only.setChecked(False)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    policy = review.get_policy(practice.ctx["admin"])
    assert (policy.minutes, policy.read_only) == (60, False)
    nurse = SettingsDialog(AppSession(practice.ctx["nurse"]))
    qtbot.addWidget(nurse)
    nurse.show()
    qtbot.waitUntil(lambda: nurse.practice is not None, timeout=10000)
    assert not nurse.break_glass_minutes.isEnabled()
    assert patients.count_patients(practice.ctx["nurse"]) >= 0
