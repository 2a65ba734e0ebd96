"""A package received by secure mail (MSSanté, HIN mail), looked at before anything is stored: an IHE XDM package
shows its submission set (title, when, who sent it, from which institution and system), the patient as the package
names them beside the patient of this practice it was matched to, and its documents (type, date, author,
institution, size; a hospital letter records a hospital stay); the user attaches the documents or refuses the
package (the refusal is audited, nothing is attached). A package from a partner Cordée (its message inside the
XDM, or alone) shows the alert or answer it carries, imported into the inbox or its thread when accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import CordeeError
from app.services.exchange import peer_import, peer_package, xdm_import, xdm_read
from app.ui.common import dates
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner
from app.ui.common.operations import FormOperation
from app.ui.common.rows_model import RowsTableModel


def _size(n: int) -> str:
    return QCoreApplication.translate("ReceivedPackage", "%1 kB").replace("%1", f"{max(1, round(n / 1024))}")


def _sex(code: str | None) -> str:
    return {"F": QCoreApplication.translate("ReceivedPackage", "female"),
            "M": QCoreApplication.translate("ReceivedPackage", "male")}.get(code or "", code or "—")


def read_any(ctx, path: str) -> dict:
    """The package at ``path`` read and checked off the UI thread: ``{"data", "kind"}`` and, for an XDM package,
    ``"xdm"`` (the import's preview), for a partner's package ``"peer"`` (its preview) and ``"submission"`` when the
    message came inside an XDM package. Refusals are the services' coded errors."""
    data = xdm_read.read_file(Path(path))
    if data and not peer_package.is_peer_package(data):
        return {"data": data, "kind": "xdm", "xdm": xdm_import.preview_package(ctx, data)}
    if data and peer_import.package_kind(ctx, data) == "directory":
        raise CordeeError("exchange.peer_directory_package")
    out = {"data": data, "kind": "peer", "peer": peer_import.preview_package(ctx, data)}
    try:
        out["submission"] = xdm_read.read(data).submission
    except CordeeError:
        out["submission"] = None      # the message came alone, in its own zip
    return out


class ReceivedPackageDialog(QDialog):
    """Choose a received package, look at it, then accept (attach, or import the partner's message) or refuse."""

    sig_done = Signal(str)
    """The package was accepted ("accepted") or refused ("refused")."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.read: dict | None = None
        self.setWindowTitle(self.tr("Package received by secure mail"))
        self.banner = ErrorBanner(self)
        self.file = QLabel(self.tr("No package chosen yet."), self)
        self.file.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Choose a package…"), self)
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.choose_button)
        self.submission_box = QGroupBox(self.tr("Submission set"), self)
        form = QFormLayout(self.submission_box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("title", self.tr("Title")), ("sent", self.tr("Sent on")), ("author", self.tr("Sent by")),
                           ("institution", self.tr("Institution")), ("source", self.tr("Sending system"))):
            self.fields[key] = self._value_label()
            form.addRow(label, self.fields[key])
        self.patient_box = QGroupBox(self.tr("Patient"), self)
        form = QFormLayout(self.patient_box)
        for key, label in (("received", self.tr("In the package")), ("matched", self.tr("In this practice"))):
            self.fields[key] = self._value_label()
            form.addRow(label, self.fields[key])
        self.message_box = QGroupBox(self.tr("Message from a partner Cordée"), self)
        form = QFormLayout(self.message_box)
        for key, label in (("what", self.tr("Content")), ("partner", self.tr("From")),
                           ("summary", self.tr("Summary"))):
            self.fields[key] = self._value_label()
            form.addRow(label, self.fields[key])
        self.model = RowsTableModel([
            (self.tr("Document"), lambda d: d.title),
            (self.tr("Type"), lambda d: d.type_name or d.type_code or ""),
            (self.tr("Date"), lambda d: dates.day(d.day) if d.day else ""),
            (self.tr("Author"), lambda d: d.author or ""),
            (self.tr("Institution"), lambda d: d.institution or ""),
            (self.tr("Size"), lambda d: _size(d.size)),
            (self.tr("Filed as"), lambda d: self.tr("hospital stay and its letter") if d.hospital_letter else
             self.tr("document"))], self, highlight=lambda d: d.hospital_letter)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Documents of the package"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(self.tr("Attach to the record"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = buttons.addButton(self.tr("Refuse"), QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.clicked.connect(self.accept_package)
        self.refuse_button.clicked.connect(self.refuse_package)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.submission_box)
        layout.addWidget(self.patient_box)
        layout.addWidget(self.message_box)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)          # takes the room of the documents when a partner's message has none
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for box in (self.submission_box, self.patient_box, self.message_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.operation = FormOperation(self, self.banner)
        self.resize(1000, 680)
        self._show(None)

    def _value_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("A package received by secure mail"), "",
                                               self.tr("IHE XDM or Cordée package (*.zip *.ZIP)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read and check the package at ``path`` (off the UI thread) and show it; nothing is stored."""
        ctx = self.session.ctx
        self.file.setText(path)
        self._show(None)
        self.operation.run(lambda: read_any(ctx, path), self._show)

    def _show(self, read: dict | None) -> None:
        self.read = read
        xdm = read.get("xdm") if read else None
        peer = read.get("peer") if read else None
        submission = xdm.submission if xdm else (read or {}).get("submission")
        self.submission_box.setVisible(submission is not None)
        if submission is not None:
            for key, value in (("title", submission.title), ("sent", dates.stamp(submission.submitted)
                                                              if submission.submitted else None),
                               ("author", submission.author), ("institution", submission.institution),
                               ("source", submission.source_id)):
                self.fields[key].setText(value or "—")
        self.patient_box.setVisible(xdm is not None)
        if xdm is not None:
            r = xdm.received
            traits = [" ".join(x for x in ((r.family_name or "").upper(), r.given_name or "") if x) or "—",
                      self.tr("born %1").replace("%1", dates.day(r.birth_date)) if r.birth_date else "",
                      _sex(r.sex), self.tr("INS %1").replace("%1", r.ins) if r.ins else self.tr("no INS")]
            self.fields["received"].setText(", ".join(t for t in traits if t))
            how = self.tr("found by the INS and the identity traits") if xdm.matched_by == "ins" else self.tr(
                "found by name and birth date (no INS)")
            self.fields["matched"].setText(f"{xdm.patient_name}, {dates.day(xdm.patient_birth_date)} — {how}"
                                           if xdm.patient_birth_date else f"{xdm.patient_name} — {how}")
        self.model.set_rows(xdm.rows if xdm else [])
        self.view.setVisible(xdm is not None)
        self.message_box.setVisible(peer is not None)
        if peer is not None:
            kind = self.tr("an alert, for the inbox") if peer.kind == "alert" else self.tr(
                "the answer to an alert sent from here, for its thread")
            self.fields["what"].setText(f"{kind} — {peer.patient_name}")
            how = self.tr("encrypted") if peer.encrypted else self.tr("signed")
            self.fields["partner"].setText(f"{peer.partner} ({how})")
            self.fields["summary"].setText(peer.summary)
        if xdm is not None:
            letters = self.tr("Each hospital letter also records the hospital stay and starts the medication "
                              "reconciliation.") if xdm.hospital_letters else ""
            self.note.setText(" ".join(x for x in (self.tr("Accepting attaches the %n documents to this patient's "
                                                           "record.", "", len(xdm.rows)), letters) if x))
            self.accept_button.setText(self.tr("Attach to the record"))
        elif peer is not None:
            self.note.setText(self.tr("The signed message from the partner is imported; the readable copy in the "
                                      "package is not attached again."))
            self.accept_button.setText(self.tr("Import the message"))
        else:
            self.note.clear()
        self.accept_button.setEnabled(read is not None)
        self.refuse_button.setEnabled(xdm is not None)

    def accept_package(self) -> None:
        if self.read is None:
            return
        ctx, data = self.session.ctx, self.read["data"]
        apply = xdm_import.apply_package if self.read["kind"] == "xdm" else peer_import.apply_package
        self.operation.run(lambda: apply(ctx, data), lambda _done: self._finished("accepted"))

    def refuse_package(self) -> None:
        if self.read is None or self.read["kind"] != "xdm":
            return
        ctx, data = self.session.ctx, self.read["data"]
        self.operation.run(lambda: xdm_import.refuse_package(ctx, data), lambda _done: self._finished("refused"))

    def _finished(self, outcome: str) -> None:
        self.sig_done.emit(outcome)
        self.accept()

