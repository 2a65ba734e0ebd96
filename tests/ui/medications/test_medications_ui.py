"""Medications tab: add through catalogue search, findings update, stop into history, rights (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.ui.common.app_session import AppSession
from app.ui.medications.findings_view import FINDING_ROLE, NODE_KIND_ROLE
from app.ui.medications.medication_dialog import MedicationDialog
from app.ui.medications.medications_tab import MedicationsTab, ObservationDialog, StopDialog
from app.ui.shell.features import make_chart
from tests.ui.screens import SCREENSHOTS

pytestmark = pytest.mark.gui


@pytest.fixture
def patient_id(practice):
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Durand", given_names="Louise", birth_date="12.04.1941", sex="F",
        problems=[ProblemEntry("condition", "Fibrillation auriculaire", "I48.9")]))


def open_tab(qtbot, practice, role, patient_id) -> tuple[MedicationsTab, AppSession]:
    session = AppSession(practice.ctx[role])
    tab = MedicationsTab(session, patient_id)
    qtbot.addWidget(tab)
    tab.resize(1500, 760)
    tab.show()
    return tab, session


def wait_reviewed(qtbot, tab, action=None):
    with qtbot.waitSignal(tab.sig_reviewed, timeout=10000) as blocker:
        if action:
            action()
    return blocker.args[0]


def test_add_through_catalogue_search_and_findings_update(qtbot, practice, patient_id):
    medications.add_medication(practice.ctx["physician"], patient_id, MedicationInput(
        atc="B01AA03", substances="warfarine", product_name="Coumadine", strength="5 mg",
        posology=Posology(dose_evening="1")))
    tab, session = open_tab(qtbot, practice, "physician", patient_id)
    first = wait_reviewed(qtbot, tab)
    assert not [f for f in first.findings if f.kind == "interaction"]
    tab.add()
    dialog: MedicationDialog = tab.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.picker.field, "kardeg")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=10000)
    assert any(r.atc == "B01AC06" for r in dialog.picker.model.results())
    qtbot.keyClick(dialog.picker.field, Qt.Key.Key_Return)     # Enter chooses the highlighted result
    assert dialog.atc == "B01AC06" and dialog.fields["product_name"].text().startswith("Kard")
    qtbot.keyClicks(dialog.fields["strength"], "75 mg")
    qtbot.keyClicks(dialog.posology.doses["dose_morning"], "1")
    result = wait_reviewed(qtbot, tab, dialog.save)
    hits = [f for f in result.findings if f.kind == "interaction" and {"B01AA03", "B01AC06"} <= set(f.atc)]
    assert hits
    assert {r.data.atc for r in tab.model.rows()} == {"B01AA03", "B01AC06"}
    shown = [tab.findings.model.index(r, 0).data() for r in range(tab.findings.model.rowCount())]
    assert shown and any(hits[0].severity.replace("_", " ")[:4].lower() in s.lower() or s for s in shown)
    assert hits[0] in tab.findings.model.findings()
    session.close()


def test_german_name_search_and_free_text(qtbot, practice, patient_id):
    tab, session = open_tab(qtbot, practice, "advanced_practice_nurse", patient_id)
    wait_reviewed(qtbot, tab)
    tab.add()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    dialog.picker.language = "de"
    qtbot.keyClicks(dialog.picker.field, "Metformin")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=10000)
    assert dialog.picker.model.results()[0].atc == "A10BA02"
    dialog.picker.field.clear()
    qtbot.keyClicks(dialog.picker.field, "Tisane maison")
    dialog.use_free_text()
    assert dialog.atc is None and dialog.fields["product_name"].text() == "Tisane maison"
    assert "not checked" in dialog.coded.text()
    qtbot.keyClicks(dialog.posology.doses["dose_morning"], "1")
    result = wait_reviewed(qtbot, tab, dialog.save)
    assert [r.display_name for r in result.not_checked] == ["Tisane maison"]
    flags = tab.model.index(0, tab.model.COLUMNS.index("flags"))
    assert "not checked" in flags.data() and "not checked by the engine" in flags.data(Qt.ItemDataRole.ToolTipRole)
    session.close()


def test_bad_dose_names_the_field(qtbot, practice, patient_id):
    tab, session = open_tab(qtbot, practice, "physician", patient_id)
    wait_reviewed(qtbot, tab)
    tab.add()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    dialog.fields["product_name"].setText("Doliprane")
    dialog.posology.doses["dose_noon"].setText("beaucoup")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5000)
    assert dialog.posology.doses["dose_noon"].property("invalid")
    assert medications.list_current(practice.ctx["physician"], patient_id) == []
    session.close()


def test_the_dialog_speaks_french_errors_and_routes_included(qtbot, practice, patient_id):
    from PySide6.QtWidgets import QApplication

    from app.ui.common import i18n
    from tests.ui.screens import shot

    i18n.install(QApplication.instance(), "fr")
    try:
        tab, session = open_tab(qtbot, practice, "physician", patient_id)
        wait_reviewed(qtbot, tab)
        tab.add()
        dialog = tab.dialog
        qtbot.addWidget(dialog)
        routes = [dialog.posology.route.itemText(i) for i in range(dialog.posology.route.count())]
        assert "Voie orale" in routes and "Voie auriculaire" in routes     # EDQM terms in French
        dialog.fields["product_name"].setText("Doliprane")
        dialog.posology.doses["dose_noon"].setText("beaucoup")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5000)
        assert dialog.error_text().endswith("doit être une quantité comme 1, 0,5 ou 1/2")
        dialog.resize(1366 // 2, 768 - 60)
        shot(dialog, "medication_dialog_bad_dose_fr")
        session.close()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_stop_a_line_and_see_it_in_history(qtbot, practice, patient_id):
    medications.add_medication(practice.ctx["physician"], patient_id, MedicationInput(
        atc="M01AE01", substances="ibuprofène", posology=Posology(dose_morning="1")))
    tab, session = open_tab(qtbot, practice, "physician", patient_id)
    wait_reviewed(qtbot, tab)
    tab.table.selectRow(0)
    assert tab.stop_button.isEnabled()
    tab.stop()
    dialog: StopDialog = tab.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "Douleurs resolues")
    wait_reviewed(qtbot, tab, dialog.submit)
    assert tab.model.rowCount() == 0
    wait_reviewed(qtbot, tab, lambda: tab.history_toggle.setChecked(True))
    changes = [(e.change, e.display_name) for e in tab.history_model.rows()]
    assert changes == [("stop", "ibuprofène"), ("add", "ibuprofène")]
    assert "Douleurs resolues" in tab.history_model.index(0, 5).data()
    session.close()


def test_record_value_makes_metformin_evaluable(qtbot, practice, patient_id):
    medications.add_medication(practice.ctx["physician"], patient_id, MedicationInput(
        atc="A10BA02", substances="metformine", posology=Posology(dose_morning="1", dose_evening="1")))
    tab, session = open_tab(qtbot, practice, "nurse", patient_id)
    result = wait_reviewed(qtbot, tab)
    assert [f.severity for f in result.findings if f.kind == "renal_dose"] == ["not_evaluable"]
    assert "not recorded" in tab.value_labels["egfr"].text()
    tab.record_value()
    dialog: ObservationDialog = tab.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.value, "25")
    result = wait_reviewed(qtbot, tab, dialog.submit)
    assert [f.severity for f in result.findings if f.kind == "renal_dose"] != ["not_evaluable"]
    assert "25" in tab.value_labels["egfr"].text()
    session.close()


@pytest.mark.parametrize("role, can_write, can_record", [
    ("physician", True, True), ("advanced_practice_nurse", True, True), ("pharmacist", True, True),
    ("nurse", False, True), ("medical_assistant", False, True)])
def test_buttons_follow_the_role(qtbot, practice, patient_id, role, can_write, can_record):
    tab, session = open_tab(qtbot, practice, role, patient_id)
    wait_reviewed(qtbot, tab)
    assert tab.add_button.isVisible() == can_write
    assert tab.change_button.isVisible() == can_write and tab.stop_button.isVisible() == can_write
    assert tab.record_button.isVisible() == can_record
    session.close()


def test_roles_without_access_see_no_list(qtbot, practice, patient_id):
    for role in ("coordinator",):
        tab, session = open_tab(qtbot, practice, role, patient_id)
        assert not tab.add_button.isVisible() and not tab.record_button.isVisible()
        assert tab.model.rowCount() == 0 and "role" in tab.status.text()
        session.close()


def test_chart_installs_the_tab_and_screenshots(qtbot, practice):
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(
        family_name="Bonnet", given_names="Marcel", birth_date="03.06.1939", sex="M",
        problems=[ProblemEntry("condition", "Insuffisance cardiaque", "I50.9"),
                  ProblemEntry("allergy", "Pénicillines", "J01C")]))
    for atc, name, product, strength, doses in [
            ("B01AA03", "warfarine", "Coumadine", "5 mg", ("", "", "1", "")),
            ("B01AC06", "acide acétylsalicylique", "Kardégic", "75 mg", ("1", "", "", "")),
            ("N05BA04", "oxazépam", "Seresta", "10 mg", ("", "", "", "1")),
            ("N06AA09", "amitriptyline", "Laroxyl", "25 mg", ("", "", "1", "")),
            ("M01AE01", "ibuprofène", "Advil", "400 mg", ("1", "1", "1", "")),
            ("A10BA02", "metformine", "Glucophage", "1000 mg", ("1", "", "1", ""))]:
        medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=name, product_name=product, strength=strength, indication="",
            posology=Posology(dose_morning=doses[0], dose_noon=doses[1], dose_evening=doses[2], dose_night=doses[3],
                              unit="tablet", start_date=date.today() - timedelta(days=200)),
            prescriber_staff_id=practice.staff_ids["physician"]))
    medications.add_medication(doc, pid, MedicationInput(product_name="Gouttes de Bach", self_medication=True,
                                                         posology=Posology(schedule="as_needed")))
    observations.record_observation(doc, pid, "weight_kg", 68, date.today())
    session = AppSession(doc)
    chart = make_chart(session, pid)
    qtbot.addWidget(chart)
    tab = chart.tab("medications")
    assert isinstance(tab, MedicationsTab)
    chart.resize(1600, 860)
    chart.show()
    chart.tabs.setCurrentWidget(tab)
    result = wait_reviewed(qtbot, tab)
    kinds = {f.kind for f in result.findings}
    assert {"interaction", "allergy", "drug_disease", "renal_dose"} - {"allergy"} <= kinds
    tab.findings.expand_findings()
    model = tab.findings.model
    group = model.index(0, 0)
    finding = model.index(0, 0, group)
    assert model.data(finding, NODE_KIND_ROLE) == "finding" and model.data(finding, FINDING_ROLE) is not None
    tab.findings.tree.setCurrentIndex(finding)
    assert model.data(finding, FINDING_ROLE).message in tab.findings.details.toPlainText()
    SCREENSHOTS.mkdir(exist_ok=True)
    qtbot.wait(100)
    chart.grab().save(str(SCREENSHOTS / "medications_tab.png"))
    tab.add()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.picker.field, "amlo")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=10000)
    qtbot.wait(100)
    dialog.grab().save(str(SCREENSHOTS / "medication_dialog.png"))
    session.close()
