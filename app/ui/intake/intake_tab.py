"""A patient's intake in the chart: the checklist of a patient who has (or had) an intake — each step's state, date,
with whom or from whom, who recorded it and when —, the flag of an identity left not qualified, and "Checklist…"
(the checklist dialog) for those who may take the patient in. The tab is shown only while the patient has an intake
(``sig_present``: the feature hides it otherwise)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.intake import intakes
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.intake.intake_dialog import IntakeDialog, identity_flag
from app.ui.intake.words import IntakeWords

TOPICS = ("intake.changed", "patient.changed")


class IntakeTab(QWidget):
    """The chart tab; reloads when the patient's intake or record changes."""

    sig_present = Signal(bool)
    """Loaded: whether the patient has an intake (the chart shows the tab only then)."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.view = None
        self.loaded = False   # the first load came back
        self.dialog: IntakeDialog | None = None
        self.words = IntakeWords(self)
        self.banner = ErrorBanner(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.flag = identity_flag(self.words, self)
        self.model = RowsTableModel(self.words.step_columns(), self, highlight=self.words.is_open)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _i: self.open_checklist())
        self.checklist_button = QPushButton(self.tr("Check&list…"), self)
        self.checklist_button.clicked.connect(self.open_checklist)
        self.summary = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checklist_button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.flag)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        guard(self.checklist_button, session, "intake.manage", session.patient_record(patient_id),
              enabled=False)   # enabled once the intake is loaded
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid, lang = self.session.ctx, self.patient_id, i18n.current()
        background.run(lambda: intakes.patient_intake(ctx, pid, lang), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, view) -> None:
        self.view, self.loaded = view, True
        self.banner.clear()
        if view is None:
            self.model.set_rows([])
            self.sig_present.emit(False)
            return
        parts = [self.words.status.get(view.status, view.status),
                 self.tr("requested on %1").replace("%1", dates.day(view.requested_on))]
        if view.taken_on:
            parts.append(self.tr("taken on %1").replace("%1", dates.day(view.taken_on)))
        if view.closed_on:
            parts.append(self.tr("closed on %1").replace("%1", dates.day(view.closed_on)))
        facts = self.words.facts(view)
        if facts:
            parts.append(facts)
        if view.withdrawn_reason:
            parts.append(view.withdrawn_reason)
        self.header.setText(self.tr("New-patient intake: %1").replace("%1", " — ".join(parts)))
        self.flag.setVisible(view.identity_unqualified)
        self.model.set_rows(list(view.steps))
        self.table.resizeColumnsToContents()
        done = sum(1 for s in view.steps if not self.words.is_open(s))
        self.summary.setText(self.tr("%1 of %2 steps done").replace("%1", str(done)).replace(
            "%2", str(len(view.steps))))
        guard(self.checklist_button, self.session, "intake.manage", self.session.patient_record(self.patient_id))
        self.sig_present.emit(True)

    def open_checklist(self) -> IntakeDialog | None:
        """The checklist dialog of the patient's intake (read only once the intake is closed)."""
        if self.view is None or not self.checklist_button.isEnabled():
            return None
        self.dialog = IntakeDialog(self.session, self.view.id, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and not self.session.locked and payload.get("patient_id") in (None, self.patient_id):
            self.reload()
