"""Deprescribing from the medications tab (offscreen): the plan dialog proposes the scheme's steps, edits and
saves them with the agreement; the due step shows on the tab and the physician confirms it in the plans dialog
(the list changes); bad input named in the banner with nothing stored; the pharmacist plans but does not confirm.
Screenshots ``deprescribing_*_<language>.png`` at 1366×768 in French and German."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.models.deprescribing import DeprescribingPlan
from app.services.care_plans import deprescribing
from app.services.care_plans.deprescribing_input import DeprescribingInput, StepInput
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.tasks.recurrence import today_local
from app.ui.care_plans.care_plan_tab import CarePlanTab
from app.ui.common import i18n
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value, format_date
from app.ui.medications.findings_view import FINDING_ROLE
from app.ui.medications.medications_tab import MedicationsTab
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def chart(practice):
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Martin", given_names="Jeanne",
                                                    birth_date="02.04.1941", sex="F"))
    line = medications.add_medication(doc, pid, MedicationInput(
        atc="N05BA06", substances="lorazepam", product_name="Témesta 1 mg", strength="1 mg",
        posology=Posology(dose_morning="1", dose_evening="1", unit="tablet")))
    return pid, line


@pytest.fixture
def language(request):
    yield
    ui_settings.put(ui_settings.LANGUAGE, "en")
    i18n.install(QApplication.instance(), "en")


def _open(qtbot, practice, role, pid) -> MedicationsTab:
    tab = MedicationsTab(AppSession(practice.ctx[role]), pid)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    tab.table.selectRow(0)
    return tab


def _plan_dialog(qtbot, tab):
    dialog = tab.deprescribe()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.steps) == 4, timeout=10000)
    return dialog


def test_plan_made_then_due_step_confirmed(qtbot, practice, chart):
    pid, line = chart
    tab = _open(qtbot, practice, "physician", pid)
    dialog = _plan_dialog(qtbot, tab)
    assert "Haute Autorité de santé" in dialog.source.text()
    assert [w.text() for w in dialog.steps[0].amounts] == ["0.75", "", "0.75", ""]
    dialog.steps[0].amounts[2].clear()
    qtbot.keyClicks(dialog.steps[0].amounts[2], "1")        # keep a whole tablet in the evening at first
    dialog.agreed.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tab.due_label.isVisible(), timeout=10000)     # step 1 is due today
    plans = tab.show_plans()
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.due_step() is not None, timeout=10000)
    assert plans.confirm_button.isEnabled()
    plans.confirm_button.click()
    qtbot.waitUntil(lambda: plans.selected_plan() is not None and plans.selected_plan().steps[0].state == "applied",
                    timeout=10000)
    current = medications.list_current(practice.ctx["physician"], pid)[0].data.posology
    assert (current.dose_morning, current.dose_evening) == ("0.75", "1")
    assert not plans.confirm_button.isEnabled()              # step 2 waits for its date
    qtbot.waitUntil(lambda: not tab.due_label.isVisible(), timeout=10000)


def test_bad_step_date_is_named_and_nothing_stored(qtbot, practice, chart):
    pid, _line = chart
    tab = _open(qtbot, practice, "pharmacist", pid)
    dialog = _plan_dialog(qtbot, tab)
    dialog.steps[1].day.setText(format_date(today_local() - timedelta(days=3)))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=10000)
    assert "Step 2" in dialog.banner.text() and "after the date of the step before" in dialog.banner.text()
    with practice.db.session() as s:
        assert s.exec(select(DeprescribingPlan)).all() == []


def test_pharmacist_plans_but_does_not_confirm(qtbot, practice, chart):
    pid, line = chart
    tab = _open(qtbot, practice, "pharmacist", pid)
    assert tab.deprescribe_button.isEnabled()
    dialog = _plan_dialog(qtbot, tab)
    dialog.agreed.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.submit()
    plans = tab.show_plans()
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.selected_plan() is not None, timeout=10000)
    assert not plans.confirm_button.isVisible() or not plans.confirm_button.isEnabled()
    assert plans.print_button.isEnabled()
    nurse_tab = _open(qtbot, practice, "nurse", pid)
    assert not nurse_tab.deprescribe_button.isVisible() or not nurse_tab.deprescribe_button.isEnabled()


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_screens_fit_1366x768(qtbot, practice, chart, language, lang):
    pid, line = chart
    ui_settings.put(ui_settings.LANGUAGE, lang)
    i18n.install(QApplication.instance(), lang)
    tab = _open(qtbot, practice, "physician", pid)
    dialog = _plan_dialog(qtbot, tab)
    dialog.resize(1366, 768)
    shot(dialog, f"deprescribing_dialog_{lang}")
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
    dialog.agreed.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.submit()
    plans = tab.show_plans()
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.due_step() is not None, timeout=10000)
    plans.resize(1366, 768)
    shot(plans, f"deprescribing_plans_{lang}")
    assert plans.minimumSizeHint().width() <= 1366 and plans.minimumSizeHint().height() <= 768
    tab.resize(1366, 768)
    qtbot.waitUntil(lambda: tab.due_label.isVisible(), timeout=10000)
    shot(tab, f"deprescribing_tab_{lang}")
    assert deprescribing.patient_plans(practice.ctx["physician"], pid)[0].status == "active"


def test_care_plan_tab_shows_the_plan_and_its_steps(qtbot, practice, chart):
    pid, line = chart
    steps = deprescribing.propose_steps(practice.ctx["physician"], line, "has_bzd_2015", today_local())
    deprescribing.create_plan(practice.ctx["physician"], pid, DeprescribingInput(
        line_id=line, scheme_key="has_bzd_2015", follow_up_role="nurse",
        steps=[StepInput(s.due_date, s.stop, s.posology) for s in steps]))
    tab = CarePlanTab(AppSession(practice.ctx["nurse"]), pid)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.deprescribing.model.rowCount() == 4, timeout=10000)
    model = tab.deprescribing.model
    assert model.index(0, 0).data().startswith("Témesta 1 mg")
    assert model.index(3, 3).data() == "Stop"


def test_keyboard_only(qtbot, practice, chart):
    pid, _line = chart
    tab = _open(qtbot, practice, "physician", pid)
    dialog = _plan_dialog(qtbot, tab)
    dialog.steps[0].amounts[0].setFocus()
    qtbot.keyClick(dialog.steps[0].amounts[0], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.steps[0].amounts[0], "1/2")
    qtbot.keyClick(dialog.agreed, Qt.Key.Key_Space)
    assert dialog.agreed.isChecked()
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)        # Enter saves (the default button)
    plan = deprescribing.patient_plans(practice.ctx["physician"], pid)[0]
    assert plan.steps[0].posology.dose_morning == "0.5" and plan.status == "active"


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_opioid_plan_from_a_finding(qtbot, practice, language, lang):
    """An older patient on tramadol without a laxative: from the review's finding, the plan dialog offers the
    CDC 2022 monthly taper first, with its source and the note that its figures are to be checked, and saves it."""
    ui_settings.put(ui_settings.LANGUAGE, lang)
    i18n.install(QApplication.instance(), lang)
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Roux", given_names="Paul", birth_date="03.05.1940",
                                                    sex="M"))
    line = medications.add_medication(doc, pid, MedicationInput(
        atc="N02AX02", substances="tramadol", product_name="Tramadol 50 mg", strength="50 mg",
        posology=Posology(dose_morning="2", dose_evening="2", unit="tablet")))
    tab = MedicationsTab(AppSession(doc), pid)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: any("N02AX02" in f.atc for f in tab.findings.model.findings()), timeout=10000)
    tab.findings.expand_findings()
    model, target = tab.findings.model, None
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            finding = model.data(index, FINDING_ROLE)
            if finding is not None and finding.rule == "STOPP3-L2":
                target = index
    assert target is not None
    tab.findings.tree.setCurrentIndex(target)
    dialog = tab.deprescribe_finding()
    qtbot.addWidget(dialog)
    assert dialog.row.id == line
    qtbot.waitUntil(lambda: len(dialog.steps) == 8, timeout=10000)
    assert combo_value(dialog.scheme) == "cdc_2022_opioid_long"
    assert "Centers for Disease Control and Prevention" in dialog.source.text()
    assert dialog.follow_days.value() == 7 and dialog.steps[-1].stop.isChecked()
    assert [w.text() for w in dialog.steps[0].amounts] == ["1.75", "", "1.75", ""]
    dialog.resize(1366, 768)
    shot(dialog, f"deprescribing_opioid_dialog_{lang}")
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
    dialog.agreed.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.submit()
    plan = deprescribing.patient_plans(doc, pid)[0]
    assert (plan.scheme_key, plan.finding_code, len(plan.steps)) == ("cdc_2022_opioid_long", "STOPP3-L2", 8)
