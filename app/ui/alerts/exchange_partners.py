"""Exchange partners: this installation's card (its fingerprint, saved as JSON or printed), the watched folder for
incoming packages, and the partner installations (added from their card once the fingerprint was compared, or
revoked). A package received by hand is imported from here too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import peer_card_pdf, peer_identity, peer_import, peer_package
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel


def mono(size_delta: int = 0) -> QFont:
    """The fixed-width font a fingerprint is shown in (blocks line up with the printed card)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + size_delta)
    return font


class CardCompareDialog(QDialog):
    """The comparison step: the card's fingerprint beside a field for the one read on the partner's printed card;
    the partner is added only when both are the same."""

    def __init__(self, session: AppSession, data: bytes, preview: peer_identity.CardPreview,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.data = session, data
        self.setWindowTitle(self.tr("Add an exchange partner"))
        self.banner = ErrorBanner(self)
        name = QLabel(preview.practice_name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        shown = QLabel(preview.fingerprint, self)
        shown.setFont(mono(2))
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QLabel(self.tr("Compare this fingerprint with the one printed on the card the partner handed you "
                             "(or read it aloud together on the phone), then type the printed one below. The "
                             "partner is added only if both are the same."), self)
        how.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setFont(mono())
        self.typed.setPlaceholderText(self.tr("Fingerprint as printed on the partner's card"))
        known = QLabel(self.tr("This installation is already on your list (%1).").replace(
            "%1", status_text(preview.known_as)) if preview.known_as else "", self)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add the partner"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(name)
        layout.addWidget(QLabel(self.tr("Exchange identity: %1").replace("%1", preview.identity_id), self))
        layout.addWidget(QLabel(self.tr("Fingerprint of the imported card:"), self))
        layout.addWidget(shown)
        layout.addWidget(how)
        layout.addWidget(self.typed)
        layout.addWidget(known)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner, {"fingerprint": self.typed})
        self.resize(620, 320)

    def add(self) -> None:
        ctx, data, typed = self.session.ctx, self.data, self.typed.text()
        self.operation.run(lambda: peer_identity.add_partner(ctx, data, typed), lambda _id: self.accept())


def status_text(status: str | None) -> str:
    """A partner's status in the user's language."""
    return {"active": QCoreApplication.translate("ExchangePartners", "active"),
            "revoked": QCoreApplication.translate("ExchangePartners", "revoked")}.get(status or "", status or "")


class ExchangePartnersDialog(QDialog):
    """Our card, the watched folder and the partners."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.identity: peer_identity.IdentityRow | None = None
        self.setWindowTitle(self.tr("Exchange partners (Cordée to Cordée)"))
        self.banner = ErrorBanner(self)
        self.practice = QLabel(self)
        self.practice.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(mono(1))
        self.fingerprint.setWordWrap(True)
        self.save_json = QPushButton(self.tr("Save the card (JSON)…"), self)
        self.save_pdf = QPushButton(self.tr("Print the card (PDF)…"), self)
        self.save_json.clicked.connect(lambda: self.save_card("json"))
        self.save_pdf.clicked.connect(lambda: self.save_card("pdf"))
        card_box = QGroupBox(self.tr("This practice's exchange card"), self)
        card_layout = QVBoxLayout(card_box)
        card_layout.addWidget(self.practice)
        card_layout.addWidget(QLabel(self.tr("Fingerprint (partners compare it with the printed card):"), card_box))
        card_layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.save_json)
        row.addWidget(self.save_pdf)
        row.addStretch(1)
        card_layout.addLayout(row)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("No watched folder"))
        self.choose_folder = QPushButton(self.tr("Choose…"), self)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.save_folder = QPushButton(self.tr("Save the folder"), self)
        self.save_folder.clicked.connect(self.set_folder)
        folder_box = QGroupBox(self.tr("Watched folder for incoming packages (USB key, shared folder)"), self)
        folder_row = QHBoxLayout(folder_box)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_row.addWidget(self.save_folder)
        self.model = RowsTableModel([
            (self.tr("Partner"), lambda r: r.practice_name),
            (self.tr("Fingerprint"), lambda r: r.fingerprint),
            (self.tr("Status"), lambda r: status_text(r.status)),
            (self.tr("Added"), lambda r: dates.stamp(r.added))], self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Exchange partners"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add a partner from their card…"), self)
        self.revoke_button = QPushButton(self.tr("Revoke"), self)
        self.import_button = QPushButton(self.tr("Import a package…"), self)
        self.add_button.clicked.connect(self.add_partner)
        self.revoke_button.clicked.connect(self.revoke)
        self.import_button.clicked.connect(self.import_package)
        for button in (self.save_folder, self.choose_folder, self.add_button, self.revoke_button):
            guard(button, session, "exchange.partner")
        self.folder.setReadOnly(not session.can("exchange.partner"))
        guard(self.import_button, session, "exchange.receive")
        actions = QHBoxLayout()
        for button in (self.add_button, self.revoke_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(card_box)
        layout.addWidget(folder_box)
        layout.addWidget(QLabel(self.tr("Partner installations"), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner, {"incoming_folder": self.folder})
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.resize(980, 620)
        self.reload()

    def reload(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: (peer_identity.identity(ctx), peer_identity.partners(ctx)), guarded(self, self._loaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, result) -> None:
        self.identity, rows = result
        self.practice.setText(self.identity.practice_name)
        self.fingerprint.setText(self.identity.fingerprint)
        self.folder.setText(self.identity.incoming_folder or "")
        self.model.set_rows(rows)
        self._selection_changed()

    def current(self):
        return self.model.row_at(self.view.currentIndex())

    def _selection_changed(self) -> None:
        row = self.current()
        guard(self.revoke_button, self.session, "exchange.partner", enabled=row is not None and row.status == "active")

    def save_card(self, kind: str) -> None:
        caption = self.tr("Save the exchange card") if kind == "json" else self.tr("Print the exchange card")
        filters = self.tr("Exchange card (*.json)") if kind == "json" else self.tr("PDF document (*.pdf)")
        path, _f = QFileDialog.getSaveFileName(self, caption, f"cordee-card.{kind}", filters)
        if not path:
            return
        ctx, lang = self.session.ctx, i18n.current()
        render = (lambda: peer_identity.card_json(ctx)) if kind == "json" else (
            lambda: peer_card_pdf.card_pdf(ctx, lang))
        save_document(self, render, path, lambda saved: self.banner.show_message(
            self.tr("Saved: %1").replace("%1", saved)), lambda exc: self.banner.show_message(describe(exc)))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watched folder for incoming packages"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def set_folder(self) -> None:
        if self.identity is None:
            return
        ctx, value, version = self.session.ctx, self.folder.text(), self.identity.version
        self.operation.run(lambda: peer_identity.set_incoming_folder(ctx, value or None, version),
                           lambda _v: self.reload())

    def add_partner(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("The partner's exchange card"), "",
                                               self.tr("Exchange card (*.json)"))
        if path:
            self.open_card(path)

    def open_card(self, path: str) -> None:
        """The comparison step for the card at ``path`` (read and checked off the UI thread)."""
        ctx = self.session.ctx

        def job():
            data = read_small(path, peer_identity.MAX_CARD_BYTES)
            return data, peer_identity.preview_card(ctx, data)
        self.operation.run(job, self._compare)

    def _compare(self, result) -> CardCompareDialog:
        data, preview = result
        dialog = CardCompareDialog(self.session, data, preview, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.compare_dialog = dialog
        return dialog

    def revoke(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Revoke %1? Its packages will be refused from now on.").replace("%1", row.practice_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke_now(row)

    def revoke_now(self, row) -> None:
        ctx = self.session.ctx
        self.operation.run(lambda: peer_identity.revoke_partner(ctx, row.id, row.version), lambda _v: self.reload())

    def import_package(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("A package from a partner"), "",
                                               self.tr("Cordée or IHE XDM package (*.zip *.ZIP)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import the package at ``path``: the alert into the inbox, or the answer into its thread."""
        ctx, limit = self.session.ctx, peer_package.MAX_PACKAGE_BYTES + 1
        self.operation.run(lambda: peer_import.apply_package(ctx, read_small(path, limit)), self._imported)

    def _imported(self, done) -> None:
        text = (self.tr("Alert from %1 imported into the inbox (patient %2).") if done.kind == "alert" else
                self.tr("Answer from %1 added to the alert's thread (patient %2)."))
        self.banner.show_message(text.replace("%1", done.partner).replace("%2", done.patient_name))


def read_small(path: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a file the user chose (a file that cannot be read: a coded error)."""
    from app.services.exchange import xdm_read  # its checked file reader

    data = xdm_read.read_file(Path(path), "card_file" if limit < 1024 * 1024 else "package_file")
    return data[:limit]
