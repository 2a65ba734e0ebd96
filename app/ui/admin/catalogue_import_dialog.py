"""Administration → Drug catalogue import: a BDPM folder or a Swiss product list into the practice's catalogue.

The file is read and compared off the GUI thread; the preview says how many products would be added, changed and
left unchanged, and the import runs only when the user confirms it. A bad line shows file, line and column, and
nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.medications.catalogue import practice_import
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import guarded


class CatalogueImportDialog(QDialog):
    """Source, path, Preview, then Import on confirmation."""

    sig_imported = Signal(object)
    """Products were imported; carries the ImportPreview of what changed."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = None
        self.setWindowTitle(self.tr("Drug catalogue import"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Add the products of the French public drug database (BDPM) or of a Swiss product "
                               "list to the practice's catalogue. The file is checked whole first: a bad line stops "
                               "the import and nothing is stored. Products already imported from the same source "
                               "are updated."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.addItem(self.tr("BDPM folder (France)"), "bdpm")
        self.source.addItem(self.tr("Swiss product list (CSV)"), "swiss")
        self.source.currentIndexChanged.connect(self._source_changed)
        form.addRow(self.tr("Source"), self.source)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.textChanged.connect(self._forget_preview)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        form.addRow(self.tr("Folder or file"), row)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.run_preview)
        layout.addWidget(self.preview_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._source_changed()
        self.resize(640, 380)

    def _source_changed(self) -> None:
        if self.source.currentData() == "bdpm":
            self.hint.setText(self.tr("The folder holds CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a "
                                      "CIP13 → ATC mapping (cip13;atc, a file whose name contains \"atc\")."))
        else:
            self.hint.setText(self.tr("A CSV file with a header line naming the product, GTIN and ATC columns "
                                      "(separated by ; or ,)."))
        self._forget_preview()

    def _choose(self) -> None:
        if self.source.currentData() == "bdpm":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("BDPM folder"), self.path.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Swiss product list"), self.path.text(),
                                                    self.tr("CSV files (*.csv *.txt)"))
        if chosen:
            self.path.setText(chosen)

    def _forget_preview(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.message.clear()

    def _busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.source, self.path, self.choose):
            widget.setEnabled(not busy)

    def run_preview(self) -> None:
        """Read and compare the file on the database worker; nothing is stored."""
        path = self.path.text().strip()
        if not path:
            self.message.setText(self.tr("Choose the folder or the file to import."))
            return
        ctx, source = self.session.ctx, self.source.currentData()
        self._forget_preview()
        self._busy(True)
        self.message.setText(self.tr("Reading and checking the file…"))
        background.run(lambda: practice_import.preview_import(ctx, source, path), guarded(self, self._previewed),
                       guarded(self, self._failed))

    def _previewed(self, preview) -> None:
        self._busy(False)
        self.preview = preview
        lines = [self.tr("%n product(s) read:", "", preview.rows),
                 self.tr("%n to add", "", preview.added), self.tr("%n to update", "", preview.changed),
                 self.tr("%n unchanged", "", preview.unchanged)]
        if preview.without_atc:
            lines.append(self.tr("%n without ATC code (found by name only)", "", preview.without_atc))
        text = "\n".join(lines)
        if preview.examples_added:
            text += "\n\n" + self.tr("For example: %1").replace("%1", "; ".join(preview.examples_added))
        if preview.added or preview.changed:
            text += "\n\n" + self.tr("Import these products into the practice's catalogue?")
        else:
            text += "\n\n" + self.tr("The catalogue already holds these products: nothing to import.")
        self.message.setText(text)
        self.import_button.setEnabled(bool(preview.added or preview.changed))

    def run_import(self) -> None:
        """Import what the preview showed (the file is read again, all or nothing)."""
        if self.preview is None:
            return
        ctx, source, path = self.session.ctx, self.preview.source, self.preview.path
        self.import_button.setEnabled(False)
        self._busy(True)
        self.message.setText(self.tr("Importing…"))
        background.run(lambda: practice_import.import_catalogue(ctx, source, path), guarded(self, self._imported),
                       guarded(self, self._failed))

    def _imported(self, done) -> None:
        self._busy(False)
        self.preview = None
        self.message.setText(self.tr("Imported: %1 added, %2 updated.").replace("%1", str(done.added))
                             .replace("%2", str(done.changed)))
        self.sig_imported.emit(done)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.message.setText(self.tr("Nothing was imported. %1").replace("%1", describe(exc)))
