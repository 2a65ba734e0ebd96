"""Take a waiting patient on: the physician who becomes the médecin traitant and the first appointment's date."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.intake import intakes
from app.ui.common import dates
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import choice_combo, combo_value, save_cancel_frame
from app.ui.common.operations import FormOperation


class TakeOnDialog(QDialog):
    """Off the waiting list: médecin traitant and first appointment (both recorded on the checklist)."""

    sig_saved = Signal(int)
    """The patient was taken on: the intake's new version."""

    def __init__(self, session: AppSession, intake_id: int, version: int, patient_name: str,
                 physicians: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.intake_id, self.version = session, intake_id, version
        self.setWindowTitle(self.tr("Take the patient on"))
        self.gp = choice_combo([(None, self.tr("— choose —"))] + physicians, self)
        self.first_on = QLineEdit(self)
        self.first_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        form = QFormLayout()
        form.addRow(self.tr("Patient"), QLabel(patient_name, self))
        form.addRow(self.tr("Médecin traitant"), self.gp)
        form.addRow(self.tr("First appointment"), self.first_on)
        self.banner, self.buttons = save_cancel_frame(self, form, self.save)
        self.resize(460, self.sizeHint().height())
        self.operation = FormOperation(self, self.banner, {"gp_staff_id": self.gp,
                                                           "first_appointment_on": self.first_on})

    def save(self) -> None:
        ctx, iid, version = self.session.ctx, self.intake_id, self.version
        gp, on = combo_value(self.gp), self.first_on.text()
        self.operation.run(lambda: intakes.take_on(ctx, iid, version, gp, on), self._saved)

    def _saved(self, version: int) -> None:
        self.sig_saved.emit(version)
        self.accept()
