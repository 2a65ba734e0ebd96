"""The messages feature: the Messages dock "Messages (N)" (team threads, unread, mentions, search), the Messages
menu, and the chart's Messages tab whose label carries the patient's unread count."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartHost, ChartTab, Feature, FeatureHost, Installed, install_dock
from app.ui.common.tab_keeper import keep_tab


def install(window: FeatureHost) -> Installed | None:
    """The dock and the menu, for the roles that may read messages."""
    session = window.session
    if not session.can("message.read"):
        return None
    # The panel loads its lists from the database: imported when the dock is built, after the patient list.
    from app.ui.messages.messages_panel import MessagesPanel

    panel = MessagesPanel(session, window)
    installed = Installed()
    menu = install_dock(window, panel, installed, QCoreApplication.translate("MessagesDock", "Messages"),
                        "messagesDock", QCoreApplication.translate("MessagesDock", "Me&ssages"),
                        QCoreApplication.translate("MessagesDock", "&Unread messages"), "Ctrl+M",
                        lambda: panel.which.setCurrentIndex(1))
    new = QAction(QCoreApplication.translate("MessagesDock", "&New team thread…"), window)
    new.triggered.connect(panel.new_thread)
    new.setVisible(session.can("message.post"))
    menu.addAction(new)
    installed.actions.append(new)
    return installed


def _messages_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.messages.messages_tab import MessagesTab  # loaded with the first chart

    return MessagesTab(session, patient_id, parent)


def wire(chart: ChartHost) -> None:
    """The tab's label follows its unread count ("Messages (2)"), from the moment the chart shows."""
    from app.ui.messages.tab_title import MessagesTabTitle  # built with the first chart

    keep_tab(chart, "messages", MessagesTabTitle)


FEATURE = Feature(
    "messages", install=install, wire_chart=wire,
    chart_tabs=(ChartTab("messages", QT_TRANSLATE_NOOP("ChartTabs", "Messages"), "message.read", _messages_tab,
                         55),))
