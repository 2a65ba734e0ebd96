"""Who may open a document being attached: everyone who may read the chart, or only the people and roles ticked
(the person attaching it always may)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import documents
from app.services.practice import staff as staff_service
from app.services.security.policy import ROLES
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import guarded

ROLE_NAMES = {
    "physician": QT_TRANSLATE_NOOP("RestrictionDialog", "All physicians"),
    "pharmacist": QT_TRANSLATE_NOOP("RestrictionDialog", "All pharmacists"),
    "advanced_practice_nurse": QT_TRANSLATE_NOOP("RestrictionDialog", "All advanced practice nurses"),
    "nurse": QT_TRANSLATE_NOOP("RestrictionDialog", "All nurses"),
    "medical_assistant": QT_TRANSLATE_NOOP("RestrictionDialog", "All medical assistants"),
    "coordinator": QT_TRANSLATE_NOOP("RestrictionDialog", "All coordinators"),
}
_ROLE, _STAFF = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class RestrictionDialog(QDialog):
    """Accepted: ``restriction()`` gives (staff ids, roles), both empty when the document is not restricted."""

    def __init__(self, session: AppSession, title: str, parent: QWidget | None = None,
                 patient_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who may open “%1”?").replace("%1", title))
        self.everyone = QRadioButton(self.tr("Everyone who may read the patient's chart"), self)
        self.only = QRadioButton(self.tr("Only the people and roles ticked below (and you)"), self)
        self.everyone.setChecked(True)
        self.choices = QListWidget(self)
        for role in ROLES:
            if role in ROLE_NAMES:
                item = QListWidgetItem(QCoreApplication.translate("RestrictionDialog", ROLE_NAMES[role]))
                item.setData(_ROLE, role)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.choices.addItem(item)
        self.choices.setEnabled(False)
        self.only.toggled.connect(self.choices.setEnabled)
        note = QLabel(self.tr("The others see that a restricted document exists, not its title."), self)
        note.setWordWrap(True)
        self.objection = QLabel(self.tr("The patient has objected to sharing within the care team: unless you tick "
                                        "people or roles below, only you and the médecin traitant will open this "
                                        "document."), self)
        self.objection.setWordWrap(True)
        self.objection.setStyleSheet("font-weight: 600; color: #b3261e;")
        self.objection.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.objection, self.everyone, self.only, self.choices, note, buttons):
            layout.addWidget(widget)
        self.resize(460, 420)
        ctx, me = session.ctx, session.actor.staff_id
        background.run(lambda: [s for s in staff_service.list_staff(ctx, include_inactive=False)
                                if s.id != me and set(s.roles) != {"admin"}],
                       guarded(self, self._staff), lambda exc: None)
        if patient_id is not None:
            background.run(lambda: documents.default_restriction(ctx, patient_id), guarded(self, self._default),
                           lambda exc: None)

    def _default(self, staff_ids: tuple[int, ...]) -> None:
        """The patient objected to sharing: say what "not restricted" means for this document."""
        if staff_ids:
            self.everyone.setText(self.tr("You and the médecin traitant only (the patient objected to sharing)"))
            self.objection.setVisible(True)

    def _staff(self, rows) -> None:
        for row in rows:
            item = QListWidgetItem(f"{row.display_name} — {row.profession}")
            item.setData(_STAFF, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.choices.addItem(item)

    def restriction(self) -> tuple[list[int], list[str]]:
        """The staff ids and roles ticked (nothing when "everyone" is chosen)."""
        if not self.only.isChecked():
            return [], []
        ticked = [self.choices.item(i) for i in range(self.choices.count())
                  if self.choices.item(i).checkState() == Qt.CheckState.Checked]
        return ([i.data(_STAFF) for i in ticked if i.data(_STAFF) is not None],
                [i.data(_ROLE) for i in ticked if i.data(_ROLE) is not None])
