"""Create or edit a task, and move it through its lifecycle (accept, start, hold, complete, cancel …)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.practice import staff as staff_service
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.services.tasks.protocol_files import get_protocol, shipped_protocols
from app.services.tasks.recurrence import to_local
from app.services.tasks.task_flow import TRANSITIONS, TaskInput
from app.ui.common import background, code_labels, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import (
    ChoiceModel,
    ErrorBanner,
    choice_combo,
    combo_value,
    format_date,
    guarded,
    set_combo_value,
    set_invalid,
)
from app.ui.common.permissions import guard
from app.ui.patients.picker import PatientPicker
from app.ui.tasks.recurrence_editor import RecurrenceEditor

ROLE_KEYS = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant", "coordinator")


class TaskDialog(QDialog):
    sig_saved = Signal(int)
    """The task was created, saved or moved to another status (its id)."""

    def __init__(self, session: AppSession, task_id: int | None = None, *, patient_id: int | None = None,
                 patient_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.task_id, self.patient_id = session, task_id, patient_id
        self.detail: task_lists.TaskDetail | None = None
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Task"))
        self.banner = ErrorBanner(self)
        self.title = QLineEdit(self)
        self.patient_label = QLabel(patient_name or self.tr("No patient"), self)
        patient_widget, self.patient_picker = self.patient_label, None
        if task_id is None and patient_id is None and session.can("patient.search"):
            self.patient_picker = PatientPicker(session, self)   # a new task from the worklist: choose the patient
            self.patient_picker.sig_chosen.connect(self._patient_chosen)
            patient_widget = self.patient_picker
            self.patient_label.hide()   # not in the form: it would float over it
        self.task_type = choice_combo(code_labels.task_type_choices(), self)
        roles = code_labels.pool_labels()
        self.assignee = choice_combo([(None, self.tr("— nobody: offer to a pool —"))], self)
        self.pool = choice_combo([(None, self.tr("— no pool —"))] + [(k, roles[k]) for k in ROLE_KEYS], self)
        self.protocol = choice_combo([(None, self.tr("— not under a protocol —"))] + [
            (p.code, p.name) for p in sorted(shipped_protocols().values(), key=lambda p: p.name)], self)
        self.act = choice_combo([(None, "—")], self)
        self.protocol.currentIndexChanged.connect(self._protocol_changed)
        self.priority = choice_combo([("routine", self.tr("routine")), ("urgent", self.tr("urgent")),
                                      ("asap", self.tr("as soon as possible")), ("stat", self.tr("immediately"))], self)
        self.due_date = QLineEdit(self)
        self.due_date.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.due_time = QLineEdit(self)
        self.due_time.setPlaceholderText(self.tr("hh:mm (optional)"))
        self.recurrence = RecurrenceEditor(self)
        self.business_status = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(70)
        self.status_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Result (when completing) or reason (cancel, hold, failure)"))
        self.note.setFixedHeight(60)
        for label in (self.patient_label, self.status_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            label.setWordWrap(True)
        form = QFormLayout()
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_date)
        due_row.addWidget(self.due_time)
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Patient"), patient_widget),
                              (self.tr("Type"), self.task_type), (self.tr("Assigned to"), self.assignee),
                              (self.tr("Pool"), self.pool), (self.tr("Protocol"), self.protocol),
                              (self.tr("Act"), self.act), (self.tr("Priority"), self.priority),
                              (self.tr("Due"), due_row), (self.tr("Repeats"), self.recurrence),
                              (self.tr("Business status"), self.business_status),
                              (self.tr("Description"), self.description), (self.tr("Status"), self.status_label),
                              (self.tr("Result / reason"), self.note)):
            form.addRow(label, widget)
        self.fields = {"title": self.title, "task_type": self.task_type, "assignee_staff_id": self.assignee,
                       "pool_role": self.pool, "protocol_code": self.protocol, "act": self.act,
                       "priority": self.priority, "due_date": self.due_date, "due_time": self.due_time,
                       "recurrence_rule": self.recurrence, "business_status": self.business_status,
                       "description": self.description, "patient_id": patient_widget,
                       "status_reason": self.note, "result_text": self.note, "status": self.status_label}
        self.status_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for status, text in (("accepted", self.tr("Accept")), ("in_progress", self.tr("Start")),
                             ("on_hold", self.tr("Put on hold")), ("completed", self.tr("Complete")),
                             ("failed", self.tr("Failed")), ("cancelled", self.tr("Cancel task"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            button.hide()
            self.status_buttons[status] = button
            actions.addWidget(button)
        self.claim_button = QPushButton(self.tr("Claim"), self)
        self.claim_button.clicked.connect(self.claim)
        self.claim_button.hide()
        actions.addWidget(self.claim_button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        ctx = session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._staff),
                       guarded(self, self._failed))
        if task_id is None:
            self.due_date.setText(format_date(date.today()))
            self._protocol_changed()
            guard(self.buttons.button(QDialogButtonBox.StandardButton.Save), session, "task.create",
                  session.patient_record(patient_id) if patient_id is not None else None)
        else:
            self.reload()

    def _patient_chosen(self, patient_id: int) -> None:
        self.patient_id = patient_id

    # -- loading ----------------------------------------------------------------------------------------------
    def _staff(self, rows) -> None:
        current = combo_value(self.assignee)
        people = [(r.id, f"{r.display_name} — {r.profession}") for r in rows if set(r.roles) - {"admin"}]
        self.assignee.model().set_choices([(None, self.tr("— nobody: offer to a pool —"))] + people)
        set_combo_value(self.assignee, current if current is not None else
                        (self.detail.row.assignee_staff_id if self.detail else self.session.actor.staff_id))

    def reload(self) -> None:
        ctx, task_id = self.session.ctx, self.task_id
        background.run(lambda: task_lists.get_task(ctx, task_id), guarded(self, self._show), guarded(self, self._failed))

    def _show(self, detail: task_lists.TaskDetail) -> None:
        self.detail, r = detail, detail.row
        self.patient_id = r.patient_id
        self.title.setText(r.title)
        self.patient_label.setText(r.patient_name or self.tr("No patient"))
        self.task_type.setModel(ChoiceModel(code_labels.task_type_choices(r.task_type), self.task_type))
        set_combo_value(self.task_type, r.task_type)
        set_combo_value(self.assignee, r.assignee_staff_id)
        set_combo_value(self.pool, r.pool_role)
        set_combo_value(self.protocol, r.protocol_code)
        self._protocol_changed()
        set_combo_value(self.act, r.act)
        set_combo_value(self.priority, r.priority)
        self.due_date.setText(format_date(r.due_date))
        if r.due_at:
            self.due_time.setText(to_local(r.due_at).strftime("%H:%M"))
        self.recurrence.set_rule(r.recurrence_rule)
        self.business_status.setText(r.business_status or "")
        self.description.setPlainText(detail.description or "")
        status = self.tr("%1 (last change by %2)").replace("%1", self._status_text(r.status)).replace(
            "%2", detail.updated_by)
        if detail.result_text or detail.status_reason:
            status += "\n" + (detail.result_text or detail.status_reason)
        self.status_label.setText(status)
        open_task = bool(TRANSITIONS[r.status])
        record = detail.record or r.record
        for status_key, button in self.status_buttons.items():
            guard(button, self.session, "task.work", record,
                  shown=status_key in TRANSITIONS[r.status] and r.assignee_staff_id is not None)
        guard(self.claim_button, self.session, "task.claim", record,
              shown=r.assignee_staff_id is None and r.status == "requested"
              and r.pool_role in self.session.account.roles)
        guard(self.buttons.button(QDialogButtonBox.StandardButton.Save), self.session, "task.work", record,
              enabled=open_task)

    def _status_text(self, status: str) -> str:
        return {"requested": self.tr("requested"), "accepted": self.tr("accepted"),
                "in_progress": self.tr("in progress"), "on_hold": self.tr("on hold"),
                "completed": self.tr("completed"), "cancelled": self.tr("cancelled"),
                "failed": self.tr("failed")}.get(status, status)

    def _protocol_changed(self) -> None:
        protocol = get_protocol(combo_value(self.protocol))
        self.act.model().set_choices([(None, "—")] + ([(a.code, a.label_in(i18n.current())) for a in protocol.acts] if protocol else []))
        self.act.setEnabled(protocol is not None)
        self.act.setCurrentIndex(1 if protocol else 0)

    # -- saving -----------------------------------------------------------------------------------------------
    def values(self) -> TaskInput:
        return TaskInput(title=self.title.text(), description=self.description.toPlainText(),
                         task_type=combo_value(self.task_type) or "general", patient_id=self.patient_id,
                         protocol_code=combo_value(self.protocol), act=combo_value(self.act),
                         assignee_staff_id=combo_value(self.assignee), pool_role=combo_value(self.pool),
                         priority=combo_value(self.priority), due_date=self.due_date.text().strip() or None,
                         due_time=self.due_time.text(), recurrence_rule=self.recurrence.rule(),
                         business_status=self.business_status.text())

    def save(self) -> None:
        ctx, data, task_id = self.session.ctx, self.values(), self.task_id
        version = self.detail.row.version if self.detail else None
        if task_id is None:
            job = lambda: tasks.create_task(ctx, data)  # noqa: E731
        else:
            job = lambda: (tasks.update_task(ctx, task_id, version, data), task_id)[1]  # noqa: E731
        self._run(job, close=True)

    def move_to(self, status: str) -> None:
        if self.detail is None:
            return
        ctx, task_id, version, note = self.session.ctx, self.task_id, self.detail.row.version, self.note.toPlainText()
        kwargs = {"result": note} if status == "completed" else {"reason": note}
        self._run(lambda: (tasks.transition(ctx, task_id, version, status, **kwargs), task_id)[1])

    def claim(self) -> None:
        ctx, task_id, version = self.session.ctx, self.task_id, self.detail.row.version
        self._run(lambda: (tasks.claim_task(ctx, task_id, version), task_id)[1])

    def _run(self, job, close: bool = False) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.banner.clear()
        self.setEnabled(False)

        def done(task_id):
            self.setEnabled(True)
            self.task_id = task_id
            self.sig_saved.emit(task_id)
            if close:
                self.accept()
            else:
                self.reload()
        background.run(job, guarded(self, done), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
            if getattr(exc, "code", "") == "tasks.rule_until_before_start":
                self.recurrence.until.setFocus()   # the end date is what to correct, not the frequency

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
