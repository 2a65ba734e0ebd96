"""The posology editor from the keyboard: a weekly line, an as-needed line with its maximum, a coded route found
by searching, a route kept as text; errors name their field; the table reads the lines back; screenshots at
1366×768 in French and German."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology, Taking
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.ui.common import i18n
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value
from app.ui.medications.medication_dialog import MedicationDialog
from app.ui.medications.medications_tab import MedicationsTab
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def patient_id(practice):
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Favre", given_names="Rosa", birth_date="02.05.1950", sex="F"))


def _dialog(qtbot, practice, patient_id, language="fr", row=None) -> MedicationDialog:
    ui_settings.put(ui_settings.LANGUAGE, language)
    dialog = MedicationDialog(AppSession(practice.ctx["physician"]), patient_id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _free_text(qtbot, dialog, name: str, strength: str) -> None:
    qtbot.keyClicks(dialog.picker.field, name)
    dialog.use_free_text()
    qtbot.keyClicks(dialog.fields["strength"], strength)


def test_weekly_line_from_the_keyboard(qtbot, practice, patient_id):
    dialog = _dialog(qtbot, practice, patient_id)
    editor = dialog.posology
    _free_text(qtbot, dialog, "Methotrexate", "2.5 mg")
    editor.schedule.setFocus()
    qtbot.keyClick(editor.schedule, Qt.Key.Key_Down)              # times of day -> every … days or weeks
    assert editor.pages.currentIndex() == 1 and editor.weekdays[0].isVisible()
    qtbot.keyClick(editor.weekdays[0], Qt.Key.Key_Space)          # Monday was proposed: off …
    qtbot.keyClick(editor.weekdays[0], Qt.Key.Key_Space)          # … and on again
    qtbot.keyClicks(editor.cycle_amount, "15")
    editor.unit.setFocus()
    while combo_value(editor.unit) != "mg" and editor.unit.currentIndex() < editor.unit.count() - 1:
        qtbot.keyClick(editor.unit, Qt.Key.Key_Down)
    assert combo_value(editor.unit) == "mg"
    editor.route.lineEdit().clear()
    qtbot.keyClicks(editor.route.lineEdit(), "Voie orale")
    assert "15 mg une fois par semaine, le lundi" in editor.preview.text()
    assert "15 mg a week" in editor.preview.text()   # the screen's words (English in the tests)
    assert dialog.fields["daily_dose_mg"].text() == "2.143" and not dialog.fields["daily_dose_mg"].isEnabled()
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    row = medications.list_current(practice.ctx["physician"], patient_id)[0]
    p = row.data.posology
    assert (p.schedule, p.cycle_days, p.takings, p.unit, p.route) == ("cycle", 7, (Taking(0, "08:00", "15"),), "mg",
                                                                      "20053000")
    assert row.data.amounts().mg_per_week == 15.0


def test_as_needed_line_and_errors_named(qtbot, practice, patient_id):
    dialog = _dialog(qtbot, practice, patient_id, "de")
    editor = dialog.posology
    _free_text(qtbot, dialog, "Paracetamol", "1 g")
    editor.schedule.setFocus()
    for _ in range(2):
        qtbot.keyClick(editor.schedule, Qt.Key.Key_Down)          # … -> if needed
    assert editor.pages.currentIndex() == 2
    qtbot.keyClicks(editor.as_needed_amount, "2")
    qtbot.keyClicks(editor.max_per_day, "1")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5000)
    assert editor.max_per_day.property("invalid") and "At most a day" in dialog.error_text()
    assert medications.list_current(practice.ctx["physician"], patient_id) == []
    editor.as_needed_amount.setText("1")
    editor.max_per_day.setText("3")
    assert "bei Bedarf: 1 Tablette, höchstens 3 pro Tag" in editor.preview.text()
    assert "3000 mg" in editor.preview.text()
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    row = medications.list_current(practice.ctx["physician"], patient_id)[0]
    assert (row.data.posology.kind, row.data.posology.max_per_day, row.data.daily_dose_mg) == ("as_needed", "3",
                                                                                               3000.0)


def test_route_search_and_route_as_text(qtbot, practice, patient_id):
    dialog = _dialog(qtbot, practice, patient_id)
    editor = dialog.posology
    completer = editor.route.completer()
    completer.setCompletionPrefix("inhal")                       # searched anywhere in the term
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Voie inhalée" in found
    _free_text(qtbot, dialog, "Melange", "")
    qtbot.keyClicks(editor.doses["dose_morning"], "1")
    editor.route.lineEdit().clear()
    qtbot.keyClicks(editor.route.lineEdit(), "par sonde gastrique")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    p = medications.list_current(practice.ctx["physician"], patient_id)[0].data.posology
    assert (p.route, p.route_text) == (None, "par sonde gastrique")


def test_detailed_takings_are_kept_when_not_edited(qtbot, practice, patient_id):
    doc = practice.ctx["physician"]
    medications.add_medication(doc, patient_id, MedicationInput(substances="acide folique", posology=Posology(
        cycle_days=7, takings=(Taking(0, "08:00", "2"), Taking(3, "18:00", "1")), unit="tablet")))
    row = medications.list_current(doc, patient_id)[0]
    dialog = _dialog(qtbot, practice, patient_id, row=row)
    assert "lundi 2 comprimés; jeudi 1 comprimé le soir" in dialog.posology.detail.text()
    dialog.fields["indication"].setText("Sous méthotrexate")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    assert medications.list_current(doc, patient_id)[0].data.posology == row.data.posology


@pytest.mark.parametrize("language", ["fr", "de"])
def test_screens_at_1366x768(qtbot, practice, patient_id, language):
    doc = practice.ctx["physician"]
    start = date(2026, 1, 5)
    for line in (
            MedicationInput(atc="L04AX03", substances="méthotrexate", strength="2.5 mg", posology=Posology(
                cycle_days=7, takings=(Taking(0, "08:00", "15"),), unit="mg", route="20053000", start_date=start)),
            MedicationInput(atc="C09AA05", substances="ramipril", product_name="Triatec", strength="5 mg",
                            posology=Posology(dose_morning="1", dose_evening="0.5", unit="tablet", route="20053000",
                                              start_date=start)),
            MedicationInput(atc="S01ED01", substances="timolol", strength="0.5 %", posology=Posology(
                dose_morning="1", dose_evening="1", unit="drop", route="20051000", start_date=start)),
            MedicationInput(atc="N02BE01", substances="paracétamol", strength="1 g", posology=Posology(
                schedule="as_needed", as_needed_amount="1", max_per_day="3", unit="tablet", route="20053000")),
            MedicationInput(atc="R03AC02", substances="salbutamol", strength="100 µg/dose", posology=Posology(
                schedule="as_needed", as_needed_amount="2", max_per_day="8", unit="puff", route="20020000"))):
        medications.add_medication(doc, patient_id, line)
    ui_settings.put(ui_settings.LANGUAGE, language)
    i18n.install(QApplication.instance(), language)
    session = AppSession(doc)
    tab = MedicationsTab(session, patient_id)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=10000)
    texts = [tab.model.index(r, tab.model.COLUMNS.index("posology")).data() for r in range(5)]
    expected = {"fr": "15 mg une fois par semaine, le lundi", "de": "15 mg einmal pro Woche, am Montag"}[language]
    assert expected in texts
    shot(tab, f"posology_tab_{language}")
    row = next(r for r in tab.model.rows() if r.data.atc == "L04AX03")
    dialog = MedicationDialog(session, patient_id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    shot(dialog, f"posology_dialog_weekly_{language}")
    row = next(r for r in tab.model.rows() if r.data.atc == "R03AC02")
    dialog = MedicationDialog(session, patient_id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, f"posology_dialog_as_needed_{language}")
    session.close()
