"""Register a patient's intake: the patient, the date of the request, a long-term condition, frailty, the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.services.intake import intakes
from app.services.intake.intakes import IntakeInput
from app.ui.common import dates
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import save_cancel_frame
from app.ui.common.operations import FormOperation
from app.ui.patients.picker import PatientPicker


class RegisterIntakeDialog(QDialog):
    """A patient asking to be taken in; without a médecin traitant they join the waiting list."""

    sig_saved = Signal(int)
    """The intake was registered: its id."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Register a new patient"))
        self.picker = PatientPicker(session, self)
        self.requested_on = QLineEdit(self)
        self.requested_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy (empty: today)")))
        self.long_term = QCheckBox(self.tr("&Long-term condition (ALD)"), self)
        self.frailty = QCheckBox(self.tr("&Frailty"), self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(600)
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.picker)
        form.addRow(self.tr("Requested on"), self.requested_on)
        form.addRow("", self.long_term)
        form.addRow("", self.frailty)
        form.addRow(self.tr("Reason"), self.reason)
        self.banner, self.buttons = save_cancel_frame(self, form, self.save)
        self.resize(560, self.sizeHint().height())
        self.operation = FormOperation(self, self.banner, {
            "patient": self.picker.field, "requested_on": self.requested_on, "reason": self.reason})

    def save(self) -> None:
        ctx, pid = self.session.ctx, self.picker.patient_id
        data = IntakeInput(self.requested_on.text(), self.long_term.isChecked(), self.frailty.isChecked(),
                           self.reason.text())
        if pid is None:
            self.banner.show_message(self.tr("Choose the patient first."))
            self.picker.field.setFocus()
            return
        self.operation.run(lambda: intakes.register(ctx, pid, data), self._saved)

    def _saved(self, intake_id: int) -> None:
        self.sig_saved.emit(intake_id)
        self.accept()
