"""Coordinator page: record an absence, see what falls due during it, reassign the absent person's tasks."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.practice import staff as staff_service
from app.services.tasks import absences
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded, set_invalid
from app.ui.tasks.worklist_model import TaskTableView


class AbsencesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.banner = ErrorBanner(self)
        self.staff = choice_combo([], self)
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        for field in (self.start, self.end):
            field.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.reason = QLineEdit(self)
        self.record_button = QPushButton(self.tr("Record absence"), self)
        self.record_button.clicked.connect(self.record)
        self.absence = choice_combo([], self)
        self.absence.currentIndexChanged.connect(self.show_tasks)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self.tasks = TaskTableView(self)
        self.target = choice_combo([], self)
        self.reassign_button = QPushButton(self.tr("Reassign selected tasks"), self)
        self.reassign_button.clicked.connect(self.reassign)
        form = QFormLayout()
        form.addRow(self.tr("Staff member"), self.staff)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("→"))
        period.addWidget(self.end)
        form.addRow(self.tr("From / to"), period)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.record_button)
        form.addRow(self.tr("Absence"), self.absence)
        self.fields = {"staff_id": self.staff, "start_date": self.start, "end_date": self.end, "reason": self.reason}
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Give to")))
        bottom.addWidget(self.target, 1)
        bottom.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.tasks, 1)
        layout.addLayout(bottom)
        ctx = session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._staff),
                       guarded(self, self._failed))
        self.reload()

    def _staff(self, rows) -> None:
        people = [(r.id, r.display_name) for r in rows if set(r.roles) - {"admin"}]
        self.staff.model().set_choices(people)
        pools = [(("pool", role), self.tr("pool: %1").replace("%1", role)) for role in
                 ("nurse", "advanced_practice_nurse", "medical_assistant", "physician", "coordinator")]
        self.target.model().set_choices([(("person", i), name) for i, name in people] + pools)

    def reload(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: absences.list_absences(ctx), guarded(self, self._absences), guarded(self, self._failed))

    def _absences(self, rows) -> None:
        self.absence.model().set_choices([(a.id, f"{a.staff_name}: {format_date(a.start_date)} – "
                                                 f"{format_date(a.end_date)} {a.reason or ''}") for a in rows])
        self.absence.setCurrentIndex(len(rows) - 1)
        self.show_tasks()

    def show_tasks(self) -> None:
        absence_id = combo_value(self.absence)
        if absence_id is None:
            self.tasks.set_rows([])
            return
        ctx = self.session.ctx

        def load():
            return absences.open_tasks_of_absent(ctx, absence_id), absences.due_during_absence(ctx, absence_id)
        background.run(load, guarded(self, self._tasks), guarded(self, self._failed))

    def _tasks(self, result) -> None:
        open_rows, due = result
        self.tasks.set_rows(open_rows)
        self.due_label.setText(self.tr("%1; %2").replace("%1", self.tr("%n open task(s)", "", len(open_rows))).replace(
            "%2", self.tr("%n fall(s) due during the absence (select them to reassign).", "", len(due))))

    def record(self) -> None:
        for w in self.fields.values():
            set_invalid(w, False)
        ctx, sid = self.session.ctx, combo_value(self.staff)
        start, end, reason = self.start.text(), self.end.text(), self.reason.text()
        background.run(lambda: absences.record_absence(ctx, sid, start, end, reason),
                       guarded(self, lambda _id: (self.banner.clear(), self.reload())), guarded(self, self._failed))

    def reassign(self) -> None:
        target = combo_value(self.target)
        rows = self.tasks.selected_rows()
        if not target or not rows:
            return
        kind, value = target
        kwargs = {"assignee_staff_id": value} if kind == "person" else {"pool_role": value}
        ctx, moves = self.session.ctx, [(r.id, r.version) for r in rows]
        background.run(lambda: absences.reassign_tasks(ctx, moves, **kwargs),
                       guarded(self, lambda _n: self.show_tasks()), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
