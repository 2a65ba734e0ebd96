"""Turn a message into a task, an alert or a care-plan revision: one small dialog each, prefilled from the message
(the service quotes the message in the record it creates and keeps a link back to it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import vocabulary
from app.services.alerts.alert_input import AlertInput
from app.services.medications import medication_list as medications
from app.services.messages import convert, threads
from app.services.practice import staff as staff_service
from app.services.tasks.task_input import TaskInput
from app.ui.alerts.alert_texts import kind_label, problem_label, urgency_label
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.code_labels import pool_labels
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded
from app.ui.common.operations import FormOperation

QUIET_KINDS = tuple(code for code, kind in vocabulary.kinds().items() if not kind.needs)
"""The proposals a message can carry as it is (monitoring, information): a change to the list needs the alert
form of the Medications tab."""


class _ConvertDialog(QDialog):
    sig_saved = Signal(int)
    """The record was created: its id."""

    def __init__(self, session: AppSession, detail: threads.ThreadDetail, message: threads.MessageRow,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.detail, self.message = session, detail, message
        self.banner = ErrorBanner(self)
        quote = QLabel("«" + message.body[:300] + ("…" if len(message.body) > 300 else "") + "» — "
                       + message.author_name, self)
        quote.setWordWrap(True)
        quote.setStyleSheet("color: #444; font-style: italic;")
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(quote)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.operation = FormOperation(self, self.banner, self._field)
        self.setMinimumWidth(560)

    def _field(self, name: str) -> QWidget | None:
        return None

    def save(self) -> None:
        job = self.job()
        self.operation.run(job, self._saved)

    def job(self):
        raise NotImplementedError

    def _saved(self, record_id: int) -> None:
        self.sig_saved.emit(record_id)
        self.accept()


class TaskFromMessageDialog(_ConvertDialog):
    """A task from the message: its title, who does it (a member or a pool), when, how urgent."""

    def __init__(self, session, detail, message, parent=None):
        super().__init__(session, detail, message, parent)
        self.setWindowTitle(self.tr("Make a task from the message"))
        self.title = QLineEdit(" ".join(message.body.split())[:80], self)
        self.title.setCursorPosition(0)
        self.assignee = choice_combo([(("staff", session.actor.staff_id), self.tr("Me"))], self)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.priority = choice_combo([("routine", self.tr("Routine")), ("urgent", self.tr("Urgent"))], self)
        if message.urgent:
            self.priority.setCurrentIndex(1)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Assigned to"), self.assignee)
        self.form.addRow(self.tr("Due date"), self.due)
        self.form.addRow(self.tr("Priority"), self.priority)
        ctx = session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._staff),
                       lambda exc: None)

    def _staff(self, rows) -> None:
        choices = [(("staff", self.session.actor.staff_id), self.tr("Me"))]
        choices += [(("staff", r.id), f"{r.given_names} {r.family_name}") for r in rows
                    if r.id != self.session.actor.staff_id and r.roles != ("admin",)]
        choices += [(("pool", code), self.tr("Pool: {name}").format(name=label))
                    for code, label in pool_labels().items()]
        self.assignee.model().set_choices(choices)
        self.assignee.setCurrentIndex(0)

    def _field(self, name):
        return {"title": self.title, "assignee_staff_id": self.assignee, "pool_role": self.assignee,
                "due_date": self.due, "priority": self.priority}.get(name)

    def job(self):
        who, value = combo_value(self.assignee) or ("staff", None)
        data = TaskInput(title=self.title.text(), assignee_staff_id=value if who == "staff" else None,
                         pool_role=value if who == "pool" else None, due_date=self.due.text() or None,
                         priority=combo_value(self.priority))
        ctx, mid = self.session.ctx, self.message.id
        return lambda: convert.to_task(ctx, mid, data)


class AlertFromMessageDialog(_ConvertDialog):
    """An alert on the thread's patient from the message: the problem, the medications it is about, a monitoring
    or information proposal, its urgency and the doctor it goes to."""

    def __init__(self, session, detail, message, parent=None):
        super().__init__(session, detail, message, parent)
        self.setWindowTitle(self.tr("Raise an alert from the message"))
        self.category = choice_combo([(c, problem_label(c)) for c in vocabulary.problems()], self)
        self.kind = choice_combo([(k, kind_label(k)) for k in QUIET_KINDS], self)
        self.urgency = choice_combo([(u, urgency_label(u)) for u in ("urgent", "24h", "routine")], self)
        self.urgency.setCurrentIndex(0 if message.urgent else 2)
        self.recipient = choice_combo([(None, self.tr("The patient's médecin traitant"))], self)
        self.lines_model = QStandardItemModel(self)
        self.lines = QListView(self)
        self.lines.setModel(self.lines_model)
        self.lines.setMaximumHeight(140)
        hint = QLabel(self.tr("To propose a change to the medication list, use the alert form of the Medications "
                              "tab."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Problem"), self.category)
        self.form.addRow(self.tr("Medications concerned"), self.lines)
        self.form.addRow(self.tr("Proposal"), self.kind)
        self.form.addRow(self.tr("Urgency"), self.urgency)
        self.form.addRow(self.tr("To"), self.recipient)
        self.form.addRow(hint)
        ctx, pid = session.ctx, detail.patient_id
        background.run(lambda: (medications.list_current(ctx, pid),
                                staff_service.list_staff(ctx, include_inactive=False, role="physician")),
                       guarded(self, self._loaded), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, result) -> None:
        lines, doctors = result
        for line in lines:
            item = QStandardItem(line.data.product_name or line.data.substances or "")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(line.id)
            self.lines_model.appendRow(item)
        self.recipient.model().set_choices([(None, self.tr("The patient's médecin traitant"))] + [
            (d.id, f"{d.given_names} {d.family_name}") for d in doctors])

    def _field(self, name):
        return {"problem_category": self.category, "line_ids": self.lines, "proposal_kind": self.kind,
                "urgency": self.urgency, "recipient_staff_id": self.recipient}.get(name)

    def job(self):
        lines = [self.lines_model.item(i).data() for i in range(self.lines_model.rowCount())
                 if self.lines_model.item(i).checkState() == Qt.CheckState.Checked]
        data = AlertInput(problem_category=combo_value(self.category), proposal_kind=combo_value(self.kind),
                          line_ids=lines, urgency=combo_value(self.urgency),
                          recipient_staff_id=combo_value(self.recipient))
        ctx, mid = self.session.ctx, self.message.id
        return lambda: convert.to_alert(ctx, mid, data)


class PlanFromMessageDialog(_ConvertDialog):
    """The message into the patient's care plan: a validated or active plan opens its next revision, and the
    message becomes one of its problems (domain, priority)."""

    def __init__(self, session, detail, message, parent=None):
        super().__init__(session, detail, message, parent)
        self.setWindowTitle(self.tr("Add the message to the care plan"))
        self.domain = choice_combo([("medical", self.tr("Medical")), ("psychological", self.tr("Psychological")),
                                    ("social", self.tr("Social")), ("environmental", self.tr("Environmental"))],
                                   self)
        self.priority = choice_combo([("high", self.tr("High")), ("medium", self.tr("Medium")),
                                      ("low", self.tr("Low"))], self)
        self.priority.setCurrentIndex(1)
        explain = QLabel(self.tr("A validated or active plan opens its next revision, which the médecin traitant "
                                 "validates again. The message is quoted as a problem of the plan."), self)
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.form.addRow(self.tr("Domain"), self.domain)
        self.form.addRow(self.tr("Priority"), self.priority)

    def _field(self, name):
        return {"domain": self.domain, "priority": self.priority}.get(name)

    def job(self):
        ctx, mid = self.session.ctx, self.message.id
        domain, priority = combo_value(self.domain), combo_value(self.priority)
        return lambda: convert.to_plan_revision(ctx, mid, domain=domain, priority=priority)


def dialog_for(kind: str, session: AppSession, detail: threads.ThreadDetail, message: threads.MessageRow,
               parent: QWidget | None = None) -> _ConvertDialog:
    """The dialog that turns ``message`` into a ``kind`` ("task", "alert", "plan")."""
    cls = {"task": TaskFromMessageDialog, "alert": AlertFromMessageDialog, "plan": PlanFromMessageDialog}[kind]
    return cls(session, detail, message, parent)
