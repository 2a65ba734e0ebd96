"""One patient's intake checklist: each step with its state, date, who or from whom, and who recorded it when; the
selected step is recorded below (keyboard: arrows choose the step, Alt+S saves it and moves to the next); an identity
whose INS cannot be qualified is marked "not qualifiable" with a reason from the list and a note; tasks for the open
steps; withdraw with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.intake import intakes, step_tasks, steps
from app.services.intake.steps import STATES_OF_KIND, StepInput
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import (
    ErrorBanner,
    choice_combo,
    combo_value,
    guarded,
    save_cancel_frame,
    set_combo_value,
)
from app.ui.common.operations import FormOperation
from app.ui.common.rows_model import RowsTableModel
from app.ui.intake.words import IntakeWords

WITH_DOCTOR = ("gp_declaration", "appointment")
WITH_DETAIL = ("records_requested", "records_received")
NOT_QUALIFIABLE = "not_qualifiable"


def identity_flag(words: IntakeWords, parent: QWidget) -> QLabel:
    """The flag of an identity left not qualified (hidden until a view says so)."""
    flag = QLabel("⚠ " + words.unqualified, parent)
    flag.setWordWrap(True)
    flag.setTextFormat(Qt.TextFormat.PlainText)
    flag.setStyleSheet("font-weight: 600; padding: 4px 8px; border-radius: 3px; color: white; background: #9a5b00;")
    flag.setVisible(False)
    return flag


class WithdrawDialog(QDialog):
    """The reason an intake is withdrawn (the patient went elsewhere, moved away …)."""

    sig_saved = Signal(int)

    def __init__(self, session: AppSession, intake_id: int, version: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.intake_id, self.version = session, intake_id, version
        self.setWindowTitle(self.tr("Withdraw the intake"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(600)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.banner, self.buttons = save_cancel_frame(self, form, self.save)
        self.resize(480, self.sizeHint().height())
        self.operation = FormOperation(self, self.banner, {"withdrawn_reason": self.reason})

    def save(self) -> None:
        ctx, iid, version, text = self.session.ctx, self.intake_id, self.version, self.reason.text()
        self.operation.run(lambda: intakes.withdraw(ctx, iid, version, text), self._saved)

    def _saved(self, version: int) -> None:
        self.sig_saved.emit(version)
        self.accept()


class IntakeDialog(QDialog):
    """The checklist of one intake."""

    sig_changed = Signal(int)
    """The intake changed: its id."""
    sig_loaded = Signal(object)
    """The intake was (re)loaded: its ``IntakeView``."""

    def __init__(self, session: AppSession, intake_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.intake_id = session, intake_id
        self.view = None
        self.physicians: list[tuple[int, str]] = []
        self.words = IntakeWords(self)
        self.setWindowTitle(self.tr("New patient — intake checklist"))
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.flag = identity_flag(self.words, self)
        self.model = RowsTableModel(self.words.step_columns(), self, highlight=self.words.is_open)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._fill_editor())
        self.state = choice_combo([], self)
        self.state.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.step_on = QLineEdit(self)
        self.step_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy (empty: today)")))
        self.doctor = choice_combo([], self)
        self.detail = QLineEdit(self)
        self.detail.setMaxLength(400)
        self.identity_reason = choice_combo(
            [(None, self.tr("— choose —"))] + intakes.identity_reason_choices(i18n.current()), self)
        self.save_button = QPushButton(self.tr("&Save the step"), self)
        self.save_button.clicked.connect(self.save_step)
        self.editor = QGroupBox(self.tr("Selected step"), self)
        form = QFormLayout(self.editor)
        form.addRow(self.tr("&State"), self.state)
        form.addRow(self.tr("&Date"), self.step_on)
        self.doctor_label = QLabel(self.tr("Ph&ysician"), self.editor)
        self.doctor_label.setBuddy(self.doctor)
        form.addRow(self.doctor_label, self.doctor)
        self.reason_label = QLabel(self.tr("Why not &qualifiable"), self.editor)
        self.reason_label.setBuddy(self.identity_reason)
        form.addRow(self.reason_label, self.identity_reason)
        self.detail_label = QLabel(self.tr("&From whom / note"), self.editor)
        self.detail_label.setBuddy(self.detail)
        form.addRow(self.detail_label, self.detail)
        form.addRow("", self.save_button)
        self.tasks_button = QPushButton(self.tr("Make &tasks for the open steps"), self)
        self.tasks_button.clicked.connect(self.make_tasks)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tasks_button)
        bottom.addWidget(self.withdraw_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        self.banner = ErrorBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.flag)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addLayout(bottom)
        self.operation = FormOperation(self, self.banner, {
            "state": self.state, "step_on": self.step_on, "staff_id": self.doctor, "gp_staff_id": self.doctor,
            "records_from": self.detail, "detail": self.detail, "identity_reason": self.identity_reason,
            "identity": self.table, "step": self.table, "status": self.table, "patient_version": self.table})
        self.operation.sig_reload.connect(self.reload)
        session.sig_changed.connect(self._on_changed)
        self.resize(1000, 640)
        self.reload()

    def _on_changed(self, topic: str, payload: dict) -> None:
        """The patient's record changed (the chart, another workstation): the médecin traitant, the INS and what the
        chart holds are read again, with the patient's version a declaration is saved on."""
        if topic == "patient.changed" and self.view is not None and payload.get("patient_id") == self.view.patient_id \
                and not self.session.locked:
            self.reload()

    def _error(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def reload(self, select_key: str | None = None) -> None:
        ctx, iid, lang = self.session.ctx, self.intake_id, i18n.current()
        background.run(lambda: (intakes.open_intake(ctx, iid, lang), intakes.physicians(ctx)),
                       guarded(self, lambda r: self._show(*r, select_key)), guarded(self, self._error))

    def _show(self, view, physicians, select_key: str | None) -> None:
        self.view, self.physicians = view, physicians
        facts = ", ".join(w for w, on in ((self.words.long_term, view.long_term), (self.words.frailty, view.frailty))
                          if on)
        text = self.tr("%1 — born %2 — %3 — requested on %4").replace("%1", view.patient_name).replace(
            "%2", dates.day(view.birth_date)).replace("%3", self.words.status[view.status]).replace(
            "%4", dates.day(view.requested_on))
        if facts:
            text += " — " + facts
        if view.withdrawn_reason:
            text += " — " + view.withdrawn_reason
        self.header.setText(text)
        self.flag.setVisible(view.identity_unqualified)
        keep = select_key or self._current_key()
        self.model.set_rows(list(view.steps))
        self.table.resizeColumnsToContents()
        keys = [s.key for s in view.steps]
        self.table.selectRow(keys.index(keep) if keep in keys else 0)
        open_ = view.status in ("waiting", "in_progress")
        for w in (self.tasks_button, self.withdraw_button):
            w.setEnabled(open_)
        self._fill_editor()
        self.sig_loaded.emit(view)

    def _current_key(self) -> str | None:
        step = self.current_step()
        return step.key if step else None

    def current_step(self):
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _fill_editor(self) -> None:
        step = self.current_step()
        if step is None or self.view is None:
            self.editor.setEnabled(False)
            return
        states = [s for s in STATES_OF_KIND[step.kind] if s != NOT_QUALIFIABLE or self._may_be_unqualified()]
        self.state.blockSignals(True)
        self.state.model().set_choices([(s, self.words.state_of(step.kind, s)) for s in states])
        set_combo_value(self.state, step.state if step.state in states else "done")
        if step.state == "open":
            set_combo_value(self.state, "done")
        self.state.blockSignals(False)
        self.step_on.setText(dates.day(step.step_on) if step.step_on else "")
        self.doctor.model().set_choices([(None, self.tr("— choose —"))] + self.physicians)
        set_combo_value(self.doctor, step.staff_id)
        self.detail.setText(step.detail or "")
        set_combo_value(self.identity_reason, step.reason)
        self._show_rows()
        self.editor.setEnabled(step.state != "not_applicable" and self.view.status in ("waiting", "in_progress"))

    def _may_be_unqualified(self) -> bool:
        """Whether the identity may be marked not qualifiable: a patient of France whose INS is not qualified."""
        return self.view is not None and self.view.country == "FR" and not self.view.ins_qualified

    def _show_rows(self) -> None:
        """The editor's rows the selected step and state need: the doctor, the reason and the note."""
        step = self.current_step()
        if step is None:
            return
        unqualified = step.kind == "identity" and combo_value(self.state) == NOT_QUALIFIABLE
        for w in (self.doctor_label, self.doctor):
            w.setVisible(step.kind in WITH_DOCTOR)
        for w in (self.reason_label, self.identity_reason):
            w.setVisible(unqualified)
        for w in (self.detail_label, self.detail):
            w.setVisible(step.kind in WITH_DETAIL or unqualified)
        self.detail_label.setText(self.tr("N&ote") if unqualified else self.tr("&From whom / note"))

    def save_step(self) -> None:
        step = self.current_step()
        if step is None or self.view is None:
            return
        ctx, iid, version, key, lang = self.session.ctx, self.intake_id, self.view.version, step.key, i18n.current()
        unqualified = step.kind == "identity" and combo_value(self.state) == NOT_QUALIFIABLE
        data = StepInput(combo_value(self.state), self.step_on.text(), combo_value(self.doctor), self.detail.text(),
                         combo_value(self.identity_reason) if unqualified else None, self.view.patient_version)
        keys = [s.key for s in self.view.steps]
        following = keys[keys.index(key) + 1] if keys.index(key) + 1 < len(keys) else key
        self.operation.run(lambda: steps.record_step(ctx, iid, version, key, data, lang),
                           lambda _v: self._saved(following))

    def _saved(self, next_key: str) -> None:
        self.sig_changed.emit(self.intake_id)
        self.reload(next_key)
        self.table.setFocus()

    def make_tasks(self) -> None:
        ctx, iid, lang = self.session.ctx, self.intake_id, i18n.current()

        def done(count: int) -> None:
            self.status.setText(self.tr("%1 task(s) made for the medical assistants").replace("%1", str(count)))
            self.sig_changed.emit(self.intake_id)

        background.run(lambda: step_tasks.create_step_tasks(ctx, iid, lang), guarded(self, done),
                       guarded(self, self._error))

    def withdraw(self) -> WithdrawDialog | None:
        if self.view is None:
            return None
        dialog = WithdrawDialog(self.session, self.intake_id, self.view.version, self)
        dialog.sig_saved.connect(lambda _v: self._saved(self._current_key()))
        dialog.open()
        return dialog
