"""The label of a chart's Messages tab ("Messages (2)"), kept from the first moment the chart shows: the tab itself is
built only when the user opens it, and its own list then keeps the label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.messages import inbox, threads
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import guarded


def unread_title(unread: int) -> str:
    """"Messages (N)" with N unread, else "Messages" (the texts of the Messages tab)."""
    return QCoreApplication.translate("MessagesTab", "Messages ({n})").format(n=unread) if unread else \
        QCoreApplication.translate("MessagesTab", "Messages")


class MessagesTabTitle(QObject):
    """Counts the patient's unread messages (off the UI thread) and writes the count in the tab's label until the
    tab's page is built and takes over (its ``sig_title``)."""

    def __init__(self, session: AppSession, patient_id: int, tabs: QTabWidget, stand_in: QWidget):
        super().__init__(tabs)
        self.session, self.patient_id, self.tabs, self.page = session, patient_id, tabs, stand_in
        self.own = True
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked or not self.own:
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: inbox.patient_unread(ctx, pid), guarded(self, lambda c: self._set(c.unread)),
                       guarded(self, lambda _exc: None))

    def hand_over(self, page: QWidget) -> None:
        """The tab's page is built: it keeps the label from now on."""
        self.own, self.page = False, page
        self.session.sig_changed.disconnect(self._on_changed)
        page.sig_title.connect(self._retitle)

    def _set(self, unread: int) -> None:
        if self.own:
            self._retitle(unread_title(unread))

    def _retitle(self, text: str) -> None:
        index = self.tabs.indexOf(self.page)
        if index >= 0:
            self.tabs.setTabText(index, text)

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in (threads.POSTED, threads.READ) and payload.get("patient_id") == self.patient_id:
            self.reload()
