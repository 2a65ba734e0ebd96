"""The FHIR R4 patient summary on screen: export from a chart, import from the File menu with a preview.

The import dialog reads and checks the bundle off the UI thread and shows every difference with the local record
(patient found or new, identity differences kept as they are, new allergies, problems, medications, values);
nothing is written until the user presses Import. A refused bundle shows its coded message and cannot be imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import summary_export, summary_import, summary_read
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe, field_label
from app.ui.common.form_helpers import ErrorBanner, guarded


class FhirImportDialog(QDialog):
    """Preview, then import, the FHIR patient summary in ``path``."""

    sig_imported = Signal(int)
    """The summary was imported: the patient's id (to open the chart)."""

    def __init__(self, session: AppSession, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.path, self.preview = session, path, None
        self.setWindowTitle(self.tr("Import a FHIR patient summary"))
        self.banner = ErrorBanner(self)
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", path), self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.summary, self.details, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 420)
        ctx = session.ctx
        background.run(lambda: summary_import.preview_import(ctx, summary_read.read_file(path)),
                       guarded(self, self._show), guarded(self, self._failed))

    def _show(self, preview: summary_import.ImportPreview) -> None:
        self.preview = preview
        if preview.new_patient:
            self.summary.setText(self.tr("%1: not in the register, a new patient will be created.")
                                 .replace("%1", preview.patient_name))
        else:
            self.summary.setText(self.tr("%1: found in the register (%2).").replace("%1", preview.patient_name)
                                 .replace("%2", self._matched(preview.matched_by)))
        lines = [self.tr("Identity differs, kept as recorded: %1 — here %2, in the file %3")
                 .replace("%1", field_label(name)).replace("%2", local or "—").replace("%3", incoming)
                 for name, local, incoming in preview.identity_differences]
        for p in preview.new_problems:
            text = self.tr("New allergy: %1") if p.kind == "allergy" else self.tr("New problem: %1")
            lines.append(text.replace("%1", f"{p.label} ({p.code})" if p.code else p.label))
        lines += [self.tr("New medication: %1").replace("%1", m.product_name or m.substances)
                  for m in preview.new_medications]
        lines += [self.tr("New value: %1 = %2 on %3").replace("%1", code).replace("%2", f"{value:g}")
                  .replace("%3", day) for code, value, day in preview.new_values]
        if preview.care_plan_resources:
            lines.append(self.tr("The file also holds a care plan; it is not imported."))
        if not preview.changes:
            lines.append(self.tr("Nothing to import: the record already holds everything in the file."))
        self.details.setPlainText("\n".join(lines))
        self.import_button.setEnabled(preview.changes > 0 and not self.session.locked)

    def _matched(self, how: str | None) -> str:
        return {"ins": self.tr("by INS"), "avs": self.tr("by AVS number"),
                "name_birth_date": self.tr("by name and birth date")}.get(how or "", how or "")

    def _failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("This file cannot be imported; nothing was stored."))
        self.banner.show_message(describe(exc))

    def apply(self) -> None:
        """Write what the preview shows (one transaction in the service)."""
        if self.preview is None or not self.preview.changes:
            return
        self.import_button.setEnabled(False)
        ctx, path = self.session.ctx, self.path
        background.run(lambda: summary_import.apply_import(ctx, summary_read.read_file(path)),
                       guarded(self, self._imported), guarded(self, self._failed))

    def _imported(self, done: summary_import.ImportPreview) -> None:
        self.sig_imported.emit(done.patient_id)
        self.accept()


def choose_and_import(parent: QWidget, session: AppSession) -> FhirImportDialog | None:
    """File → Import FHIR summary…: choose a file, then show its preview dialog."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("FhirSummary", "Import a FHIR patient summary"), "",
                                          QCoreApplication.translate("FhirSummary", "FHIR bundle (*.json)"))
    if not path:
        return None
    dialog = FhirImportDialog(session, path, parent)
    dialog.open()
    return dialog


def choose_and_export(parent: QWidget, session: AppSession, patient_id: int, on_failed) -> None:
    """Save the patient's FHIR summary to a file the user chooses (an audited export)."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FhirSummary", "Export the FHIR patient summary"),
                                          QCoreApplication.translate("FhirSummary", "fhir-summary.json"),
                                          QCoreApplication.translate("FhirSummary", "FHIR bundle (*.json)"))
    if not path:
        return
    ctx = session.ctx
    save_document(parent, lambda: summary_export.export_summary_json(ctx, patient_id), path, None, on_failed)
