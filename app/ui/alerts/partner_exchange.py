"""The alerts' side of the Cordée to Cordée exchange: "Send to partner…" from an alert (the alert, or the answer to an
alert received from a partner, saved as a package). The partners dialog and the watched folder are in
``partner_watch``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import peer_identity, peer_send
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded


class SendToPartnerDialog(QDialog):
    """Save an alert (to a chosen partner) or the answer to an alert received (back to its sender) as a package:
    for secure mail, one IHE_XDM.ZIP (or a mail draft carrying it) holding the readable document and the signed
    message; for a USB key or a shared folder, the message alone, encrypted for the partner."""

    def __init__(self, session: AppSession, patient_id: int, alert_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.alert_id = session, patient_id, alert_id
        self.received_from: str | None = None
        self.setWindowTitle(self.tr("Send to a partner"))
        self.banner = ErrorBanner(self)
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(self.tr("Partner"))
        how = QGroupBox(self.tr("How the package travels"), self)
        self.by_folder = QRadioButton(self.tr("USB key or shared folder: encrypted"), how)
        self.by_mail = QRadioButton(self.tr("Secure mail (MSSanté, HIN): signed"), how)
        self.by_folder.setChecked(True)
        self.choice = QButtonGroup(self)
        how_layout = QVBoxLayout(how)
        for button, text in (
                (self.by_folder, self.tr("Only the partner's Cordée can open it (.zip).")),
                (self.by_mail, self.tr("One IHE_XDM.ZIP attachment: any software reads its document, the partner's "
                                       "Cordée imports the alert (.zip, or a mail draft .eml)."))):
            self.choice.addButton(button)
            note = QLabel(text, how)
            note.setWordWrap(True)
            note.setIndent(24)
            how_layout.addWidget(button)
            how_layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save the package…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.what)
        layout.addWidget(self.partner)
        layout.addWidget(how)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 320)
        ctx = session.ctx
        background.run(lambda: (peer_send.received_from(ctx, alert_id), peer_identity.partners(ctx)),
                       guarded(self, self._loaded), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, result) -> None:
        self.received_from, partners = result
        if self.received_from:
            self.what.setText(self.tr("This alert came from %1: its answer goes back there.").replace(
                "%1", self.received_from))
            self.partner.hide()
            self.save_button.setEnabled(True)
            return
        active = [p for p in partners if p.status == "active"]
        for p in active:
            self.partner.addItem(p.practice_name, p.id)
        self.what.setText(self.tr("Send this alert to:") if active else self.tr(
            "No exchange partner yet: the administrator adds partners from their card (Administration → "
            "Exchange partners)."))
        self.save_button.setEnabled(bool(active))

    def choose_file(self) -> None:
        stem = f"cordee-{'answer' if self.received_from else 'alert'}-{self.alert_id}"
        if self.by_mail.isChecked():
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the package"), f"{stem}.eml", self.tr(
                "Mail draft (*.eml);;IHE XDM package (*.zip)"))
        else:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the package"), f"{stem}.zip",
                                                   self.tr("Cordée package (*.zip)"))
        if path:
            self.save_to(path)

    def container(self, path: str) -> str:
        """The container the choice and the file name ask for (``peer_send.CONTAINERS``)."""
        if not self.by_mail.isChecked():
            return "cordee"
        return "eml" if path.lower().endswith(".eml") else "xdm"

    def save_to(self, path: str) -> None:
        """Write the package to ``path`` (made and written off the UI thread)."""
        ctx, pid, aid = self.session.ctx, self.patient_id, self.alert_id
        container = self.container(path)
        what = "answer" if self.received_from else "alert"
        partner = None if self.received_from else self.partner.currentData()
        save_document(self, lambda: peer_send.export_package(ctx, pid, what, aid, partner,
                                                             encrypt=container == "cordee", container=container),
                      path, lambda _saved: self.accept(), lambda exc: self.banner.show_message(describe(exc)))
