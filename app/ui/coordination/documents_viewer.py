"""Shows a stored document inside the program: images and text directly. This build has no PDF renderer
(QtPdf), so a PDF is written to a private temporary file and opened outside Cordée only when the user asks,
after a warning that a readable copy will exist on this computer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination.documents import DocumentContent


class DocumentViewer(QDialog):
    def __init__(self, doc: DocumentContent, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(doc.row.title)
        layout = QVBoxLayout(self)
        kind = doc.row.media_type
        if kind.startswith("image/"):
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(QImage.fromData(doc.content)))
            scroll = QScrollArea(self)
            scroll.setWidget(label)
            layout.addWidget(scroll, 1)
        elif kind == "text/plain":
            text = QPlainTextEdit(doc.content.decode("utf-8"), self)
            text.setReadOnly(True)
            layout.addWidget(text, 1)
        else:
            note = QLabel(self.tr("This PDF cannot be shown inside Cordée on this computer. You can open it in "
                                  "your PDF reader: a readable copy is then written to a private temporary folder "
                                  "and stays there until the computer cleans it."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            self.open_outside = QPushButton(self.tr("Open outside Cordée…"), self)
            self.open_outside.clicked.connect(self.confirm_open_outside)
            layout.addWidget(self.open_outside)
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def confirm_open_outside(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Readable copy on this computer"),
                          self.tr("A readable (unencrypted) copy of this document will be written to a private "
                                  "temporary folder. Continue?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.open_copy)   # Yes (YesRole) accepts; No rejects
        box.open()

    def open_copy(self) -> Path:
        """Write the private copy (0600 in a 0700 folder) and hand it to the system's viewer."""
        folder = Path(tempfile.mkdtemp(prefix="cordee-doc-"))
        path = folder / self.doc.row.filename
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(self.doc.content)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
