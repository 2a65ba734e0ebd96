"""Care plan tab: start a plan, add items, bad input named, lifecycle buttons per role, history with diff,
coordinator's plans to review (offscreen; screenshots to look at)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.tasks import recurrence
from app.ui.care_plans.care_plan_tab import CarePlanTab
from app.ui.care_plans.plan_history import PlansToReviewDialog
from app.ui.common.app_session import AppSession
from tests.services.care_plans.test_care_plans import draft
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
TODAY = recurrence.today_local()


def open_tab(qtbot, practice, role, patient_id) -> CarePlanTab:
    tab = CarePlanTab(AppSession(practice.ctx[role]), patient_id)
    qtbot.addWidget(tab)
    tab.resize(1250, 900)
    tab.show()
    qtbot.waitUntil(lambda: tab.status_label.text() != "Loading…", timeout=10000)
    return tab


def save_form(qtbot, tab, dialog, until=lambda: True, **values):
    """Fill the form, save, wait for the dialog to close and the tab to show the saved state (``until``)."""
    for name, value in values.items():
        w = dialog.widgets[name]
        if hasattr(w, "setPlainText"):
            w.setPlainText(value)
        elif hasattr(w, "setChecked"):
            w.setChecked(value)
        elif hasattr(w, "setCurrentIndex"):
            from app.ui.common.form_helpers import set_combo_value
            set_combo_value(w, value)
        else:
            w.setText(value)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None and until(), timeout=10000)


def test_start_plan_add_items_and_bad_input(qtbot, practice):
    pid = patients.create_patient(practice.ctx["nurse"], PatientInput(family_name="Morel", given_names="Jeanne",
                                                                      birth_date="12.03.1938", sex="F"))
    tab = open_tab(qtbot, practice, "nurse", pid)
    assert tab.status_label.text() == "No care plan" and tab.buttons["new"].isVisibleTo(tab)
    dialog = tab.new_clicked()
    dialog.widgets["review_date"].setText("31.02.2027")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "", timeout=10000)
    assert "Review date" in dialog.banner.text() and dialog.widgets["review_date"].property("invalid")
    shot(dialog, "care_plan_form_error.png")
    assert care_plans.patient_plans(practice.ctx["nurse"], pid) == []
    save_form(qtbot, tab, dialog, review_date=(TODAY + timedelta(days=60)).strftime("%d.%m.%Y"),
              synthesis_medical="Insuffisance cardiaque", alert_procedure="Appeler l'IDE puis le 15",
              until=lambda: tab.view is not None)
    assert tab.view.status == "draft" and tab.status_label.text().startswith("Care plan v1 — Draft")
    save_form(qtbot, tab, tab.add_item("problem"), label="Chutes à domicile", priority="high",
              until=lambda: tab.models["problem"].rowCount() == 1)
    save_form(qtbot, tab, tab.add_item("goal"), objective="Plus de chute",
              until=lambda: tab.models["goal"].rowCount() == 1)
    dialog = tab.add_item("action")
    dialog.widgets["description"].setText("Pesée")
    dialog.widgets["recurrence_rule"].setText("every week")
    dialog.widgets["due_date"].setText(TODAY.strftime("%d.%m.%Y"))
    from app.ui.common.form_helpers import set_combo_value
    set_combo_value(dialog.widgets["responsible_role"], "nurse")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "", timeout=10000)
    assert dialog.banner.text().startswith("Repeat") or "rule" in dialog.banner.text().lower()
    save_form(qtbot, tab, dialog, recurrence_rule="FREQ=WEEKLY", until=lambda: tab.models["action"].rowCount() == 1)
    assert tab.models["action"].rowCount() == 1 and tab.models["problem"].rowCount() == 1
    assert tab.models["action"].index(0, 3).data() == f"{TODAY:%d.%m.%Y} every week"


def test_lifecycle_buttons_per_role_history_and_screenshots(qtbot, practice):
    plan_id, v, _ = draft(practice)
    pid = care_plans.get_plan(practice.ctx["nurse"], plan_id).patient_id
    visible = lambda tab: {k for k, b in tab.buttons.items() if b.isVisibleTo(tab)}  # noqa: E731
    nurse_tab = open_tab(qtbot, practice, "nurse", pid)
    assert visible(nurse_tab) == {"edit", "history", "print", "sheet"}
    ma_tab = open_tab(qtbot, practice, "medical_assistant", pid)
    assert visible(ma_tab) == {"history"} and not ma_tab.item_buttons["action"][0].isVisibleTo(ma_tab)
    doc_tab = open_tab(qtbot, practice, "physician", pid)
    assert {"validate", "close"} <= visible(doc_tab)
    dialog = doc_tab.validate_clicked()
    save_form(qtbot, doc_tab, dialog, agreement_how="oral, en consultation",
              until=lambda: doc_tab.view.status == "validated")
    assert doc_tab.view.status == "validated"
    doc_tab.activate_clicked()
    qtbot.waitUntil(lambda: doc_tab.view.status == "active", timeout=10000)
    assert doc_tab.view.status == "active" and visible(doc_tab) >= {"revise", "close"}
    assert doc_tab.progress.format() == "0 of 3 actions done"
    shot(doc_tab, "care_plan_tab.png")
    history = doc_tab.history_clicked()
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=10000)
    assert history.model.index(0, 4).data() == "activated"
    with qtbot.waitSignal(history.sig_diff, timeout=10000) as blocker:
        history.table.selectRow(history.model.rowCount() - 2)   # "problem added"
    assert blocker.args[0] == ["Added problem: «Chutes à domicile»"]
    history.resize(900, 560)
    shot(history, "care_plan_history.png")
    qtbot.keyClick(history, Qt.Key.Key_Escape)
    assert not history.isVisible()
    # the medical assistant records progress on her action
    ma_tab.reload()
    qtbot.waitUntil(lambda: ma_tab.view is not None and ma_tab.view.status == "active", timeout=10000)
    assert ma_tab.progress_button.isVisibleTo(ma_tab)
    ma_tab.tables["action"].selectRow(0)
    dialog = ma_tab.record_progress()
    save_form(qtbot, ma_tab, dialog, status="done", outcome="Appel fait",
              until=lambda: ma_tab.view.actions[0]["status"] == "done")
    assert ma_tab.view.actions[0]["status"] == "done" and ma_tab.progress.format() == "1 of 3 actions done"
    path = Path(practice.path).parent / "plan.pdf"
    doc_tab.print_clicked(str(path))
    qtbot.waitUntil(lambda: path.exists() and path.read_bytes().startswith(b"%PDF"), timeout=10000)


def test_coordinator_plans_to_review(qtbot, practice):
    plan_id, v, _ = draft(practice)
    nurse = practice.ctx["nurse"]
    view = care_plans.get_plan(nurse, plan_id)
    care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(view, review_date=TODAY - timedelta(days=2)))
    dialog = PlansToReviewDialog(AppSession(practice.ctx["coordinator"]))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10000) as blocker:
        dialog.show()
    assert blocker.args[0] == 1
    assert dialog.model.index(0, 1).data() == "2 days late" and dialog.model.index(0, 2).data() == "MOREL Jeanne"
    with qtbot.waitSignal(dialog.sig_open_patient) as opened:
        dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args[0] == view.patient_id
    dialog.resize(820, 300)
    shot(dialog, "care_plans_to_review.png")
    life.close(practice.ctx["coordinator"], plan_id, view.version + 1, "done")
