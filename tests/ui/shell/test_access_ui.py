"""Buttons follow the access decision on their record; an account revoked while its session is open locks the
window with the reason; the practice's chart access setting (offscreen; screenshots in French and German).

The sweep test opens, for every role, the main screens (chart tabs, inbox, worklist, care plan) on a practice with
a care plan, an alert, tasks and a restricted document, and asks the services (the account read from the database,
the record rebuilt from the database) whether each visible, enabled, guarded button would be allowed.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QTabWidget, QToolTip

from app.models.alert import Alert
from app.models.care_plan import CarePlan, CarePlanAction
from app.models.coordination import CoordinationDocument
from app.models.task import Task
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput
from app.services.care_plans import plans as care_plans
from app.services.coordination import documents
from app.services.errors import AccessDenied
from app.services.kernel.context import ServiceContext
from app.services.kernel.notifications import Notifier
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import practice_record
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.security import access, records
from app.services.security.policy import ROLES
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_input import TaskInput
from app.ui.admin.settings_dialog import SettingsDialog
from app.ui.alerts.alert_dialog import AlertDialog
from app.ui.care_plans.care_plan_tab import CarePlanTab
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.permissions import guarded_access
from app.ui.shell.main_window import MainWindow
from tests.services.care_plans.test_care_plans import TODAY, draft
from tests.services.security.test_record_access import PDF, limit_charts, second_physician
from tests.ui.screens import SCREENSHOTS, shot

pytestmark = pytest.mark.gui


def scenario(practice) -> dict:
    """A patient of the physician with a draft care plan, an alert to the physician, open tasks and documents (one
    restricted to the physician)."""
    plan_id, version, ids = draft(practice)
    pid = care_plans.get_plan(practice.ctx["nurse"], plan_id).patient_id
    doc = practice.ctx["physician"]
    line = medications.add_medication(doc, pid, MedicationInput(atc="B01AC06", substances="acide acétylsalicylique",
                                                                posology=Posology(dose_morning="1"),
                                                                product_name="Kardégic 75 mg"))
    alert = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Risque hémorragique", proposal_kind="information",
        line_ids=[line], urgency="routine", recipient_staff_id=practice.staff_ids["physician"]))
    task = tasks.create_task(doc, TaskInput(title="Prise de sang", patient_id=pid, pool_role="nurse",
                                            due_date=TODAY))
    tasks.create_task(doc, TaskInput(title="Rappeler", patient_id=pid,
                                     assignee_staff_id=practice.staff_ids["medical_assistant"], due_date=TODAY))
    documents.add_document(practice.ctx["medical_assistant"], pid, title="Compte rendu", filename="cr.pdf",
                           content=PDF)
    documents.add_document(doc, pid, title="Courrier du psychiatre", filename="psy.pdf", content=PDF,
                           restricted_staff=[practice.staff_ids["physician"]])
    return {"patient": pid, "plan": plan_id, "version": version, "alert": alert, "task": task, **ids}


def _fresh(session, record):
    """The same record as the services build it from the database."""
    if record is None:
        return None
    if record.kind == "patient":
        return records.patient_record(session, record.id)
    if record.kind == "care_plan":
        return records.care_plan_record(session, session.get(CarePlan, record.id))
    if record.kind == "care_plan_action":
        action = session.get(CarePlanAction, record.id)
        return records.action_record(records.care_plan_record(session, session.get(CarePlan, action.plan_id)), action)
    if record.kind == "alert":
        return records.alert_record(session, session.get(Alert, record.id))
    if record.kind == "task":
        return records.task_record(session, session.get(Task, record.id))
    if record.kind == "document":
        doc = session.get(CoordinationDocument, record.id)
        return records.document_record(doc, records.patient_team(session, doc.patient_id))
    return record   # referrals and the like: their patient's team travels with them


def enabled_buttons_are_allowed(ctx: ServiceContext, *roots) -> int:
    """Every visible, enabled, guarded button under ``roots``: the services allow its action on its record."""
    checked, wrong = 0, []
    with ctx.reading() as session:
        for root in roots:
            for button in root.findChildren(QPushButton):
                guarded = guarded_access(button)
                if guarded is None or not button.isVisibleTo(root) or not button.isEnabled():
                    continue
                action, record = guarded
                checked += 1
                for candidate in (record, _fresh(session, record)):
                    if not access.can(ctx, action, candidate):
                        wrong.append(f"{type(root).__name__}: {button.text()!r} → {action} on {candidate}")
    assert not wrong, "\n".join(wrong)
    return checked


def _select_first_rows(root) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def _visit_chart(qtbot, window, pid):
    chart = window.open_patient(pid)
    qtbot.waitUntil(lambda: chart.row is not None or "could not" in chart.header.text(), timeout=10000)
    for index in range(chart.tabs.count()):
        chart.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    background.wait_idle()
    QApplication.processEvents()
    _select_first_rows(chart)
    QApplication.processEvents()
    return chart


@pytest.mark.parametrize("mode", ["open", "circle"])
def test_no_enabled_button_leads_to_a_refusal(qtbot, practice, mode):
    s = scenario(practice)
    if mode == "circle":
        limit_charts(practice)
    checked = 0
    for role in (r for r in ROLES if r != "kiosk"):   # a kiosk opens the survey window only (test_survey_ui)
        session = AppSession(practice.ctx[role])
        window = MainWindow(session, 10)
        qtbot.addWidget(window)
        window.show()
        window.install_docks()
        background.wait_idle()
        QApplication.processEvents()
        roots = [window]
        if session.can("patient.read") or session.can("patient.identify"):
            roots.append(_visit_chart(qtbot, window, s["patient"]))
        for part in ("tasks", "alerts"):
            installed = window.features.get(part)
            if installed is not None:
                panel = installed.parts.get("panel")
                if panel is not None:
                    if hasattr(panel, "reload"):
                        panel.reload()
                    background.wait_idle()
                    QApplication.processEvents()
                    for tabs in panel.findChildren(QTabWidget):
                        for index in range(tabs.count()):
                            tabs.setCurrentIndex(index)
                            _select_first_rows(tabs.widget(index))
                            QApplication.processEvents()
                            checked += enabled_buttons_are_allowed(practice.ctx[role], panel)
                    _select_first_rows(panel)
                    QApplication.processEvents()
        if session.can("alert.read"):
            dialog = AlertDialog(session, s["alert"], window)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda d=dialog: d.detail is not None or d.banner.isVisible(), timeout=10000)
            roots.append(dialog)
        checked += enabled_buttons_are_allowed(practice.ctx[role], *roots)
        window.close()
        session.close()
    assert checked > 40


def test_validate_is_disabled_with_its_reason_for_another_physician(qtbot, practice):
    s = scenario(practice)
    other, _sid = second_physician(practice)
    tab = CarePlanTab(AppSession(other), s["patient"])
    qtbot.addWidget(tab)
    tab.resize(1250, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.view is not None, timeout=10000)
    validate = tab.buttons["validate"]
    assert validate.isVisible() and not validate.isEnabled()
    assert validate.toolTip() == "Only the patient's médecin traitant can do this."
    assert tab.buttons["edit"].isEnabled()
    gp_tab = CarePlanTab(AppSession(practice.ctx["physician"]), s["patient"])
    qtbot.addWidget(gp_tab)
    gp_tab.show()
    qtbot.waitUntil(lambda: gp_tab.view is not None, timeout=10000)
    assert gp_tab.buttons["validate"].isEnabled() and gp_tab.buttons["validate"].toolTip() == ""
    nurse_tab = CarePlanTab(AppSession(practice.ctx["nurse"]), s["patient"])
    qtbot.addWidget(nurse_tab)
    nurse_tab.show()
    qtbot.waitUntil(lambda: nurse_tab.view is not None, timeout=10000)
    assert not nurse_tab.buttons["validate"].isVisible()          # a nurse's role never validates: hidden
    for lang in ("fr", "de"):
        i18n.install(QApplication.instance(), lang)
        shown = CarePlanTab(AppSession(other), s["patient"])
        qtbot.addWidget(shown)
        shown.resize(1366, 768)
        shown.show()
        qtbot.waitUntil(lambda t=shown: t.view is not None, timeout=10000)
        button = shown.buttons["validate"]
        assert not button.isEnabled() and button.toolTip() not in ("", validate.toolTip())
        shot_with_tooltip(shown, button, f"access_validate_disabled_{lang}")
    i18n.install(QApplication.instance(), "en")


def shot_with_tooltip(widget, button, name: str) -> None:
    """A screenshot of ``widget`` with ``button``'s tooltip drawn where it appears (a tooltip is a window of its
    own: it is painted over the widget's picture)."""
    QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), button.toolTip(), button)
    QApplication.processEvents()
    picture = widget.grab()
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    painter = QPainter(picture)
    for tip in tips:
        painter.drawPixmap(widget.mapFromGlobal(tip.pos()), tip.grab())
    painter.end()
    QToolTip.hideText()
    SCREENSHOTS.mkdir(exist_ok=True)
    picture.save(str(SCREENSHOTS / f"{name}.png"))


def test_answer_buttons_are_the_recipients(qtbot, practice):
    s = scenario(practice)
    other, _sid = second_physician(practice)
    dialog = AlertDialog(AppSession(other), s["alert"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    for key in ("accept", "modify", "refuse", "question"):
        assert dialog.buttons[key].isVisible() and not dialog.buttons[key].isEnabled()
        assert dialog.buttons[key].toolTip() == "Only the doctor the alert was sent to can answer it."
    assert dialog.buttons["chart"].isEnabled()
    mine = AlertDialog(AppSession(practice.ctx["physician"]), s["alert"])
    qtbot.addWidget(mine)
    mine.show()
    qtbot.waitUntil(lambda: mine.detail is not None, timeout=10000)
    assert all(mine.buttons[k].isEnabled() for k in ("accept", "modify", "refuse", "question"))


def test_accept_of_a_proposal_without_changes_is_disabled_for_the_recipient_only_by_that(qtbot, practice):
    s = scenario(practice)
    with practice.db.session() as db:   # an alert raised before the vocabulary: "stop" without the line to stop
        alert = db.get(Alert, s["alert"])
        alert.proposal_kind, alert.proposed_changes = "stop", "[]"
        db.add(alert)
        db.commit()
    mine = AlertDialog(AppSession(practice.ctx["physician"]), s["alert"])
    qtbot.addWidget(mine)
    mine.show()
    qtbot.waitUntil(lambda: mine.detail is not None, timeout=10000)
    assert not mine.buttons["accept"].isEnabled()
    assert mine.buttons["accept"].toolTip() == "The proposal holds no change to make: answer with Modify."
    assert all(mine.buttons[k].isEnabled() for k in ("modify", "refuse", "question"))
    other, _sid = second_physician(practice)   # another physician: the access reason, not the proposal's
    theirs = AlertDialog(AppSession(other), s["alert"])
    qtbot.addWidget(theirs)
    theirs.show()
    qtbot.waitUntil(lambda: theirs.detail is not None, timeout=10000)
    assert not theirs.buttons["accept"].isEnabled()
    assert theirs.buttons["accept"].toolTip() == "Only the doctor the alert was sent to can answer it."


def test_a_restricted_document_shows_without_its_title_and_cannot_be_opened(qtbot, practice):
    from app.ui.coordination.events_tab import EventsTab

    s = scenario(practice)
    tab = EventsTab(AppSession(practice.ctx["nurse"]), s["patient"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.docs.rowCount() == 2, timeout=10000)
    titles = [tab.docs.data(tab.docs.index(r, 1)) for r in range(2)]
    assert "Restricted document" in titles and "Courrier du psychiatre" not in titles
    row = titles.index("Restricted document")
    tab.doc_view.setCurrentIndex(tab.docs.index(row, 0))
    assert tab.open_button.isVisible() and not tab.open_button.isEnabled()
    assert tab.open_button.toolTip() == "This document is restricted to the people it names."
    tab.doc_view.setCurrentIndex(tab.docs.index(1 - row, 0))
    assert tab.open_button.isEnabled()


def test_limited_charts_in_the_window(qtbot, practice):
    s = scenario(practice)
    limit_charts(practice)
    # the front desk outside the circle: the identity card, no tab, no clinical lines
    coord = AppSession(practice.ctx["coordinator"])
    window = MainWindow(coord, 10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=10000)
    chart = window.open_patient(s["patient"])
    qtbot.waitUntil(lambda: chart.row is not None, timeout=10000)
    assert chart.row.identity_only and chart.tabs.count() == 1
    assert not chart.values["notes"].isVisibleTo(chart) and chart.edit_button.isEnabled()
    # a clinician outside the circle finds nobody (created once the first window's start-up work is done: a save
    # from the test's thread would otherwise wait on that work's write on a loaded machine)
    background.wait_idle()
    other, _sid = second_physician(practice)
    window2 = MainWindow(AppSession(other), 10)
    qtbot.addWidget(window2)
    window2.show()
    qtbot.wait(300)
    background.wait_idle()
    QApplication.processEvents()
    assert window2.search_panel.model.rowCount() == 0


# -- an account revoked while its session is open ---------------------------------------------------------------
def _window(qtbot, ctx):
    session = AppSession(ctx)
    window = MainWindow(session, 10)
    qtbot.addWidget(window)
    window.show()
    return session, window


def test_a_deactivated_nurse_is_locked_out_at_once(qtbot, practice):
    session, window = _window(qtbot, practice.ctx["nurse"])
    staff_service.set_active(practice.ctx["admin"], practice.staff_ids["nurse"], False)   # "staff.changed"
    qtbot.waitUntil(lambda: session.revoked == "inactive", timeout=10000)
    assert session.locked and window.pages.currentWidget() is window.lock_screen
    assert "deactivated" in window.lock_screen.message.text()
    assert not window.lock_screen.unlock_button.isVisibleTo(window.lock_screen)
    with pytest.raises(AccessDenied):
        patients.create_patient(session.ctx, PatientInput(family_name="X", given_names="Y",
                                                          birth_date="01.01.1950", sex="F"))
    window.resize(1366, 768)
    shot(window, "access_revoked_lock")


def test_the_refusal_itself_locks_a_session_that_missed_the_announcement(qtbot, practice):
    # the nurse's workstation has its own notifier: it does not hear the administrator's change
    ctx = ServiceContext(practice.db, practice.ctx["nurse"].actor, Notifier())
    session, window = _window(qtbot, ctx)
    staff_service.set_active(practice.ctx["admin"], practice.staff_ids["nurse"], False)
    QApplication.processEvents()
    assert session.revoked is None
    with pytest.raises(AccessDenied):
        patients.create_patient(ctx, PatientInput(family_name="X", given_names="Y", birth_date="01.01.1950",
                                                  sex="F"))
    qtbot.waitUntil(lambda: session.revoked == "inactive", timeout=10000)
    assert session.locked


def test_a_demoted_physician_is_locked_with_the_reason(qtbot, practice):
    session, window = _window(qtbot, practice.ctx["physician"])
    member = next(r for r in staff_service.list_staff(practice.ctx["admin"])
                  if r.id == practice.staff_ids["physician"])
    staff_service.update_staff(practice.ctx["admin"], member.id, member.version, StaffInput(
        username=member.username, family_name=member.family_name, given_names=member.given_names,
        profession="Assistante médicale", roles=["medical_assistant"]))
    qtbot.waitUntil(lambda: session.revoked == "roles", timeout=10000)
    assert session.locked and "changed your roles" in window.lock_screen.message.text()
    assert not session.can("medication.prescribe")


# -- the practice setting --------------------------------------------------------------------------------------
def test_settings_change_the_chart_access(qtbot, practice):
    session = AppSession(practice.ctx["admin"])
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practice is not None, timeout=10000)
    assert dialog.chart_access.currentData() == "open" and dialog.chart_access.isEnabled()
    dialog.chart_access.setCurrentIndex(dialog.chart_access.findData("circle"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    assert practice_record.get_practice(practice.ctx["admin"]).chart_access == "circle"
    qtbot.waitUntil(lambda: session.account.chart_access == "circle", timeout=10000)
    nurse_dialog = SettingsDialog(AppSession(practice.ctx["nurse"]))
    qtbot.addWidget(nurse_dialog)
    nurse_dialog.show()
    qtbot.waitUntil(lambda: nurse_dialog.practice is not None, timeout=10000)
    assert not nurse_dialog.chart_access.isEnabled()
    for lang in ("fr", "de"):
        i18n.install(QApplication.instance(), lang)
        shown = SettingsDialog(session)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitUntil(lambda d=shown: d.practice is not None, timeout=10000)
        shown.resize(max(shown.width(), 640), min(shown.sizeHint().height(), 768))
        shot(shown, f"access_settings_{lang}")
    i18n.install(QApplication.instance(), "en")


def test_changing_the_setting_reloads_open_views(qtbot, practice):
    s = scenario(practice)
    apn = AppSession(practice.ctx["advanced_practice_nurse"])     # not in the patient's care team
    heard = []
    apn.sig_changed.connect(lambda topic, payload: heard.append(topic))
    assert apn.can("patient.read", records_patient(practice, s["patient"]))
    limit_charts(practice)   # the administrator, in this process: "practice.changed"
    qtbot.waitUntil(lambda: "access.changed" in heard, timeout=10000)
    assert apn.account.chart_access == "circle"
    assert not apn.can("patient.read", records_patient(practice, s["patient"]))


def records_patient(practice, pid):
    with practice.db.session() as session:
        return records.patient_record(session, pid)


def test_attaching_a_document_restricted_to_a_role(qtbot, practice, tmp_path):
    from PySide6.QtCore import Qt

    from app.ui.coordination.events_tab import EventsTab

    s = scenario(practice)
    letter = tmp_path / "bilan-ide.pdf"
    letter.write_bytes(PDF)
    tab = EventsTab(AppSession(practice.ctx["medical_assistant"]), s["patient"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.docs.rowCount() == 2, timeout=10000)
    tab.attach(str(letter))
    dialog = tab.restriction
    qtbot.waitUntil(lambda: dialog.choices.count() > 6, timeout=10000)   # roles, then the staff
    dialog.only.setChecked(True)
    nurses = next(dialog.choices.item(i) for i in range(dialog.choices.count())
                  if dialog.choices.item(i).text() == "All nurses")
    nurses.setCheckState(Qt.CheckState.Checked)
    assert dialog.restriction() == ([], ["nurse"])
    shot(dialog, "access_restriction_dialog")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.docs.rowCount() == 3, timeout=10000)
    rows = documents.list_documents(practice.ctx["pharmacist"], s["patient"])
    added = next(r for r in rows if r.restricted_roles == ("nurse",))
    assert added.withheld
    assert documents.open_document(practice.ctx["nurse"], added.id).row.title == "bilan-ide"
