"""The directory of local resources and pathways: search and filter by kind, each resource's contacts, hours,
eligibility and pathway steps; the coordinator, physicians and administrator add and change resources, and share
the directory with the CPTS's other practices as a CSV file (export, import after a preview) or as a Cordée package
for a partner installation (``directory_exchange``: sent signed and encrypted, imported after a preview that shows
the conflicts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import directory_csv, resources
from app.services.storage.atomic import check_export_path, write_export
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.code_labels import pool_label
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.directory_exchange import DirectoryImportDialog, DirectorySendDialog, preview_file
from app.ui.coordination.directory_form import ResourceForm
from app.ui.coordination.directory_texts import kind_labels


def _escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class DirectoryWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form: ResourceForm | None = None
        self.send_dialog: DirectorySendDialog | None = None
        self.package_dialog: DirectoryImportDialog | None = None
        self.setWindowTitle(self.tr("Directory of local resources"))
        kinds = kind_labels()
        self.banner = ErrorBanner(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, contact, address, eligibility…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in kinds.items():
            self.kind.addItem(label, code)
        self.kind.currentIndexChanged.connect(self.reload)
        self.inactive = QCheckBox(self.tr("Show inactive"), self)
        self.inactive.toggled.connect(self.reload)
        self.model = RowsTableModel([
            (self.tr("Name"), lambda r: r.name), (self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            (self.tr("Telephone"), lambda r: r.phone), (self.tr("Opening hours"), lambda r: r.opening_hours),
            (self.tr("Pathways"), lambda r: str(r.pathway_count) if r.pathway_count else ""),
            (self.tr("Active"), lambda r: "" if r.active else self.tr("inactive"))], parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.activated.connect(lambda _i: self.open_selected())
        self.model.modelReset.connect(self._fit_columns)
        self.detail = QTextBrowser(self)
        self.detail.setOpenExternalLinks(False)
        self.new_button = QPushButton(self.tr("New resource…"), self)
        guard(self.new_button, session, "directory.edit")
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        guard(self.import_button, session, "directory.edit")
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.send_button = QPushButton(self.tr("Send to a partner…"), self)
        guard(self.send_button, session, "exchange.card")
        self.send_button.clicked.connect(lambda: self.send_to_partner())
        self.receive_button = QPushButton(self.tr("Import a partner's package…"), self)
        guard(self.receive_button, session, "directory.edit")
        self.receive_button.clicked.connect(lambda: self.import_package())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search"), self))
        top.addWidget(self.search, 2)
        top.addWidget(self.kind, 1)
        top.addWidget(self.inactive)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button):
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)
        for b in (self.export_button, self.import_button, self.send_button, self.receive_button):
            buttons.addWidget(b)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.resize(1100, 560)
        session.sig_changed.connect(lambda topic, _p: self.reload() if topic == "directory.changed" else None)
        self.search.setFocus()
        self.reload()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def reload(self) -> None:
        ctx, text, kind, inactive = (self.session.ctx, self.search.text(), self.kind.currentData(),
                                     self.inactive.isChecked())
        background.run(lambda: resources.list_resources(ctx, search=text, kind=kind, include_inactive=inactive),
                       guarded(self, self.model.set_rows), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def _show_selected(self) -> None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            self.detail.clear()
            return
        ctx = self.session.ctx
        background.run(lambda: resources.open_resource(ctx, row.id), guarded(self, self._show_detail),
                       guarded(self, self._failed))

    def _show_detail(self, detail) -> None:
        r = detail.row
        parts = [f"<h3>{_escape(r.name)}</h3><p><i>{_escape(kind_labels().get(r.kind, r.kind))}</i></p>"]
        for label, value in ((self.tr("Contact person"), r.contact_person), (self.tr("Telephone"), r.phone),
                             (self.tr("E-mail"), r.email), (self.tr("Address"), r.address),
                             (self.tr("Opening hours"), r.opening_hours), (self.tr("Eligibility"), r.eligibility)):
            if value:
                parts.append(f"<p><b>{_escape(label)}</b><br>{_escape(value)}</p>")
        for p in detail.pathways:
            steps = "".join("<li>{}</li>".format(_escape(self.tr("{label} — {who}, day {day}").format(
                label=s.label, who=pool_label(s.pool_role), day=s.delay_days))) for s in p.steps)
            title = _escape(self.tr("Pathway: {name}").format(name=p.name))
            parts.append(f"<p><b>{title}</b></p><ol>{steps}</ol>")
        self.detail.setHtml("".join(parts))

    def open_selected(self) -> None:
        row = self.model.row_at(self.view.currentIndex())
        if row is not None:
            self.open_form(row.id)

    def open_form(self, resource_id: int | None) -> None:
        self.form = ResourceForm(self.session, resource_id, self)   # kept for tests; deleted when closed
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.sig_saved.connect(lambda _id: (self.reload(), self._show_selected()))
        self.form.open()

    def export_csv(self, path: str | None = None) -> None:
        """Write the directory to a CSV file (``path`` given by tests, else asked)."""
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the directory"), self.tr("directory.csv"),
                                                   self.tr("CSV files (*.csv)"))
        if not path:
            return
        self.banner.clear()
        self.status.clear()
        ctx = self.session.ctx

        def run() -> str:
            out = check_export_path(Path(path), "out_path")
            write_export(out, directory_csv.export_csv(ctx), "out_path")
            return str(out)
        background.run(run, guarded(self, lambda out: self.status.setText(
            self.tr("The directory was written to {path}.").format(path=out))), guarded(self, self._failed))

    def import_csv(self, path: str | None = None, *, confirm=None) -> None:
        """Read a directory CSV file, show what it adds and updates, and import it when the user agrees
        (``confirm`` replaces the question in tests)."""
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a directory"), "",
                                                   self.tr("CSV files (*.csv)"))
        if not path:
            return
        self.banner.clear()
        self.status.clear()
        ctx = self.session.ctx

        def read():
            parsed = directory_csv.parse_csv(directory_csv.read_file(path))
            return parsed, directory_csv.plan_import(ctx, parsed)

        def planned(result) -> None:
            parsed, plan = result
            text = self.tr("Resources to add: {ra}\nResources to update: {ru}\nPathways to add: {pa}\n"
                           "Pathways to update: {pu}\nUnchanged: {un}").format(
                ra=len(plan.resources_added), ru=len(plan.resources_updated), pa=len(plan.pathways_added),
                pu=len(plan.pathways_updated), un=plan.unchanged)
            names = [*plan.resources_added, *plan.resources_updated][:12]
            if names:
                text += "\n\n" + "\n".join(names)
            agreed = confirm(text) if confirm else QMessageBox.question(
                self, self.tr("Import a directory"), text) == QMessageBox.StandardButton.Yes
            if agreed:
                background.run(lambda: directory_csv.apply_import(ctx, parsed), guarded(self, lambda _p: (
                    self.status.setText(self.tr("The directory file was imported.")), self.reload())),
                    guarded(self, self._failed))
        background.run(read, guarded(self, planned), guarded(self, self._failed))

    def send_to_partner(self) -> DirectorySendDialog:
        """The dialog that sends the directory (or resources ticked) to a partner as a package."""
        self.banner.clear()
        self.status.clear()
        dialog = DirectorySendDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda path: self.status.setText(
            self.tr("The package was written to {path}: hand it to the partner.").format(path=path)))
        dialog.open()
        self.send_dialog = dialog      # kept for tests
        return dialog

    def import_package(self, path: str | None = None) -> None:
        """Read a partner's directory package (``path`` given by tests, else asked) and show what it would do."""
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a partner's package"), "",
                                                   self.tr("Cordée package (*.zip)"))
        if not path:
            return
        self.banner.clear()
        self.status.clear()
        self.package_dialog = None
        session = self.session
        background.run(lambda: preview_file(session, path), guarded(self, self._show_package),
                       guarded(self, self._failed))

    def _show_package(self, result) -> DirectoryImportDialog:
        path, preview = result
        dialog = DirectoryImportDialog(self.session, path, preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_imported.connect(self._imported)
        dialog.open()
        self.package_dialog = dialog   # kept for tests
        return dialog

    def _imported(self, done) -> None:
        self.status.setText(self.tr("Package from {partner} imported: {written} records written, {kept} conflicts "
                                    "kept as they are here.").format(
            partner=done.partner, written=done.changes, kept=len(done.of("conflict")) - len(done.taken)))
        self.reload()
