"""The directory shared with a partner practice of the CPTS as a Cordée package: sending all or ticked resources
(signed, and encrypted for the partner), and a received package previewed before anything is stored — what it adds
and updates, what was changed here and is kept, and each conflict with its differences, whose partner's version is
taken only when ticked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import resources
from app.services.exchange import peer_directory, peer_identity, peer_package, xdm_read
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.code_labels import pool_label
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.directory_texts import field_label, kind_labels

_RESOURCE = Qt.ItemDataRole.UserRole


def action_label(action: str) -> str:
    """What the import does with a record, in the user's language."""
    return {"add": QCoreApplication.translate("DirectoryExchange", "new"),
            "update": QCoreApplication.translate("DirectoryExchange", "updated"),
            "conflict": QCoreApplication.translate("DirectoryExchange", "conflict"),
            "kept": QCoreApplication.translate("DirectoryExchange", "changed here, kept"),
            "same": QCoreApplication.translate("DirectoryExchange", "unchanged")}.get(action, action)


def _escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class DirectorySendDialog(QDialog):
    """The whole directory, or the resources ticked, to a partner: saved as a package to hand over."""

    sig_saved = Signal(str)
    """The package was written (its path)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Send the directory to a partner"))
        self.banner = ErrorBanner(self)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.everything = QRadioButton(self.tr("The whole directory, with its pathways"), self)
        self.ticked = QRadioButton(self.tr("The resources ticked below, with their pathways"), self)
        self.everything.setChecked(True)
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Resources to send"))
        self.choices.setEnabled(False)
        self.ticked.toggled.connect(self.choices.setEnabled)
        self.encrypt = QCheckBox(self.tr("Encrypt for the partner (needed outside a secure-mail space: USB key, "
                                         "shared folder)"), self)
        self.encrypt.setChecked(True)
        self.note = QLabel(self.tr("The directory holds no patient data. The partner sees what the package adds and "
                                   "changes before importing it; edits made there are never overwritten without "
                                   "being asked."), self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save the package…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Send to:"), self))
        layout.addWidget(self.partner)
        layout.addWidget(self.everything)
        layout.addWidget(self.ticked)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(640, 560)
        ctx = session.ctx
        background.run(lambda: (peer_identity.partners(ctx), resources.list_resources(ctx, include_inactive=True)),
                       guarded(self, self._loaded), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, result) -> None:
        partners, rows = result
        for p in partners:
            if p.status == "active":
                self.partner.addItem(p.practice_name, p.id)
        kinds, inactive = kind_labels(), self.tr("inactive")
        for r in rows:
            text = f"{r.name} — {kinds.get(r.kind, r.kind)}" + ("" if r.active else f" ({inactive})")
            item = QListWidgetItem(text)
            item.setData(_RESOURCE, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.everything.setText(self.tr("The whole directory, with its pathways (%n resources)", "", len(rows)))
        if not self.partner.count():
            self.banner.show_message(self.tr("No exchange partner yet: the administrator adds partners from their "
                                             "card (Administration → Exchange partners)."))
        self.save_button.setEnabled(bool(self.partner.count() and rows))

    def resource_ids(self) -> list[int] | None:
        """The resources to send (None: the whole directory)."""
        if self.everything.isChecked():
            return None
        return [self.choices.item(i).data(_RESOURCE) for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked]

    def choose_file(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the package"), self.tr("directory-package.zip"),
                                               self.tr("Cordée package (*.zip)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Make the package off the UI thread and write it to ``path``."""
        self.banner.clear()
        ctx, partner, ids, encrypt = (self.session.ctx, self.partner.currentData(), self.resource_ids(),
                                      self.encrypt.isChecked())
        save_document(self, lambda: peer_directory.export_package(ctx, partner, ids, encrypt=encrypt), path,
                      self._saved, lambda exc: self.banner.show_message(describe(exc)))

    def _saved(self, path: str) -> None:
        self.sig_saved.emit(path)
        self.accept()


class ChangesModel(RowsTableModel):
    """The records of a package, one per row; a conflict whose partner's version can be taken has a box to tick
    in its first column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([
            (QCoreApplication.translate("DirectoryExchange", "Take theirs"), lambda c: ""),
            (QCoreApplication.translate("DirectoryExchange", "What the import does"), lambda c: action_label(c.action)),
            (QCoreApplication.translate("DirectoryExchange", "Record"), lambda c: (
                QCoreApplication.translate("DirectoryExchange", "resource") if c.is_resource else
                QCoreApplication.translate("DirectoryExchange", "pathway"))),
            (QCoreApplication.translate("DirectoryExchange", "Name"), lambda c: c.name),
            (QCoreApplication.translate("DirectoryExchange", "Of the resource"), lambda c: (
                "" if c.is_resource else c.resource_name))], parent,
            highlight=lambda c: c.action == "conflict")
        self.taken: set[str] = set()

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        row = self.row_at(index)
        if index.column() == 0 and row is not None and row.action == "conflict" and row.can_take:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0 and row is not None and \
                row.action == "conflict" and row.can_take:
            return Qt.CheckState.Checked if row.external_id in self.taken else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index)
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or row is None or \
                not (row.action == "conflict" and row.can_take):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.taken.add(row.external_id)
        else:
            self.taken.discard(row.external_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class DirectoryImportDialog(QDialog):
    """A received directory package before it is imported: the counts, every record and what the import does with
    it, the differences of the record selected; conflicts keep this practice's version unless ticked."""

    sig_imported = Signal(object)
    """The package was imported (the ``peer_directory.DirectoryPreview`` of what was done)."""

    def __init__(self, session: AppSession, path: str, preview: peer_directory.DirectoryPreview,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.path, self.preview = session, path, preview
        self.setWindowTitle(self.tr("Directory entries from %1").replace("%1", preview.partner))
        self.banner = ErrorBanner(self)
        adds, updates, conflicts, kept = (len(preview.of(a)) for a in ("add", "update", "conflict", "kept"))
        summary = QLabel(self.tr("%1 — %2. New: %3; updated: %4; changed here and kept: %5; conflicts: %6; "
                                 "unchanged: %7.")
                         .replace("%1", preview.partner)
                         .replace("%2", self.tr("encrypted") if preview.encrypted else self.tr("signed"))
                         .replace("%3", str(adds)).replace("%4", str(updates)).replace("%5", str(kept))
                         .replace("%6", str(conflicts)).replace("%7", str(len(preview.of("same")))), self)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        how = QLabel(self.tr("A conflict is a record changed both here and by the partner since it was last shared "
                             "(or here before it was ever shared): this practice's version is kept unless you tick "
                             "“Take theirs”. Nothing is deleted."), self)
        how.setWordWrap(True)
        self.model = ChangesModel(self)
        self.model.set_rows(sorted(preview.items, key=lambda c: ("conflict", "add", "update", "kept", "same")
                                   .index(c.action)))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Records of the package"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Differences"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([300, 160])
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(bool(adds or updates or conflicts))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(summary)
        layout.addWidget(how)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.model.dataChanged.connect(lambda *_a: self._update_button())
        self.resize(980, 620)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 1))

    def _update_button(self) -> None:
        self.import_button.setEnabled(bool(self.preview.of("add") or self.preview.of("update") or
                                           self.preview.of("conflict")))

    def _show_selected(self) -> None:
        change = self.model.row_at(self.view.currentIndex())
        if change is None:
            self.detail.clear()
            return
        parts = [f"<p><b>{_escape(change.name)}</b> — {_escape(action_label(change.action))}</p>"]
        if change.action == "conflict" and not change.can_take:
            parts.append("<p>{}</p>".format(_escape(self.tr(
                "This pathway belongs to another resource here: it is kept as it is."))))
        if change.differences and change.action in ("update", "conflict", "kept"):
            rows = "".join(f"<tr><td><b>{_escape(self._field(d.field))}</b></td><td>{_escape(self._value(d))}</td>"
                           f"<td>{_escape(self._value(d, incoming=True))}</td></tr>" for d in change.differences)
            here, partner = _escape(self.tr("Here")), _escape(self.tr("Partner"))
            parts.append(f"<table cellspacing='6'><tr><th></th><th align='left'>{here}</th>"
                         f"<th align='left'>{partner}</th></tr>{rows}</table>")
        self.detail.setHtml("".join(parts))

    @staticmethod
    def _field(name: str) -> str:
        return field_label(name)

    def _value(self, d, incoming: bool = False) -> str:
        value = d.incoming if incoming else d.local
        if d.field == "active":
            return self.tr("active") if value == "1" else self.tr("inactive")
        if d.field == "kind":
            return kind_labels().get(value or "", value or "")
        if d.field == "steps":
            return "\n".join(_step_line(line) for line in (value or "").splitlines())
        return value or "—"

    def taken(self) -> list[str]:
        """The conflicts whose partner's version is ticked."""
        return sorted(self.model.taken)

    def apply(self) -> None:
        ctx, path, take = self.session.ctx, self.path, self.taken()
        self.operation.run(lambda: peer_directory.apply_package(ctx, read_package(path), take), self._done)

    def _done(self, done) -> None:
        self.sig_imported.emit(done)
        self.accept()


def _step_line(line: str) -> str:
    """A step as ``peer_directory`` writes it (``1. label (role, +days)``), with the role in words."""
    head, _sep, tail = line.rpartition(" (")
    role, _c, days = tail.rstrip(")").partition(", +")
    if not head or not days:
        return line
    return QCoreApplication.translate("DirectoryExchange", "%1 — %2, day %3").replace("%1", head).replace(
        "%2", pool_label(role)).replace("%3", days)


def read_package(path: str) -> bytes:
    """The package file's bytes (at most one byte more than a package may hold; unreadable: a coded error)."""
    return xdm_read.read_file(Path(path))[:peer_package.MAX_PACKAGE_BYTES + 1]


def preview_file(session: AppSession, path: str):
    """Read and check the package at ``path`` off the UI thread: (path, preview)."""
    ctx = session.ctx
    return path, peer_directory.preview_package(ctx, read_package(path))
