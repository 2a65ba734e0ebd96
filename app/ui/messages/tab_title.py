"""The label of a chart's Messages tab ("Messages (2)"), kept from the moment the chart shows: the tab itself is
built only when the user opens it, and its own list then keeps the label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.messages import inbox, threads
from app.ui.common.tab_keeper import TabKeeper


def unread_title(unread: int) -> str:
    """"Messages (N)" with N unread, else "Messages" (the texts of the Messages tab)."""
    return QCoreApplication.translate("MessagesTab", "Messages ({n})").format(n=unread) if unread else \
        QCoreApplication.translate("MessagesTab", "Messages")


class MessagesTabTitle(TabKeeper):
    """Counts the patient's unread messages and writes the count in the tab's label until the tab's page is built
    and takes over (its ``sig_title``)."""

    topics = (threads.POSTED, threads.READ)
    page_signal = "sig_title"

    def query(self, ctx, patient_id: int) -> int:
        return inbox.patient_unread(ctx, patient_id).unread

    def apply(self, unread: int | None) -> None:
        if unread is not None:
            self.apply_from_page(unread_title(unread))

    def apply_from_page(self, text: str) -> None:
        if self.index() >= 0:
            self.tabs.setTabText(self.index(), text)
