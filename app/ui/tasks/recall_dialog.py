"""Recall campaign: choose the cohort, preview how many patients match, create the tasks for the MA pool."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.services.tasks import recalls
from app.services.tasks.recalls import RecallCriteria
from app.ui.common import background, code_labels, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded, set_combo_value, set_invalid


def _codes(text: str) -> list[str]:
    return [c for c in text.replace(";", ",").replace(" ", ",").split(",") if c]


class RecallDialog(QDialog):
    def __init__(self, session: AppSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Recall patients"))
        self.banner = ErrorBanner(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. hba1c-2026-q1 (running it again creates no duplicates)"))
        self.title = QLineEdit(self)
        self.task_type = choice_combo(code_labels.task_type_choices(), self)
        set_combo_value(self.task_type, "recall")
        self.age_min, self.age_max = QLineEdit(self), QLineEdit(self)
        self.conditions = QLineEdit(self)
        self.conditions.setPlaceholderText(self.tr("ICD-10 prefixes, e.g. E11, I50"))
        self.atcs = QLineEdit(self)
        self.atcs.setPlaceholderText(self.tr("ATC prefixes, e.g. A10, B01AA"))
        self.not_done_type = choice_combo([(None, "—"), *code_labels.task_type_choices()], self)
        self.not_done_months = QLineEdit(self)
        self.due_date = QLineEdit(self)
        self.due_date.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy (default: today)")))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Campaign name"), self.name), (self.tr("Task title"), self.title),
                              (self.tr("Task type"), self.task_type), (self.tr("Age from"), self.age_min),
                              (self.tr("Age to"), self.age_max), (self.tr("Conditions"), self.conditions),
                              (self.tr("Medications"), self.atcs),
                              (self.tr("No task of type"), self.not_done_type),
                              (self.tr("…done since (months)"), self.not_done_months),
                              (self.tr("Due"), self.due_date)):
            form.addRow(label, widget)
        self.fields = {"name": self.name, "title": self.title, "task_type": self.task_type, "age_min": self.age_min,
                       "age_max": self.age_max, "condition_prefixes": self.conditions, "atc_prefixes": self.atcs,
                       "not_done_type": self.not_done_type, "not_done_months": self.not_done_months,
                       "due_date": self.due_date}
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = buttons.addButton(self.tr("&Create tasks"), QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)   # the hints (ICD-10 and ATC examples) are read whole

    def criteria(self) -> RecallCriteria:
        return RecallCriteria(name=self.name.text(), title=self.title.text(), task_type=combo_value(self.task_type) or "",
                              age_min=self.age_min.text(), age_max=self.age_max.text(),
                              condition_prefixes=_codes(self.conditions.text()), atc_prefixes=_codes(self.atcs.text()),
                              not_done_type=combo_value(self.not_done_type) or "", not_done_months=self.not_done_months.text(),
                              due_date=self.due_date.text().strip() or None)

    def _run(self, job, done) -> None:
        for w in self.fields.values():
            set_invalid(w, False)
        self.banner.clear()
        background.run(job, guarded(self, done), guarded(self, self._failed))

    def preview(self) -> None:
        ctx, c = self.session.ctx, self.criteria()
        self._run(lambda: recalls.preview(ctx, c), self._previewed)

    def _previewed(self, p) -> None:
        self.last_preview = p
        self.result.setText(self.tr("%1; %2").replace("%1", self.tr("%n patient(s) match", "", p.matching)).replace(
                                "%2", self.tr("%n recall task(s) would be created.", "", p.new_tasks))
                            + ("\n" + ", ".join(p.sample) if p.sample else ""))

    def create(self) -> None:
        ctx, c = self.session.ctx, self.criteria()
        self._run(lambda: recalls.create_recall_tasks(ctx, c), self._created)

    def _created(self, n: int) -> None:
        self.created = n
        self.result.setText(self.tr("%n recall task(s) created for the medical assistants' pool.", "", n))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", "").split("[")[0])
        if widget is not None:
            set_invalid(widget, True)
