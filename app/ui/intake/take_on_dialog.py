"""Take a waiting patient on: the physician who becomes the médecin traitant and the first appointment's date."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.intake import intakes
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import choice_combo, combo_value, guarded, save_cancel_frame
from app.ui.common.operations import FormOperation


class TakeOnDialog(QDialog):
    """Off the waiting list: médecin traitant (saved on the patient's record as the chart saves it) and first
    appointment (recorded on the checklist). ``version`` and ``patient_version``: the intake and the patient as the
    list read them; when someone changed either meanwhile, "Reload" reads them again."""

    sig_saved = Signal(int)
    """The patient was taken on: the intake's new version."""

    def __init__(self, session: AppSession, intake_id: int, version: int, patient_version: int, patient_name: str,
                 physicians: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.intake_id = session, intake_id
        self.version, self.patient_version = version, patient_version
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
        self.operation.sig_reload.connect(self.reload)

    def save(self) -> None:
        ctx, iid, version, patient_version = self.session.ctx, self.intake_id, self.version, self.patient_version
        gp, on = combo_value(self.gp), self.first_on.text()
        self.operation.run(lambda: intakes.take_on(ctx, iid, version, gp, on, patient_version), self._saved)

    def reload(self) -> None:
        """Read the intake and the patient's version again (after a refused stale save); the inputs stay."""
        ctx, iid = self.session.ctx, self.intake_id
        background.run(lambda: intakes.open_intake(ctx, iid), guarded(self, self._reloaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _reloaded(self, view) -> None:
        self.version, self.patient_version = view.version, view.patient_version
        self.operation.clear()

    def _saved(self, version: int) -> None:
        self.sig_saved.emit(version)
        self.accept()
