"""Book a nurse-assisted teleconsultation: the patient, the slot, the member with the patient, the remote
physician, the practice's video link and the protocol; and the remote physician's conclusion dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import teleconsultation as tele
from app.services.coordination.teleconsultation_input import ACCOMPANYING_ROLES, TeleconsultationInput
from app.services.practice import staff as staff_service
from app.services.tasks import protocols, recurrence
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import (
    ChoiceModel,
    ErrorBanner,
    choice_combo,
    combo_value,
    guarded,
    set_combo_value,
    set_invalid,
)
from app.ui.patients.picker import PatientPicker


def _choices(ctx) -> tuple[list, list, list]:
    """The members who may be with the patient, the physicians, the practice's active protocols."""
    team = staff_service.list_staff(ctx, include_inactive=False)
    return ([(s.id, s.display_name) for s in team if set(s.roles) & set(ACCOMPANYING_ROLES)],
            [(s.id, s.display_name) for s in team if "physician" in s.roles],
            [(p.code, f"{p.code} — {p.name}") for p in protocols.list_protocols(ctx) if p.active])


class _Form(QDialog):
    """Banner, fields by service field name, Save / Cancel; the service error marks its field."""

    sig_saved = Signal(int)
    """The teleconsultation was saved: its id."""

    def _finish(self, form: QFormLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _run(self, work) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.banner.clear()
        self.setEnabled(False)

        def done(result: int) -> None:
            self.setEnabled(True)
            self.sig_saved.emit(result)
            self.accept()
        background.run(work, guarded(self, done), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()


class TeleconsultForm(_Form):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Book a teleconsultation"))
        self.banner = ErrorBanner(self)
        self.patient = PatientPicker(session, self)
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(start.time().hour(), 0))
        self.starts = QDateTimeEdit(start, self)
        self.starts.setDisplayFormat(dates.qt_format() + " HH:mm")
        self.starts.setCalendarPopup(True)
        self.ends = QTimeEdit(start.time().addSecs(20 * 60), self)
        self.ends.setDisplayFormat("HH:mm")
        self.companion = choice_combo([], self)
        self.physician = choice_combo([], self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://… (the practice's video service)"))
        self.protocol = choice_combo([("", self.tr("(none)"))], self)
        hint = QLabel(self.tr("Booking creates the preparation checklist as tasks for the member with the patient, "
                              "due at the start of the slot."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Patient"), self.patient), (self.tr("Start"), self.starts),
                              (self.tr("End"), self.ends), (self.tr("With the patient"), self.companion),
                              (self.tr("Remote physician"), self.physician), (self.tr("Video link"), self.url),
                              (self.tr("Protocol"), self.protocol), ("", hint)):
            form.addRow(label, widget)
        self.fields = {"patient_id": self.patient.field, "starts_at": self.starts, "ends_at": self.ends,
                       "accompanying_staff_id": self.companion, "remote_physician_id": self.physician,
                       "video_url": self.url, "protocol_code": self.protocol}
        self._finish(form)
        self.resize(600, 420)
        ctx = session.ctx
        background.run(lambda: _choices(ctx), guarded(self, self._fill), guarded(self, self._failed))

    def _fill(self, choices) -> None:
        for combo, items in ((self.companion, choices[0]), (self.physician, choices[1]),
                             (self.protocol, [("", self.tr("(none)"))] + choices[2])):
            combo.setModel(ChoiceModel(items, combo))
        set_combo_value(self.physician, self.session.actor.staff_id)   # a physician booking usually joins

    def values(self) -> TeleconsultationInput:
        start: datetime = self.starts.dateTime().toPython().replace(second=0, microsecond=0)
        end = datetime.combine(start.date(), self.ends.time().toPython().replace(second=0, microsecond=0))
        return TeleconsultationInput(
            patient_id=self.patient.patient_id, starts_at=start, ends_at=end,
            accompanying_staff_id=combo_value(self.companion), remote_physician_id=combo_value(self.physician),
            video_url=self.url.text(), protocol_code=combo_value(self.protocol) or None)

    def save(self) -> None:
        ctx, data = self.session.ctx, self.values()
        self._run(lambda: tele.book(ctx, data))


class ConclusionForm(_Form):
    """The remote physician's conclusion, written to the patient's chart."""

    def __init__(self, session: AppSession, row: tele.TeleconsultationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Conclude the teleconsultation"))
        self.banner = ErrorBanner(self)
        local = recurrence.to_local(row.starts_at)          # the practice's clock, as the booking was entered
        about = QLabel(self.tr("{patient} — {start}, with {companion}").format(
            patient=row.patient_name, start=f"{dates.day(local)} {local:%H:%M}", companion=row.accompanying_name), self)
        about.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Findings and decisions; they are written to the patient's chart"))
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Teleconsultation"), about)
        if row.protocol_code:
            form.addRow(self.tr("Protocol"), QLabel(row.protocol_code, self))
        form.addRow(self.tr("Conclusion"), self.text)
        self.fields = {"conclusion": self.text}
        self._finish(form)
        self.resize(560, 360)

    def save(self) -> None:
        ctx, row, text = self.session.ctx, self.row, self.text.toPlainText()
        self._run(lambda: tele.conclude(ctx, row.id, row.version, text))

