"""The patient's say on sharing within the care team: informed (when, by whom) and any objection."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.patients import sharing
from app.services.patients.records import PatientRow, SharingRecord
from app.ui.common import dates
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, set_combo_value
from app.ui.common.operations import FormOperation


class SharingDialog(QDialog):
    sig_saved = Signal(int)
    """The patient's say on sharing was stored: the patient's new version."""

    def __init__(self, session: AppSession, row: PatientRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.version = session, row.id, row.version
        self.setWindowTitle(self.tr("Sharing within the care team — %1").replace("%1", row.display_name))
        self.banner = ErrorBanner(self)
        self.fields: dict[str, QWidget] = {
            "sharing_informed_on": QLineEdit(self), "sharing_informed_by": QLineEdit(self),
            "sharing_objection": choice_combo([(None, self.tr("No objection")),
                                               ("team", self.tr("Objects to sharing with the care team")),
                                               ("scope", self.tr("Objects to part of the sharing (say what)"))],
                                              self),
            "sharing_objection_scope": QLineEdit(self)}
        self.fields["sharing_informed_on"].setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.fields["sharing_informed_by"].setPlaceholderText(session.actor.display_name)
        self.fields["sharing_objection_scope"].setPlaceholderText(self.tr("e.g. not with the physiotherapist"))
        self.fields["sharing_objection_scope"].setMaxLength(500)
        form = QFormLayout()
        for name, label in (("sharing_informed_on", self.tr("Informed on")), ("sharing_informed_by", self.tr("By")),
                            ("sharing_objection", self.tr("Objection")),
                            ("sharing_objection_scope", self.tr("What the patient objects to"))):
            form.addRow(label, self.fields[name])
        note = QLabel(self.tr("When the patient objects, a new document is restricted to its author and the "
                              "médecin traitant unless you choose otherwise, and nothing about the patient is "
                              "exported to others."), self)
        note.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                                  self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner, self.fields.get)
        s = row.sharing or SharingRecord()
        self.fields["sharing_informed_on"].setText(format_date(s.informed_on or date.today()))
        self.fields["sharing_informed_by"].setText(s.informed_by or "")
        set_combo_value(self.fields["sharing_objection"], s.objection)
        self.fields["sharing_objection_scope"].setText(s.objection_scope or "")
        self.resize(560, self.sizeHint().height())

    def value(self) -> SharingRecord:
        """The dialog's content as the service expects it (checking is the service's)."""
        return SharingRecord(self.fields["sharing_informed_on"].text().strip() or None,
                             self.fields["sharing_informed_by"].text().strip() or None,
                             combo_value(self.fields["sharing_objection"]),
                             self.fields["sharing_objection_scope"].text().strip() or None)

    def save(self) -> None:
        ctx, patient_id, version, data = self.session.ctx, self.patient_id, self.version, self.value()
        self.operation.run(lambda: sharing.record_sharing(ctx, patient_id, version, data), self._saved)

    def _saved(self, version: int) -> None:
        self.version = version
        self.sig_saved.emit(version)
        self.accept()
