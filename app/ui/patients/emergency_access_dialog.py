"""Emergency ("break-glass") access to a chart outside the user's care circle: which patient (when not already
known), and why. The service decides, grants for the practice's duration and tells the médecin traitant and the
administrator; the chart then opens with a banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.break_glass import grants
from app.services.break_glass.grants import REASON_MAX, REASON_MIN, GrantRow
from app.services.patients import records as patients
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.patients.list_model import PatientListModel

SEARCH_LIMIT = 30


class EmergencyAccessDialog(QDialog):
    sig_granted = Signal(int)
    """The emergency access was granted: the patient id (open the chart)."""

    def __init__(self, session: AppSession, patient_id: int | None = None, patient_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.granted: GrantRow | None = None
        self.setWindowTitle(self.tr("Emergency access to a chart"))
        self.banner = ErrorBanner(self)
        intro = QLabel(self.tr(
            "Charts are limited to each patient's care circle. In an emergency you may open the chart of a patient "
            "outside your circle: say why. The access ends after the time the practice has set and, unless the "
            "practice allows changes, only reads. It is recorded in the audit trail; the patient's médecin traitant "
            "and the administrator are told, and the administrator reviews it."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        self.search_field = QLineEdit(self)
        self.model = PatientListModel(self)
        self.view = QTableView(self)
        if patient_id is None:
            self.search_field.setPlaceholderText(self.tr("Patient: name, birth date (dd.mm.yyyy) or identifier"))
            self.view.setModel(self.model)
            self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.view.verticalHeader().hide()
            self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.view.horizontalHeader().setStretchLastSection(True)
            self.view.setMinimumHeight(150)
            layout.addWidget(self.search_field)
            layout.addWidget(self.view, 1)
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(250)
            self._timer.timeout.connect(self.search)
            self.search_field.textEdited.connect(self._timer.start)
        else:
            self.search_field.hide()
            self.view.hide()
            if patient_name:
                who = QLabel(self.tr("Patient: %1").replace("%1", patient_name), self)
                who.setTextFormat(Qt.TextFormat.PlainText)
                who.setStyleSheet("font-weight: 600;")
                layout.addWidget(who)
        layout.addWidget(QLabel(self.tr("Reason for the emergency access (at least %1 characters)").replace(
            "%1", str(REASON_MIN)), self))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. patient brought in unconscious, médecin traitant unreachable, "
                                               "current treatment needed"))
        self.reason.setFixedHeight(90)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the chart in an emergency"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.operation = FormOperation(self, self.banner, {"reason": self.reason, "patient_id": self.view
                                                          if patient_id is None else self.reason})
        self.resize(640, 520 if patient_id is None else 340)

    def search(self) -> None:
        """Look the patient up in the whole register (an emergency search, for clinicians)."""
        ctx, query = self.session.ctx, self.search_field.text()
        if not query.strip():
            self.model.clear()
            return
        background.run(lambda: patients.search_patients(ctx, query, limit=SEARCH_LIMIT, emergency=True),
                       guarded(self, self._found), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _found(self, rows) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)

    def chosen_patient(self) -> int | None:
        if self.patient_id is not None:
            return self.patient_id
        index = self.view.currentIndex()
        return self.model.patient_id(index.row()) if index.isValid() else None

    def confirm(self) -> None:
        ctx, patient_id, reason = self.session.ctx, self.chosen_patient(), self.reason.toPlainText()[:REASON_MAX + 1]
        self.operation.run(lambda: grants.request_access(ctx, patient_id, reason), self._granted)

    def _granted(self, row: GrantRow) -> None:
        self.granted = row
        self.sig_granted.emit(row.patient_id)
        self.accept()
