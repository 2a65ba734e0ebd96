"""The Cordée to Cordée exchange from the Alerts menu: the partners dialog, and the practice's watched folder,
scanned every minute off the UI thread. Installed with the inbox, so it loads nothing heavy: the exchange services
(and their key library) load with the first scan."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog

from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.features import FeatureHost
from app.ui.common.form_helpers import guarded

SCAN_INTERVAL_MS = 60_000


def open_partners(window: FeatureHost) -> QDialog:
    """The exchange partners dialog (its buttons follow the user's rights)."""
    from app.ui.alerts.exchange_partners import ExchangePartnersDialog  # opened rarely

    dialog = ExchangePartnersDialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FolderWatcher(QObject):
    """Every minute, the packages waiting in the practice's watched folder are imported (on the database worker);
    the inbox hears of each alert imported through the usual announcement."""

    def __init__(self, session: AppSession, parent: QObject):
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.last = None
        self.timer = QTimer(self)
        self.timer.setInterval(SCAN_INTERVAL_MS)
        self.timer.timeout.connect(self.scan)
        self.timer.start()

    def scan(self) -> None:
        """One scan (skipped while locked or while the previous one runs)."""
        if self.busy or self.session.locked:
            return
        self.busy = True
        ctx = self.session.ctx

        def job():
            from app.services.exchange import peer_folder, peer_identity  # the key library loads with the first scan

            folder = peer_identity.incoming_folder(ctx)
            return peer_folder.scan_incoming(ctx, folder) if folder else None
        background.run(job, guarded(self, self._done), guarded(self, lambda _exc: self._done(None)))

    def _done(self, result) -> None:
        self.busy = False
        self.last = result
