"""Intake screens (offscreen, real encrypted DB): a new patient registered, taken on and walked through every
checklist step by keyboard-sized actions; the waiting list in its priority order with markers, filter and counts;
bad input refused naming the field with nothing stored; the menu; screenshots in French and German."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models.intake import Intake, IntakeStep
from app.models.patient import InsOid
from app.services.intake import intakes
from app.services.intake.intakes import IntakeInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.tasks import recurrence
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value, set_combo_value
from app.ui.intake.intake_dialog import IntakeDialog
from app.ui.intake.new_patients_window import NewPatientsWindow
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
QUALIFIED = dict(given_names="Hélène", birth_name="Martin", birth_given_names="Hélène Marie",
                 birth_date="15.03.1948", sex="F", birth_place_code="75056", ins_matricule="248037512345658",
                 ins_oid=InsOid.NIR.value, ins_status="QUAL")


@pytest.fixture
def waiting_patients(practice):
    ma = practice.ctx["medical_assistant"]
    today = recurrence.today_local()
    ids = {}
    for name, days, ald, frail in [("Alpha", 30, False, False), ("Bravo", 10, True, False), ("Charlie", 40, False, False),
                                   ("Delta", 20, False, True)]:
        pid = patients.create_patient(ma, PatientInput(family_name=name, **QUALIFIED,
                                                       problems=[ProblemEntry("condition", "HTA", "I10")]))
        ids[name] = intakes.register(ma, pid, IntakeInput(requested_on=today - timedelta(days=days), long_term=ald,
                                                          frailty=frail, reason="Sans médecin traitant"))
    return ids


def _window(qtbot, practice, role="medical_assistant") -> NewPatientsWindow:
    window = NewPatientsWindow(AppSession(practice.ctx[role]))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 or window.counts.text() != "")
    return window


def test_waiting_list_order_markers_filter_and_counts(qtbot, practice, waiting_patients):
    window = _window(qtbot, practice)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    assert [r.patient_name.split()[0] for r in window.model.rows] == ["DELTA", "BRAVO", "CHARLIE", "ALPHA"]
    assert window.model.index(0, 0).data().startswith("★") and window.model.index(2, 0).data() == ""
    assert "4" in window.counts.text() and "2" in window.counts.text()
    with qtbot.waitSignal(window.sig_loaded):
        window.only_first.setChecked(True)
    assert window.model.rowCount() == 2
    window.only_first.setChecked(False)
    with qtbot.waitSignal(window.sig_loaded):
        window.filter.setText("charl")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.rows[0].patient_name.startswith("CHARLIE")


def test_new_patient_taken_through_every_step_in_the_checklist(qtbot, practice, waiting_patients):
    window = _window(qtbot, practice)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    window.table.selectRow(0)                                    # Delta, frailty
    take = window.take_on()
    set_combo_value(take.gp, practice.staff_ids["physician"])
    take.first_on.setText("")
    take.save()
    qtbot.waitUntil(lambda: take.banner.text() != "")
    assert "First appointment" in take.banner.text()
    with practice.db.session() as s:
        assert s.get(Intake, waiting_patients["Delta"]).status == "waiting"
    take.first_on.setText(dates.day(recurrence.today_local() + timedelta(days=2)))
    with qtbot.waitSignal(take.sig_saved):
        take.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    dialog = IntakeDialog(AppSession(practice.ctx["medical_assistant"]), waiting_patients["Delta"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None)
    # bad input: records requested without saying from whom
    dialog.table.selectRow([s.key for s in dialog.view.steps].index("records_requested"))
    dialog.detail.setText("")
    dialog.save_step()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Records asked from" in dialog.banner.text() and dialog.detail.property("invalid")
    shot(dialog, "intake_checklist_error.png")
    with practice.db.session() as s:
        assert s.execute(select(IntakeStep.state).where(IntakeStep.intake_id == waiting_patients["Delta"],
                                                        IntakeStep.step_key == "records_requested")).scalar() == "open"
    dialog.table.selectRow(0)
    for _ in range(20):
        step = dialog.current_step()
        if all(s.state in ("done", "not_applicable") for s in dialog.view.steps):
            break
        if step.state in ("done", "not_applicable"):
            dialog.table.selectRow([s.key for s in dialog.view.steps].index(step.key) + 1)
            continue
        set_combo_value(dialog.state, "done")
        if step.kind == "gp_declaration":
            set_combo_value(dialog.doctor, practice.staff_ids["physician"])
        if step.kind == "records_requested":
            dialog.detail.setText("Dr Martin, Lyon")
        version = dialog.view.version
        with qtbot.waitSignal(dialog.sig_loaded):
            dialog.save_step()
        assert dialog.view.version == version + 1, dialog.banner.text()
    assert dialog.view.status == "done"
    assert [s.state for s in dialog.view.steps] == ["done"] * 9
    assert not dialog.editor.isEnabled() and not dialog.withdraw_button.isEnabled()
    shot(dialog, "intake_checklist_done.png")
    qtbot.waitUntil(lambda: "done this month: 1" in window.counts.text())


def test_register_from_the_window_and_withdraw(qtbot, practice, waiting_patients):
    ma = practice.ctx["medical_assistant"]
    pid = patients.create_patient(ma, PatientInput(family_name="Echo", given_names="Jean", birth_date="01.02.1950",
                                                   sex="M"))
    window = _window(qtbot, practice)
    dialog = window.register()
    dialog.picker.set_patient(pid, "ECHO Jean")
    dialog.requested_on.setText("31.02.2026")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Requested on" in dialog.banner.text()
    with practice.db.session() as s:
        assert s.execute(select(Intake.id).where(Intake.patient_id == pid)).first() is None
    dialog.requested_on.setText("")
    dialog.frailty.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    assert window.model.rows[0].patient_name.startswith("DELTA")   # frailty, requested earlier
    assert [r.patient_name.split()[0] for r in window.model.rows][:3] == ["DELTA", "BRAVO", "ECHO"]
    window.table.selectRow(2)
    checklist = window.open_checklist()
    qtbot.waitUntil(lambda: checklist.view is not None)
    withdraw = checklist.withdraw()
    withdraw.save()
    qtbot.waitUntil(lambda: withdraw.banner.text() != "")
    assert "Reason for withdrawing" in withdraw.banner.text()
    withdraw.reason.setText("Parti dans une autre région")
    with qtbot.waitSignal(checklist.sig_loaded):
        withdraw.save()
    assert checklist.view.status == "withdrawn"
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    set_combo_value(window.status, "withdrawn")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and combo_value(window.status) == "withdrawn")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_screens_fit_and_screenshots(qtbot, practice, waiting_patients, language):
    i18n.install(QApplication.instance(), language)
    try:
        window = _window(qtbot, practice, "coordinator")
        qtbot.waitUntil(lambda: window.model.rowCount() == 4)
        window.resize(1366, 700)
        assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
        shot(window, f"intake_waiting_{language}.png")
        window.grab().save(f"/tmp/intake/waiting_{language}.png")
        dialog = window.open_checklist()
        qtbot.waitUntil(lambda: dialog.view is not None)
        dialog.resize(1366, 700)
        background.wait_idle()
        assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
        dialog.grab().save(f"/tmp/intake/checklist_{language}.png")
        take = window.take_on()
        take.grab().save(f"/tmp/intake/take_on_{language}.png")
        reg = window.register()
        reg.grab().save(f"/tmp/intake/register_{language}.png")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_menu_opens_the_window_for_front_desk_not_for_nurses(qtbot, practice):
    from app.ui.shell.main_window import MainWindow  # the whole main window, for this test only

    for role, shown in (("medical_assistant", True), ("nurse", False)):
        window = MainWindow(AppSession(practice.ctx[role]), 10)
        qtbot.addWidget(window)
        window.show()
        window.install_docks()
        background.wait_idle()
        assert ("intake" in window.features) is shown
        if shown:
            window.features["intake"].parts["intake.list"].trigger()
            qtbot.waitUntil(lambda w=window: "intake.list:window" in w.features["intake"].parts)
            opened = window.features["intake"].parts["intake.list:window"]
            assert isinstance(opened, NewPatientsWindow)
            opened.close()
        window.close()


def test_dashboard_shows_the_intake_counts(qtbot, practice, waiting_patients):
    from app.ui.coordination.dashboard_window import DashboardWindow  # another capability's screen, here only

    window = DashboardWindow(AppSession(practice.ctx["coordinator"]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.intake_counts.text() != "")
    assert window.intake_counts.text() == "New patients: 4 waiting, 0 in progress, 0 done this month"
    nurse = DashboardWindow(AppSession(practice.ctx["nurse"])) if AppSession(practice.ctx["nurse"]).can(
        "indicators.read") else None
    if nurse is not None:
        qtbot.addWidget(nurse)
        assert nurse.intake_counts is None
