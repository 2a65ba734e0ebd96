"""Teleconsultation screens (offscreen, real encrypted DB): book from the window with the patient picker (a video
link that is not https is refused by field, nothing stored), the list follows the checklist to prepared, the remote
physician concludes (an empty conclusion refused), the video link opens in the browser; keyboard only."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app.services.coordination import teleconsultation as tele
from app.services.tasks import worklists
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.coordination.teleconsult_window import TeleconsultWindow
from tests.services.coordination.test_hospital_events import add_patient
from tests.services.coordination.test_teleconsultation import complete_checklist
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def test_book_prepare_conclude_from_the_screens(qtbot, practice, monkeypatch):
    pid = add_patient(practice, family="Durand")
    window = TeleconsultWindow(AppSession(practice.ctx["physician"]))
    qtbot.addWidget(window)
    window.show()
    window.book_button.click()
    form = window.form
    qtbot.waitUntil(lambda: form.companion.count() > 0)
    qtbot.keyClicks(form.patient.field, "Dura")
    qtbot.waitUntil(lambda: form.patient.patient_id == pid)
    start = QDateTime.currentDateTime().addDays(2)
    start.setTime(QTime(10, 0))
    form.starts.setDateTime(start)
    form.ends.setTime(QTime(10, 30))
    set_combo_value(form.companion, practice.staff_ids["nurse"])
    qtbot.keyClicks(form.url, "http://visio.example.fr/salle-1")
    form.save()
    qtbot.waitUntil(lambda: "Video link" in form.banner.text())
    assert form.url.property("invalid") is True
    assert tele.list_teleconsultations(practice.ctx["physician"], include_closed=True) == []
    shot(form, "teleconsult_form_error.png")
    form.url.setText("https://visio.example.fr/salle-1")
    with qtbot.waitSignal(form.sig_saved):
        form.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.rows[0]
    assert (row.patient_id, row.status, row.remote_physician_id) == (pid, "booked", practice.staff_ids["physician"])
    protocol_column = next(value for title, value in window.model.columns if title == window.tr("Protocol"))
    name = window.protocol_names["fr-asalee"]
    assert protocol_column(replace(row, protocol_code="fr-asalee")) == name and name != "fr-asalee", "its name"
    complete_checklist(practice, row.id)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rows and window.model.rows[0].status == "prepared")
    window.view.setFocus()
    window.view.selectRow(0)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert window.open_link() and opened == ["https://visio.example.fr/salle-1"]
    assert window.conclude_button.isEnabled()
    window.conclude_button.click()
    dialog = window.form
    dialog.save()
    qtbot.waitUntil(lambda: "Conclusion" in dialog.banner.text())
    qtbot.keyClicks(dialog.text, "Surveillance tensionnelle ; revoir dans 1 mois.")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)      # concluded: no longer upcoming
    assert "revoir dans 1 mois" in worklists.chart_notes(practice.ctx["physician"], pid)[0].text
    window.show_closed.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.rows[0].status == "concluded"
    assert not window.conclude_button.isEnabled()


def test_the_nurse_books_but_does_not_conclude(qtbot, practice):
    pid = add_patient(practice)
    tele.book(practice.ctx["coordinator"], tele.TeleconsultationInput(
        patient_id=pid, starts_at=datetime.now() + timedelta(days=1), ends_at=datetime.now() + timedelta(days=1,
                                                                                                          minutes=20),
        accompanying_staff_id=practice.staff_ids["nurse"], remote_physician_id=practice.staff_ids["physician"],
        video_url="https://visio.example.fr/x"))
    window = TeleconsultWindow(AppSession(practice.ctx["nurse"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.view.selectRow(0)
    QApplication.processEvents()
    assert window.book_button.isEnabled() and window.cancel_button.isEnabled()
    assert not window.conclude_button.isEnabled()
