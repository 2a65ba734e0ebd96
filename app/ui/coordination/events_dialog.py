"""The form to record a hospital event (Esc closes it; errors name the field)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import hospital_events
from app.services.coordination.hospital_events import EventInput
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded


class EventDialog(QDialog):
    sig_saved = Signal(int)
    """The event was recorded: its id."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.setWindowTitle(self.tr("Record a hospital event"))
        self.banner = ErrorBanner(self)
        self.kind = choice_combo([("ed_visit", self.tr("Emergency visit")), ("admission", self.tr("Admission")),
                                  ("discharge", self.tr("Discharge"))], self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setDisplayFormat(dates.qt_format())
        self.day.setCalendarPopup(True)
        self.facility = QLineEdit(self)
        self.source = choice_combo([("hospital", self.tr("Hospital")), ("dmp", self.tr("Shared record (DMP/EPD)")),
                                    ("patient", self.tr("Patient or relative")), ("other", self.tr("Other"))], self)
        self.summary = QPlainTextEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Facility"), self.facility)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Summary"), self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def values(self) -> EventInput:
        return EventInput(kind=combo_value(self.kind), event_date=self.day.date().toPython(),
                          facility=self.facility.text(), source=combo_value(self.source),
                          summary=self.summary.toPlainText())

    def save(self) -> None:
        ctx, pid, data = self.session.ctx, self.patient_id, self.values()
        background.run(lambda: hospital_events.record_event(ctx, pid, data), guarded(self, self._saved),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _saved(self, event_id: int) -> None:
        self.sig_saved.emit(event_id)
        self.accept()
