"""The chart's "New patient" tab (offscreen, real encrypted DB): shown only for a patient who has an intake, to those
who may take patients in; each step's state, who recorded it and when; "Checklist…" opens the checklist, where an
identity that cannot be qualified is marked with a reason (refused without one, naming the field, nothing stored)
and the tab then shows the flag; a take-on refused on a stale patient record and saved after "Reload"; screenshots
of the tab at 1366×768 in French and German."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models.intake import IntakeStep
from app.models.patient import Patient
from app.models.task import Task
from app.services.intake import intakes, steps
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.tasks import recurrence
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.intake.intake_dialog import IntakeDialog
from app.ui.intake.new_patients_window import NewPatientsWindow
from app.ui.intake.tab_presence import IntakeTabPresence
from app.ui.shell.features import make_chart
from tests.ui.intake.test_intake_ui import QUALIFIED
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/intake2")


@pytest.fixture
def newcomers(practice):
    """Two patients: one in progress (taken on, records asked for, INS provisional), one without an intake."""
    ma, doctor = practice.ctx["medical_assistant"], practice.staff_ids["physician"]
    pid = patients.create_patient(ma, PatientInput(family_name="Weber", **{**QUALIFIED, "ins_status": "PROV"},
                                                   problems=[ProblemEntry("condition", "HTA", "I10")]))
    other = patients.create_patient(ma, PatientInput(family_name="Sansaccueil", **QUALIFIED))
    today = recurrence.today_local()
    iid = intakes.register(ma, pid, IntakeInput(requested_on=today - timedelta(days=12), frailty=True,
                                                reason="Médecin traitant parti à la retraite"))
    v = intakes.take_on(ma, iid, 1, doctor, today + timedelta(days=3), 1)
    steps.record_step(ma, iid, v, "records_requested", StepInput(detail="Dr Roux, Croix-Rousse"))
    return {"intake": iid, "patient": pid, "other": other}


def _chart(qtbot, practice, patient_id, role="medical_assistant"):
    chart = make_chart(AppSession(practice.ctx[role]), patient_id)
    qtbot.addWidget(chart)
    chart.resize(1366, 768)
    chart.show()
    qtbot.waitUntil(lambda: chart.row is not None)
    return chart


def _columns(tab) -> dict[str, int]:
    return {tab.model.headerData(i, Qt.Orientation.Horizontal): i for i in range(tab.model.columnCount())}


def _visible(chart) -> bool:
    return chart.tabs.isTabVisible(chart.tab_keys().index("intake"))


def test_the_tab_shows_the_checklist_only_for_a_patient_with_an_intake(qtbot, practice, newcomers):
    chart = _chart(qtbot, practice, newcomers["patient"])
    qtbot.waitUntil(lambda: _visible(chart))   # known to have an intake before the tab is built
    assert "intake" not in chart.tab_pages
    tab = chart.tab("intake")
    qtbot.waitUntil(lambda: tab.view is not None and _visible(chart))
    rows = {s.key: s for s in tab.model.rows}
    assert [s.key for s in tab.model.rows][:3] == ["identity", "gp_declaration", "records_requested"]
    name = practice.ctx["medical_assistant"].actor.display_name
    assert rows["records_requested"].recorded_by == name and rows["identity"].recorded_by is None
    column = _columns(tab)
    records = [s.key for s in tab.model.rows].index("records_requested")
    assert tab.model.index(records, column["State"]).data() == "Done"
    assert tab.model.index(records, column["With / from"]).data() == "Dr Roux, Croix-Rousse"
    assert tab.model.index(records, column["Recorded by"]).data().startswith(name + ", ")
    assert tab.model.index(0, column["State"]).data() == "To do"
    assert "In progress" in tab.header.text() and "frailty" in tab.header.text()
    assert "2 of 9 steps done" in tab.summary.text() and not tab.flag.isVisible()
    assert tab.checklist_button.isEnabled()
    other = _chart(qtbot, practice, newcomers["other"])
    presence = other.tabs.findChild(IntakeTabPresence)
    qtbot.waitUntil(lambda: presence.loaded)
    assert not _visible(other) and "intake" not in other.tab_pages


@pytest.mark.parametrize("role", ["nurse", "pharmacist"])
def test_no_tab_for_roles_that_do_not_take_patients_in(qtbot, practice, newcomers, role):
    chart = _chart(qtbot, practice, newcomers["patient"], role)
    assert chart.tab("intake") is None
    assert "tasks" in chart.tab_keys()   # the chart itself opened with its tabs


def test_identity_not_qualifiable_from_the_tab(qtbot, practice, newcomers):
    chart = _chart(qtbot, practice, newcomers["patient"])
    tab = chart.tab("intake")
    qtbot.waitUntil(lambda: tab.view is not None and _visible(chart))
    chart.tabs.setCurrentWidget(tab)
    assert not tab.flag.isVisible()
    dialog = tab.open_checklist()
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitUntil(lambda: dialog.view is not None)
    dialog.table.selectRow(0)
    assert not dialog.identity_reason.isVisible()
    set_combo_value(dialog.state, "not_qualifiable")
    assert dialog.identity_reason.isVisible() and dialog.detail.isVisible()
    dialog.save_step()                                          # no reason chosen
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Why the identity cannot be qualified" in dialog.banner.text()
    assert dialog.identity_reason.property("invalid")
    with practice.db.session() as s:
        assert s.execute(select(IntakeStep.state).where(IntakeStep.intake_id == newcomers["intake"],
                                                        IntakeStep.step_key == "identity")).scalar() == "open"
        assert s.execute(select(Task.id).where(Task.dedup_key.like("intake:identity_qualify:%"))).first() is None
    shot(dialog, "intake_not_qualifiable_error.png")
    set_combo_value(dialog.identity_reason, "insi_unavailable")
    dialog.detail.setText("Téléservice en panne")
    with qtbot.waitSignal(dialog.sig_changed):
        dialog.save_step()
    qtbot.waitUntil(lambda: tab.view.steps[0].state == "not_qualifiable")
    assert tab.flag.isVisible()
    column = _columns(tab)
    assert tab.model.index(0, column["State"]).data() == "Not qualifiable"
    assert tab.model.index(0, column["With / from"]).data() == "INSi teleservice unavailable — Téléservice en panne"
    with practice.db.session() as s:
        assert len(s.execute(select(Task.id).where(Task.dedup_key.like("intake:identity_qualify:%"))).all()) == 1
    dialog.close()


def test_the_reason_is_not_offered_once_the_ins_is_qualified(qtbot, practice):
    ma = practice.ctx["medical_assistant"]
    pid = patients.create_patient(ma, PatientInput(family_name="Qualifiee", **QUALIFIED))
    iid = intakes.register(ma, pid, IntakeInput())
    dialog = IntakeDialog(AppSession(ma), iid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None)
    dialog.table.selectRow(0)
    offered = [dialog.state.itemText(i) for i in range(dialog.state.count())]
    assert offered == ["To do", "Done"]


def test_a_take_on_on_a_stale_patient_record_is_refused_then_saved_after_reload(qtbot, practice):
    ma = practice.ctx["medical_assistant"]
    pid = patients.create_patient(ma, PatientInput(family_name="Alpha", **QUALIFIED))
    intakes.register(ma, pid, IntakeInput())
    window = NewPatientsWindow(AppSession(ma))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    take = window.take_on()
    row = patients.open_patient(ma, pid)       # meanwhile, the chart changes the patient's address
    patients.update_patient(practice.ctx["coordinator"], pid, row.version, patients.with_changes(row, city="Sion"))
    set_combo_value(take.gp, practice.staff_ids["physician"])
    take.first_on.setText(dates.day(recurrence.today_local() + timedelta(days=2)))
    take.save()
    qtbot.waitUntil(lambda: take.banner.text() != "")
    assert take.isVisible()
    with practice.db.session() as s:
        assert s.get(Patient, pid).gp_staff_id is None
    take.banner.sig_action.emit()             # "Reload"
    qtbot.waitUntil(lambda: take.patient_version == 2)
    with qtbot.waitSignal(take.sig_saved):
        take.save()
    with practice.db.session() as s:
        patient = s.get(Patient, pid)
        assert (patient.gp_staff_id, patient.city, patient.version) == (practice.staff_ids["physician"], "Sion", 3)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_tab_screenshots(qtbot, practice, newcomers, language):
    ma = practice.ctx["medical_assistant"]
    steps.record_step(ma, newcomers["intake"], intakes.open_intake(ma, newcomers["intake"]).version, "identity",
                      StepInput("not_qualifiable", reason="documents_missing", detail="Revient avec sa carte"))
    i18n.install(QApplication.instance(), language)
    try:
        chart = _chart(qtbot, practice, newcomers["patient"])
        tab = chart.tab("intake")
        qtbot.waitUntil(lambda: tab.view is not None and _visible(chart))
        chart.tabs.setCurrentWidget(tab)
        background.wait_idle()
        assert chart.minimumSizeHint().width() <= 1366 and chart.minimumSizeHint().height() <= 768
        assert tab.flag.isVisible()
        SHOTS.mkdir(exist_ok=True)
        shot(chart, f"intake_tab_{language}.png")
        chart.grab().save(str(SHOTS / f"tab_{language}.png"))
        dialog = tab.open_checklist()
        qtbot.waitUntil(lambda: dialog.view is not None)
        dialog.resize(1366, 700)
        dialog.table.selectRow(0)
        background.wait_idle()
        dialog.grab().save(str(SHOTS / f"checklist_{language}.png"))
        dialog.close()
    finally:
        i18n.install(QApplication.instance(), "en")
