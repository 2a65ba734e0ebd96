"""Write a referral: the patient, the specialist or service, the priority class (48 h, 7 days, scheduled, advice
only), the clinical question, and documents of the patient to send with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import documents, referrals
from app.services.coordination.referrals import ReferralInput
from app.services.directory import resources
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded, set_invalid
from app.ui.coordination.directory_texts import kind_labels
from app.ui.patients.picker import PatientPicker

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def create_with_attachments(ctx, patient_id: int, data: ReferralInput, document_ids: list[int]) -> int:
    """Create the referral, then attach a copy of each chosen document of the patient to it. Returns its id."""
    referral_id = referrals.create_referral(ctx, patient_id, data)
    for document_id in document_ids:
        doc = documents.open_document(ctx, document_id)
        documents.add_document(ctx, patient_id, title=doc.row.title, filename=doc.row.filename, content=doc.content,
                               referral_id=referral_id)
    return referral_id


class ReferralForm(QDialog):
    sig_saved = Signal(int)
    """The referral was created: its id."""

    def __init__(self, session: AppSession, patient_id: int | None = None, patient_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New referral"))
        self.banner = ErrorBanner(self)
        self.patient = PatientPicker(session, self)
        self.patient.sig_chosen.connect(self._load_documents)
        self.resource_rows: dict = {}
        self.resource = QComboBox(self)
        self.resource.addItem(self.tr("(not from the directory)"), None)
        self.resource.currentIndexChanged.connect(self._resource_chosen)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("e.g. Dr Weber, cardiologist — Hôpital de la Tour"))
        self.specialty = QLineEdit(self)
        self.priority = choice_combo([("p1_48h", self.tr("Within 48 h")), ("p2_7d", self.tr("Within 7 days")),
                                      ("p3_scheduled", self.tr("Scheduled")), ("advice", self.tr("Advice only"))],
                                     self)
        self.priority.setCurrentIndex(1)
        self.question = QPlainTextEdit(self)
        self.question.setPlaceholderText(self.tr("The clinical question for the specialist"))
        self.question.setFixedHeight(90)
        self.requested_on = QLineEdit(format_date(date.today()), self)
        self.requested_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.documents = QStandardItemModel(self)
        self.document_view = QListView(self)
        self.document_view.setModel(self.documents)
        self.document_view.setFixedHeight(90)
        self.no_documents = QLabel(self.tr("Choose a patient to see their documents."), self)
        self.no_documents.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Patient"), self.patient), (self.tr("From the directory"), self.resource),
                              (self.tr("To (specialist or service)"), self.recipient),
                              (self.tr("Specialty"), self.specialty), (self.tr("Priority"), self.priority),
                              (self.tr("Clinical question"), self.question),
                              (self.tr("Requested on"), self.requested_on),
                              (self.tr("Attach documents"), self.document_view), ("", self.no_documents)):
            form.addRow(label, widget)
        self.fields = {"patient_id": self.patient.field, "recipient": self.recipient, "specialty": self.specialty,
                       "priority": self.priority, "clinical_question": self.question,
                       "requested_on": self.requested_on, "content": self.document_view,
                       "directory_resource_id": self.resource}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        ctx = session.ctx
        background.run(lambda: resources.list_resources(ctx), guarded(self, self._show_resources),
                       guarded(self, self._failed))
        if patient_id is not None:
            self.patient.set_patient(patient_id, patient_name)
            self.patient.field.hide()
            self._load_documents(patient_id)

    def _show_resources(self, rows) -> None:
        kinds = kind_labels()
        for r in rows:
            self.resource.addItem(f"{r.name} — {kinds.get(r.kind, r.kind)}", r.id)
        self.resource_rows = {r.id: r for r in rows}

    def _resource_chosen(self) -> None:
        """A resource of the directory fills the recipient (the user may still change the text)."""
        row = self.resource_rows.get(self.resource.currentData())
        if row is not None:
            self.recipient.setText(row.name[:200])

    def _load_documents(self, patient_id: int) -> None:
        self.documents.clear()
        if not self.session.can("document.read"):
            self.no_documents.setText(self.tr("Your role does not give access to the documents."))
            return
        ctx = self.session.ctx
        background.run(lambda: documents.list_documents(ctx, patient_id),
                       guarded(self, lambda rows: self._show_documents(patient_id, rows)),
                       guarded(self, self._failed))

    def _show_documents(self, patient_id: int, rows) -> None:
        if patient_id != self.patient.patient_id:
            return                            # the user chose another patient meanwhile
        self.documents.clear()
        for r in rows:
            item = QStandardItem(f"{r.title} — {r.filename} ({format_date(r.added_at.date())})")
            item.setData(r.id, DOCUMENT_ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.documents.appendRow(item)
        self.no_documents.setText("" if rows else self.tr("This patient has no documents."))
        self.no_documents.setVisible(not rows)

    def chosen_documents(self) -> list[int]:
        return [self.documents.item(i).data(DOCUMENT_ID_ROLE) for i in range(self.documents.rowCount())
                if self.documents.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> ReferralInput:
        return ReferralInput(recipient=self.recipient.text(), specialty=self.specialty.text(),
                             priority=combo_value(self.priority), clinical_question=self.question.toPlainText(),
                             requested_on=self.requested_on.text().strip() or None,
                             directory_resource_id=self.resource.currentData())

    def save(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.banner.clear()
        ctx, patient_id, data, docs = self.session.ctx, self.patient.patient_id, self.values(), self.chosen_documents()
        self.setEnabled(False)

        def done(referral_id: int) -> None:
            self.setEnabled(True)
            self.sig_saved.emit(referral_id)
            self.accept()
        background.run(lambda: create_with_attachments(ctx, patient_id, data, docs), guarded(self, done),
                       guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
