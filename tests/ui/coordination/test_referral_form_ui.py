"""Referral form (offscreen, real encrypted DB): create a referral with the patient picker, a priority class,
the clinical question and an attached document of the patient; bad input names the field and stores nothing;
the New referral button only for the roles that may write one; status changes from the window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.coordination import documents, referrals
from app.services.coordination.referrals import ReferralInput
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.coordination.referral_form import ReferralForm
from app.ui.coordination.referral_window import ReferralWindow
from tests.services.coordination.test_hospital_events import add_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def test_create_referral_with_attachment(qtbot, practice):
    pid = add_patient(practice, family="Durand")
    add_patient(practice, family="Dupont")
    doc_id = documents.add_document(practice.ctx["physician"], pid, title="ECG du 02.05", filename="ecg.pdf",
                                    content=b"%PDF-1.4 ecg")
    documents.add_document(practice.ctx["physician"], pid, title="Bilan sanguin", filename="bilan.txt",
                           content=b"Hb 12.1")
    window = ReferralWindow(AppSession(practice.ctx["physician"]))
    qtbot.addWidget(window)
    window.show()
    assert window.new_button.isVisible()
    window.new_referral()
    form = window.form
    form.save()                                            # nothing filled in: the patient is named
    qtbot.waitUntil(lambda: form.banner.text() != "")
    assert "Patient" in form.banner.text()
    qtbot.keyClicks(form.patient.field, "Dura")
    qtbot.waitUntil(lambda: form.patient.patient_id == pid and form.documents.rowCount() == 2)
    qtbot.keyClicks(form.recipient, "Dr Weber, cardiologue")
    form.save()                                            # clinical question missing
    qtbot.waitUntil(lambda: "Clinical question" in form.banner.text())
    assert form.question.property("invalid") is True
    form.question.setPlainText("Souffle systolique nouveau : échographie cardiaque ?")
    form.requested_on.setText("2025/31/12")                # wrong format
    form.save()
    qtbot.waitUntil(lambda: "Requested on" in form.banner.text())
    shot(form, "referral_form_error.png")
    assert referrals.list_referrals(practice.ctx["physician"]) == []
    form.requested_on.setText((date.today() - timedelta(days=1)).strftime("%d.%m.%Y"))
    set_combo_value(form.priority, "p1_48h")
    row = next(i for i in range(form.documents.rowCount()) if form.documents.item(i).text().startswith("ECG"))
    form.documents.item(row).setCheckState(Qt.CheckState.Checked)
    shot(form, "referral_form.png")
    with qtbot.waitSignal(form.sig_saved) as saved:
        form.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    ref = window.model.rows[0]
    assert ref.id == saved.args[0] and ref.patient_id == pid and ref.recipient == "Dr Weber, cardiologue"
    assert ref.priority == "p1_48h" and ref.due_by == date.today() + timedelta(days=1)
    attached = documents.list_documents(practice.ctx["physician"], pid, referral_id=ref.id)
    assert [(d.title, d.filename) for d in attached] == [("ECG du 02.05", "ecg.pdf")]
    assert documents.open_document(practice.ctx["physician"], attached[0].id).content == \
        documents.open_document(practice.ctx["physician"], doc_id).content
    shot(window, "referral_window_new.png")


def test_status_changes_and_answer_from_the_window(qtbot, practice):
    pid = add_patient(practice)
    referrals.create_referral(practice.ctx["physician"], pid, ReferralInput(
        recipient="Avis gériatrique", priority="advice", clinical_question="Adapter le traitement ?"))
    window = ReferralWindow(AppSession(practice.ctx["coordinator"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert not window.new_button.isVisible()               # a coordinator moves referrals, does not write them
    window.view.selectRow(0)
    window.advance("report_received")                      # the answer is required
    qtbot.waitUntil(lambda: window.banner.text() != "")
    assert "answer" in window.banner.text()
    window.answer.setText("Réduire la dose")
    window.advance("report_received")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.rows[0].status == "report_received")
    assert window.model.rows[0].answer == "Réduire la dose"


def test_fixed_patient_and_escape(qtbot, practice):
    pid = add_patient(practice)
    form = ReferralForm(AppSession(practice.ctx["advanced_practice_nurse"]), pid, "MARTIN Jeanne")
    qtbot.addWidget(form)
    form.show()
    assert not form.patient.field.isVisible() and "MARTIN Jeanne" in form.patient.chosen.text()
    qtbot.waitUntil(lambda: "no documents" in form.no_documents.text())
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


@pytest.mark.parametrize("role, create, update", [
    ("physician", True, True), ("advanced_practice_nurse", True, True), ("nurse", False, True),
    ("coordinator", False, True), ("pharmacist", False, False)])
def test_buttons_follow_the_role(qtbot, practice, role, create, update):
    window = ReferralWindow(AppSession(practice.ctx[role]))
    qtbot.addWidget(window)
    window.show()
    assert window.new_button.isVisible() is create
    assert set(window.status_buttons) == {"booked", "seen", "report_received", "cancelled"}
    assert all(b.isVisible() is update for b in window.status_buttons.values())
