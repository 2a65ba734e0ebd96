"""Forms of the concertation meetings: create a meeting (date, type, participants), put a patient on its
agenda, and record the structured discussion of one patient (question, discussion, decisions; a task decision
creates the task, a care-plan decision puts the plan back into revision)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import meetings
from app.services.coordination.meeting_search import CaseRow
from app.services.coordination.meetings import CaseInput, DecisionInput, MeetingInput
from app.services.kernel.validation import clean_text, parse_date
from app.services.practice import staff as staff_service
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded, set_invalid
from app.ui.patients.picker import PatientPicker
from app.ui.tasks.task_dialog import ROLE_KEYS

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Form(QDialog):
    """A dialog that saves through a service in the background and names the faulty field."""

    sig_saved = Signal(int)
    """Something was stored: the id of the meeting, record or decision."""

    def __init__(self, session: AppSession, parent: QWidget | None):
        super().__init__(parent)
        self.session = session
        self.banner = ErrorBanner(self)
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _run(self, job, done) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.banner.clear()
        self.setEnabled(False)

        def finished(result):
            self.setEnabled(True)
            self.sig_saved.emit(result)
            done(result)
        background.run(job, guarded(self, finished), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()

    def save(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)


class MeetingDialog(_Form):
    """Create a concertation meeting: its date, type, title, team participants and outside participants."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New concertation meeting"))
        self.meeting_date = QLineEdit(format_date(date.today()), self)
        self.meeting_date.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.kind = choice_combo([("monthly", self.tr("Monthly")), ("ad_hoc", self.tr("Ad hoc")),
                                  ("cpts", self.tr("CPTS")), ("quality_circle", self.tr("Quality circle"))], self)
        self.title = QLineEdit(self)
        self.participants = QStandardItemModel(self)
        self.participant_view = QListView(self)
        self.participant_view.setModel(self.participants)
        self.external = QLineEdit(self)
        self.external.setPlaceholderText(self.tr("e.g. Dr Lambert (geriatrician), home-care service"))
        form = QFormLayout()
        for label, widget in ((self.tr("Date"), self.meeting_date), (self.tr("Type"), self.kind),
                              (self.tr("Title"), self.title), (self.tr("Participants"), self.participant_view),
                              (self.tr("Outside participants"), self.external)):
            form.addRow(label, widget)
        self.fields = {"meeting_date": self.meeting_date, "kind": self.kind, "title": self.title,
                       "participant_ids": self.participant_view, "external_participants": self.external}
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        ctx = session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._staff),
                       guarded(self, self._failed))

    def _staff(self, rows) -> None:
        self.participants.clear()
        for r in rows:
            if not set(r.roles) - {"admin"}:
                continue
            item = QStandardItem(f"{r.display_name} — {r.profession}")
            item.setData(r.id, STAFF_ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            mine = r.id == self.session.actor.staff_id
            item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
            self.participants.appendRow(item)

    def values(self) -> MeetingInput:
        ids = [self.participants.item(i).data(STAFF_ID_ROLE) for i in range(self.participants.rowCount())
               if self.participants.item(i).checkState() == Qt.CheckState.Checked]
        return MeetingInput(meeting_date=self.meeting_date.text().strip(), kind=combo_value(self.kind),
                            title=self.title.text(), participant_ids=ids, external_participants=self.external.text())

    def save(self) -> None:
        ctx, data = self.session.ctx, self.values()
        self._run(lambda: meetings.create_meeting(ctx, data), lambda _id: self.accept())


class AgendaDialog(_Form):
    """Put a patient on a meeting's agenda with the question asked."""

    def __init__(self, session: AppSession, meeting: dict, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.meeting_id = meeting["id"]
        self.setWindowTitle(self.tr("Add a patient to the meeting of %1").replace(
            "%1", format_date(meeting["meeting_date"])))
        self.patient = PatientPicker(session, self)
        self.question = QPlainTextEdit(self)
        self.question.setPlaceholderText(self.tr("The question asked to the team"))
        self.question.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.patient)
        form.addRow(self.tr("Question"), self.question)
        self.fields = {"patient_id": self.patient.field, "question": self.question}
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 340)

    def save(self) -> None:
        ctx, meeting_id = self.session.ctx, self.meeting_id
        data = CaseInput(patient_id=self.patient.patient_id, question=self.question.toPlainText())
        self._run(lambda: meetings.add_case(ctx, meeting_id, data), lambda _id: self.accept())


class RecordDialog(_Form):
    """The structured record of one patient: question, discussion summary and decisions.

    Save stores the question and discussion (and the decision being typed, if any) and closes; "Add decision"
    stores them and stays open for the next decision."""

    def __init__(self, session: AppSession, case: CaseRow, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.case_id, self.meeting_id = case.id, case.meeting_id
        self.setWindowTitle(self.tr("Meeting record — %1").replace("%1", case.patient_name))
        self.kinds = {"note": self.tr("Note"), "task": self.tr("Create a task"),
                      "care_plan": self.tr("Revise the care plan")}
        self.decision_kinds = {"note": self.tr("Note"), "task": self.tr("Task"), "care_plan": self.tr("Care plan")}
        self.question = QPlainTextEdit(case.question, self)
        self.question.setFixedHeight(60)
        self.discussion = QPlainTextEdit(case.discussion or "", self)
        self.discussion.setPlaceholderText(self.tr("Summary of the discussion"))
        self.discussion.setMinimumHeight(120)
        self.decided = QLabel(self)
        self.decided.setWordWrap(True)
        self._show_decisions(case.decisions)
        self.kind = choice_combo(list(self.kinds.items()), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What was decided"))
        roles = {"physician": self.tr("Physicians"), "pharmacist": self.tr("Pharmacists"),
                 "advanced_practice_nurse": self.tr("Advanced practice nurses"), "nurse": self.tr("Nurses"),
                 "medical_assistant": self.tr("Medical assistants"), "coordinator": self.tr("Coordinators")}
        self.assignee = choice_combo([(None, self.tr("— nobody: offer to a pool —"))], self)
        self.pool = choice_combo([(None, self.tr("— no pool —"))] + [(k, roles[k]) for k in ROLE_KEYS], self)
        self.due_date = QLineEdit(self)
        self.due_date.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy (optional)")))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        for label, widget in ((self.tr("Question"), self.question), (self.tr("Discussion"), self.discussion),
                              (self.tr("Decisions"), self.decided)):
            form.addRow(label, widget)
        self.fields = {"question": self.question, "discussion": self.discussion, "kind": self.kind,
                       "text": self.text, "assignee_staff_id": self.assignee, "pool_role": self.pool,
                       "due_date": self.due_date}
        self.add_button = QPushButton(self.tr("Add decision"), self)
        self.add_button.clicked.connect(lambda: self.save(close=False))
        group = QGroupBox(self.tr("New decision"), self)
        decision_form = QFormLayout(group)
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Decision"), self.text),
                              (self.tr("Assigned to"), self.assignee), (self.tr("Pool"), self.pool),
                              (self.tr("Due"), self.due_date)):
            decision_form.addRow(label, widget)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        decision_form.addRow(add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.resize(640, 600)
        self._kind_changed()
        ctx = session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._staff),
                       guarded(self, self._failed))

    def _staff(self, rows) -> None:
        people = [(r.id, f"{r.display_name} — {r.profession}") for r in rows if set(r.roles) - {"admin"}]
        self.assignee.model().set_choices([(None, self.tr("— nobody: offer to a pool —"))] + people)
        self.assignee.setCurrentIndex(0)

    def _kind_changed(self) -> None:
        task = combo_value(self.kind) in ("task", "care_plan")
        for widget in (self.assignee, self.pool, self.due_date):
            widget.setEnabled(task)

    def _show_decisions(self, decisions: list[dict]) -> None:
        lines = [f"• {self.decision_kinds.get(d['kind'], d['kind'])}: {d['text']}" for d in decisions]
        self.decided.setText("\n".join(lines) or self.tr("No decision yet"))

    def decision(self) -> DecisionInput | None:
        """The decision being typed (None when its text is empty and the kind is a note)."""
        text, kind = self.text.text().strip(), combo_value(self.kind)
        if not text and kind == "note":
            return None
        task = kind in ("task", "care_plan")
        return DecisionInput(kind=kind, text=text, assignee_staff_id=combo_value(self.assignee) if task else None,
                             pool_role=combo_value(self.pool) if task else None,
                             due_date=(self.due_date.text().strip() or None) if task else None)

    def save(self, close: bool = True) -> None:
        ctx, case_id = self.session.ctx, self.case_id
        question, discussion, decision = self.question.toPlainText(), self.discussion.toPlainText(), self.decision()
        if decision is None and not close:
            decision = DecisionInput(kind="note", text="")      # the service names the empty decision

        def job():
            if decision is not None:        # check the decision first, so that bad input stores nothing
                clean_text(decision.text, "text", 1000, True)
                if decision.due_date:
                    parse_date(decision.due_date, "due_date")
            meetings.record_discussion(ctx, case_id, question, discussion)
            if decision is not None:
                meetings.add_decision(ctx, case_id, decision)
            return case_id
        self._run(job, lambda _id: self.accept() if close else self._reload())

    def _reload(self) -> None:
        self.text.clear()
        self.due_date.clear()
        ctx, case_id, meeting_id = self.session.ctx, self.case_id, self.meeting_id
        background.run(lambda: next(c for c in meetings.get_meeting(ctx, meeting_id).cases if c.id == case_id),
                       guarded(self, lambda c: self._show_decisions(c.decisions)), guarded(self, self._failed))
