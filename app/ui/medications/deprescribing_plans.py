"""The patient's deprescribing plans and their steps: the physician confirms or skips the step that is due (the
list changes at once), the agreement of a draft is recorded, the patient's sheet is printed, a plan is cancelled."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.care_plans import deprescribing
from app.services.care_plans.deprescribing_input import Agreement
from app.services.medications import posology_text
from app.services.tasks import recurrence
from app.ui.common import background, dates
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.code_labels import pool_label
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.fitting import compact_rows, fit_columns
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.medications.deprescribing_dialog import HOW

WORDS = {"draft": QT_TRANSLATE_NOOP("DeprescribingPlans", "Draft (agreement missing)"),
         "active": QT_TRANSLATE_NOOP("DeprescribingPlans", "Active"),
         "completed": QT_TRANSLATE_NOOP("DeprescribingPlans", "Completed"),
         "cancelled": QT_TRANSLATE_NOOP("DeprescribingPlans", "Cancelled"),
         "planned": QT_TRANSLATE_NOOP("DeprescribingPlans", "Planned"),
         "applied": QT_TRANSLATE_NOOP("DeprescribingPlans", "Applied"),
         "skipped": QT_TRANSLATE_NOOP("DeprescribingPlans", "Skipped"),
         "due": QT_TRANSLATE_NOOP("DeprescribingPlans", "Due: to confirm")}


def word(code: str | None) -> str:
    """A plan status or step state in the user's language."""
    text = WORDS.get(code or "")
    return QCoreApplication.translate("DeprescribingPlans", text) if text else (code or "")


def step_dose(step, lang: str) -> str:
    """What the patient takes from the step on."""
    if step.stop:
        return QCoreApplication.translate("DeprescribingPlans", "Stop")
    return posology_text.describe(step.posology, lang)


class DeprescribingPlansDialog(QDialog):
    """Plans above, the selected plan's steps below; the due step is marked and can be confirmed or skipped."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.lang = ui_settings.get(ui_settings.LANGUAGE)
        self.today = recurrence.today_local()
        self.setWindowTitle(self.tr("Deprescribing plans"))
        self.banner = ErrorBanner(self)
        self.plans_model = RowsTableModel([
            (self.tr("Medication"), lambda p: p.drug), (self.tr("Status"), lambda p: word(p.status)),
            (self.tr("Agreement"), lambda p: format_date(p.agreed_on) if p.agreed_on else "—"),
            (self.tr("Follow-up calls"), lambda p: p.follow_up_name or pool_label(p.follow_up_role)),
            (self.tr("Reason"), lambda p: p.reason or "")], self, highlight=lambda p: bool(p.due(self.today)))
        self.plans = self._table(self.plans_model)
        self.plans.selectionModel().selectionChanged.connect(lambda *_: self._plan_selected())
        self.steps_model = RowsTableModel([
            (self.tr("Step"), lambda s: s.number), (self.tr("From"), lambda s: format_date(s.due_date)),
            (self.tr("Dose"), lambda s: step_dose(s, self.lang)), (self.tr("State"), self._state),
            (self.tr("Decided by"), lambda s: s.decided_by or ""),
            (self.tr("Follow-up call"), lambda s: self._call(s)), (self.tr("Note"), lambda s: s.note or "")],
            self, highlight=lambda s: self._is_due(s))
        self.steps = self._table(self.steps_model)
        self.confirm_button = QPushButton(self.tr("Confirm the due step"), self)
        self.confirm_button.setToolTip(self.tr("Changes the medication list now"))
        self.skip_button = QPushButton(self.tr("Skip the due step"), self)
        self.cancel_button = QPushButton(self.tr("Cancel the plan"), self)
        self.print_button = QPushButton(self.tr("Patient sheet…"), self)
        self.agree_button = QPushButton(self.tr("Record the agreement"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Reason, to skip a step or cancel the plan"))
        self.agreed_on = QLineEdit(format_date(self.today), self)
        self.agreed_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.agreed_how = choice_combo([(k, QCoreApplication.translate("DeprescribingDialog", v))
                                        for k, v in HOW.items()], self)
        for button, slot in ((self.confirm_button, self.confirm), (self.skip_button, self.skip),
                             (self.cancel_button, self.cancel_plan), (self.print_button, self.print_sheet),
                             (self.agree_button, self.record_agreement)):
            button.clicked.connect(lambda _c=False, f=slot: f())
        actions = QHBoxLayout()
        for b in (self.confirm_button, self.skip_button, self.cancel_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        agree = QHBoxLayout()
        agree.addWidget(self.agreed_on)
        agree.addWidget(self.agreed_how, 1)
        agree.addWidget(self.agree_button)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.note)
        form.addRow(self.tr("Patient's agreement"), agree)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Plans"), self))
        layout.addWidget(self.plans, 2)
        layout.addWidget(QLabel(self.tr("Steps of the selected plan"), self))
        layout.addWidget(self.steps, 3)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(close)
        self.resize(1000, 600)
        self.rows: list = []
        self._update_buttons()
        self.reload()

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        compact_rows(table)
        return table

    def _is_due(self, step) -> bool:
        plan = self.selected_plan()
        return plan is not None and any(s.id == step.id for s in plan.due(self.today))

    def _state(self, step) -> str:
        return word("due") if self._is_due(step) else word(step.state)

    def _call(self, step) -> str:
        if not step.task_id:
            return "—"
        return QCoreApplication.translate("DeprescribingPlans", "done") if step.task_status == "completed" else \
            QCoreApplication.translate("DeprescribingPlans", "open") if step.task_status in (
                "requested", "accepted", "in_progress", "on_hold") else (step.task_status or "")

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: deprescribing.patient_plans(ctx, pid), guarded(self, self._loaded),
                       guarded(self, self._failed))

    def _loaded(self, rows) -> None:
        selected = self.selected_plan()
        self.rows = rows
        self.plans_model.set_rows(rows)
        fit_columns(self.plans, stretch=4, fixed=(1, 2, 3))
        keep = next((i for i, p in enumerate(rows) if selected and p.id == selected.id), 0 if rows else None)
        if keep is not None:
            self.plans.selectRow(keep)
        self._plan_selected()

    def selected_plan(self):
        rows = self.plans.selectionModel().selectedRows() if self.plans.selectionModel() else []
        return self.plans_model.row(rows[0].row()) if rows else None

    def due_step(self):
        plan = self.selected_plan()
        due = plan.due(self.today) if plan else []
        return due[0] if due else None

    def _plan_selected(self) -> None:
        plan = self.selected_plan()
        self.steps_model.set_rows(list(plan.steps) if plan else [])
        fit_columns(self.steps, stretch=2, fixed=(0, 1, 3, 5))
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        record = self.session.patient_record(self.patient_id)
        due = self.due_step() is not None
        open_plan = plan is not None and plan.status in ("draft", "active")
        guard(self.confirm_button, self.session, "deprescribing.confirm", record, enabled=due)
        guard(self.skip_button, self.session, "deprescribing.confirm", record, enabled=due)
        guard(self.cancel_button, self.session, "deprescribing.plan", record, enabled=open_plan)
        guard(self.agree_button, self.session, "deprescribing.plan", record,
              enabled=plan is not None and plan.status == "draft")
        guard(self.print_button, self.session, "medication.read", record, enabled=plan is not None)

    # -- actions --------------------------------------------------------------------------------------------
    def _run(self, fn) -> None:
        self.banner.clear()
        background.run(fn, guarded(self, lambda _r: self.reload()), guarded(self, self._failed))

    def confirm(self) -> None:
        plan, step = self.selected_plan(), self.due_step()
        if plan and step:
            ctx = self.session.ctx
            self._run(lambda: deprescribing.confirm_step(ctx, plan.id, plan.version, step.id))

    def skip(self) -> None:
        plan, step = self.selected_plan(), self.due_step()
        if plan and step:
            ctx, why = self.session.ctx, self.note.text()
            self._run(lambda: deprescribing.skip_step(ctx, plan.id, plan.version, step.id, why))

    def cancel_plan(self) -> None:
        plan = self.selected_plan()
        if plan:
            ctx, why = self.session.ctx, self.note.text()
            self._run(lambda: deprescribing.cancel_plan(ctx, plan.id, plan.version, why))

    def record_agreement(self) -> None:
        plan = self.selected_plan()
        if plan:
            ctx, agreement = self.session.ctx, Agreement(self.agreed_on.text(), combo_value(self.agreed_how))
            self._run(lambda: deprescribing.record_agreement(ctx, plan.id, plan.version, agreement))

    def print_sheet(self, path: str | None = None) -> None:
        """Save the patient's sheet (in the patient's language) as a PDF."""
        plan = self.selected_plan()
        if plan is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self.tr("deprescribing-plan.pdf"),
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return
        ctx = self.session.ctx
        self.banner.clear()
        save_document(self, lambda: deprescribing.patient_sheet(ctx, plan.id), path, None, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))
