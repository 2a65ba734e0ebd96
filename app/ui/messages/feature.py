"""The messages feature: the Messages dock "Messages (N)" (team threads, unread, mentions, search), the Messages
menu, and the chart's Messages tab whose label carries the patient's unread count."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartHost, ChartTab, Feature, FeatureHost, Installed


def install(window: FeatureHost) -> Installed | None:
    """The dock and the menu, for the roles that may read messages."""
    session = window.session
    if not session.can("message.read"):
        return None
    # The panel loads its lists from the database: imported when the dock is built, after the patient list.
    from app.ui.messages.messages_panel import MessagesPanel

    panel = MessagesPanel(session, window)
    dock = QDockWidget(QCoreApplication.translate("MessagesDock", "Messages"), window)
    dock.setObjectName("messagesDock")
    dock.setWidget(panel)
    panel.sig_title.connect(dock.setWindowTitle)
    panel.sig_open_patient.connect(window.open_patient)
    menu = QMenu(QCoreApplication.translate("MessagesDock", "Me&ssages"), window)
    window.add_feature_menu(menu)
    show = QAction(QCoreApplication.translate("MessagesDock", "&Unread messages"), window)
    show.setShortcut(QKeySequence("Ctrl+M"))
    show.triggered.connect(lambda: (dock.show(), dock.raise_(), panel.which.setCurrentIndex(1)))
    new = QAction(QCoreApplication.translate("MessagesDock", "&New team thread…"), window)
    new.triggered.connect(panel.new_thread)
    new.setVisible(session.can("message.post"))
    menu.addAction(show)
    menu.addAction(new)
    return Installed(docks=[dock], actions=[show, new], parts={"panel": panel, "dock": dock, "menu": menu})


def _messages_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.messages.messages_tab import MessagesTab  # loaded with the first chart

    return MessagesTab(session, patient_id, parent)


def wire(chart: ChartHost) -> None:
    """The tab's label follows its unread count ("Messages (2)")."""
    page = chart.tab("messages")
    tabs = getattr(chart, "tabs", None)
    if page is None or tabs is None:
        return

    def retitle(text: str) -> None:
        index = tabs.indexOf(page)
        if index >= 0:
            tabs.setTabText(index, text)
    page.sig_title.connect(retitle)


FEATURE = Feature(
    "messages", install=install, wire_chart=wire,
    chart_tabs=(ChartTab("messages", QT_TRANSLATE_NOOP("ChartTabs", "Messages"), "message.read", _messages_tab,
                         55),))
