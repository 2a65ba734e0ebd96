"""Patient register screens: form, search as you type, chart, stale edits (offscreen, real encrypted DB)."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import audit_trail
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.intake.tab_presence import IntakeTabPresence
from app.ui.patients.patient_form import PatientForm
from app.ui.patients.search_panel import PatientSearchPanel
from app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def valid_ins(first13: str = "2480375123456") -> str:
    return first13 + f"{97 - int(first13) % 97:02d}"


@pytest.fixture
def session(practice):
    s = AppSession(practice.ctx["physician"])
    yield s
    s.close()


def add_patient(ctx, family, given, birth, sex="F", **extra) -> int:
    return patients.create_patient(ctx, PatientInput(family_name=family, given_names=given, birth_date=birth,
                                                     sex=sex, **extra))


def count(ctx) -> int:
    return patients.count_patients(ctx)


def type_text(qtbot, line_edit, text: str) -> None:
    """Type like a user; QTest cannot synthesise non-ASCII keys, so those characters are inserted."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line_edit, char)
        else:
            line_edit.insert(char)


def fill(qtbot, form, **values):
    for name, value in values.items():
        form.fields[name].clear()
        type_text(qtbot, form.fields[name], value)


def test_create_patient_through_form(qtbot, practice, session):
    form = PatientForm(session)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, family_name="Dupont", given_names="Hélène Marie", birth_date="15/03/1948",
         city="Annecy", postal_code="74000", ins_matricule=valid_ins(), birth_name="Martin",
         birth_given_names="Hélène Marie", birth_place_code="75056")
    set_combo_value(form.fields["sex"], "F")
    set_combo_value(form.fields["ins_oid"], "1.2.250.1.213.1.4.8")
    set_combo_value(form.fields["ins_status"], "QUAL")
    qtbot.waitUntil(lambda: form.fields["gp_staff_id"].count() == 2)   # the practice's physician was listed
    form.fields["gp_staff_id"].setCurrentIndex(1)
    form.problems.model.add_row("allergy", "j01c", "Pénicillines")
    form.problems.model.add_row("ald", "E11", "Diabète de type 2")
    with qtbot.waitSignal(form.sig_saved, timeout=5000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    found = patients.search_patients(practice.ctx["nurse"], "dupont")
    assert [p.id for p in found] == saved.args
    row = patients.open_patient(practice.ctx["nurse"], saved.args[0])
    assert (row.data.given_names, row.data.birth_date, row.data.city) == ("Hélène Marie", date(1948, 3, 15), "Annecy")
    assert row.data.ins_status == "QUAL" and row.data.gp_staff_id == practice.staff_ids["physician"]
    assert ProblemEntry("allergy", "Pénicillines", "J01C") in row.data.problems
    assert not form.isVisible()


@pytest.mark.parametrize("field, value, field_name", [
    ("family_name", "", "family_name"),
    ("birth_date", "31.02.1950", "birth_date"),
    ("birth_date", (date.today() + timedelta(days=2)).strftime("%d.%m.%Y"), "birth_date"),
    ("ins_matricule", valid_ins()[:-2] + "00", "ins_matricule"),
])
def test_bad_input_names_the_field_and_stores_nothing(qtbot, practice, session, field, value, field_name):
    form = PatientForm(session)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, family_name="Martin", given_names="Paul", birth_date="01.01.1960")
    set_combo_value(form.fields["sex"], "M")
    set_combo_value(form.fields["ins_status"], "PROV")
    fill(qtbot, form, **{field: value})
    before = count(practice.ctx["physician"])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text() != "", timeout=5000)
    assert field_name in form.error_text() or form.fields[field_name].property("invalid")
    assert form.fields[field_name].property("invalid") is True
    assert form.isVisible()
    assert count(practice.ctx["physician"]) == before == 0


def test_bad_problem_code_selects_its_row(qtbot, session):
    form = PatientForm(session)
    qtbot.addWidget(form)
    fill(qtbot, form, family_name="Martin", given_names="Paul", birth_date="01.01.1960")
    set_combo_value(form.fields["sex"], "M")
    form.problems.model.add_row("condition", "I50.9", "Insuffisance cardiaque")
    form.problems.model.add_row("condition", "not a code", "Hypertension")
    form.save()
    qtbot.waitUntil(lambda: form.error_text() != "", timeout=5000)
    assert "Problem 2" in form.error_text()
    assert form.problems.view.currentIndex().row() == 1


def test_search_as_you_type(qtbot, practice, session):
    ctx = practice.ctx["nurse"]
    add_patient(ctx, "Dupont", "Hélène", "15.03.1948")
    add_patient(ctx, "Müller", "Jürgen", "02.07.1955", sex="M")
    add_patient(ctx, "Muller-Favre", "Anne", "15.03.1948")
    add_patient(ctx, "Bernard", "Luc", "20.10.1970", sex="M")
    panel = PatientSearchPanel(session)
    qtbot.addWidget(panel)
    panel.search_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    qtbot.keyClicks(panel.search_field, "helene")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 1).data() == "Hélène"
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "muller")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert {panel.model.index(r, 0).data() for r in range(2)} == {"MÜLLER", "MULLER-FAVRE"}
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "15.03.1948")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.model.index(0, 0).data() == "DUPONT")
    assert panel.model.index(0, 3).data() == "15.03.1948"
    assert "2" in panel.count_label.text()


def test_stale_search_results_are_dropped(qtbot, practice, session):
    ctx = practice.ctx["nurse"]
    add_patient(ctx, "Dupont", "Hélène", "15.03.1948")
    add_patient(ctx, "Bernard", "Luc", "20.10.1970", sex="M")

    def slow_for_first(ctx, query, limit):
        if query == "dupont":
            time.sleep(0.6)   # the older query answers last
        return patients.search_patients(ctx, query, limit=limit)

    panel = PatientSearchPanel(session, search_fn=slow_for_first)
    qtbot.addWidget(panel)
    panel.search_now("dupont")
    panel.search_now("bernard")
    # the older answer is dropped whichever comes first (one database worker runs them in order)
    qtbot.waitUntil(lambda: panel.dropped_results == 1 and panel.results_shown == 1, timeout=5000)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "BERNARD"


def test_enter_opens_chart_and_audits(qtbot, practice, session):
    ctx = practice.ctx["nurse"]
    patient_id = add_patient(ctx, "Dupont", "Hélène", "15.03.1948", ins_matricule=valid_ins(), ins_status="VALI")
    add_patient(ctx, "Bernard", "Luc", "20.10.1970", sex="M")
    window = MainWindow(session, 10)
    qtbot.addWidget(window)
    window.show()
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(patient_id), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.chart_tabs.count() == 1
    chart = window.charts[patient_id]
    qtbot.waitUntil(lambda: chart.row is not None)
    assert chart.header.text() == "DUPONT Hélène"
    assert "15.03.1948" in chart.subheader.text() and "INS" in chart.subheader.text()
    assert window.chart_tabs.tabText(0) == "DUPONT Hélène"
    assert set(chart.tab_keys()) == {"summary", "medications", "alerts", "care_plan", "due_care", "assessments",
                                     "tasks", "messages", "documents", "intake"}
    # the physician may take patients in; no intake for this one: the tab is hidden, and not built
    presence = chart.tabs.findChild(IntakeTabPresence)
    qtbot.waitUntil(lambda: presence.loaded)
    assert not chart.tabs.isTabVisible(chart.tab_keys().index("intake")) and "intake" not in chart.tab_pages
    events = audit_trail.browse(practice.ctx["admin"], action_prefix="patient.open")
    assert [(e.patient_id, e.user_display) for e in events] == [(patient_id, session.actor.display_name)]
    window.open_patient(patient_id)   # already open: focused, not opened twice
    assert window.chart_tabs.count() == 1


def test_edit_from_chart(qtbot, practice, session):
    patient_id = add_patient(practice.ctx["nurse"], "Dupont", "Hélène", "15.03.1948")
    window = MainWindow(session, 10)
    qtbot.addWidget(window)
    chart = window.open_patient(patient_id)
    qtbot.waitUntil(lambda: chart.row is not None)
    assert chart.edit_button.isVisible() or not window.isVisible()
    chart.edit()
    form = chart.form
    assert form.fields["family_name"].text() == "Dupont"
    assert form.fields["birth_date"].text() == "15.03.1948"
    fill(qtbot, form, city="Chambéry")
    with qtbot.waitSignal(form.sig_saved, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chambéry" in chart.values["address"].text())
    assert patients.open_patient(practice.ctx["nurse"], patient_id).version == 2


def test_stale_edit_shows_message_and_reload_works(qtbot, practice, session):
    nurse = practice.ctx["nurse"]
    patient_id = add_patient(nurse, "Dupont", "Hélène", "15.03.1948")
    row = patients.open_patient(session.ctx, patient_id)
    form = PatientForm(session, row)
    qtbot.addWidget(form)
    form.show()
    other = patients.open_patient(nurse, patient_id)
    patients.update_patient(nurse, patient_id, other.version, patients.with_changes(other, phone="04 50 00 00 00"))
    fill(qtbot, form, city="Annecy")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text() != "", timeout=5000)
    assert "Nurse" in form.error_text() and form.banner.button.isVisible()
    assert patients.open_patient(nurse, patient_id).data.city is None   # nothing overwritten
    qtbot.mouseClick(form.banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.fields["phone"].text() == "04 50 00 00 00", timeout=5000)
    assert form.error_text() == "" and form.version == 2
    fill(qtbot, form, city="Annecy")
    with qtbot.waitSignal(form.sig_saved, timeout=5000):
        form.save()
    stored = patients.open_patient(nurse, patient_id).data
    assert (stored.city, stored.phone) == ("Annecy", "04 50 00 00 00")


def test_escape_cancels_the_form(qtbot, practice, session):
    form = PatientForm(session)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, family_name="Martin")
    qtbot.keyClick(form.fields["family_name"], Qt.Key.Key_Escape)
    assert not form.isVisible() and form.result() == 0
    assert count(practice.ctx["physician"]) == 0
