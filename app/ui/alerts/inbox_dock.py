"""Puts the alert inbox into the main window: a dock titled "Alerts (N)" and an Alerts menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxDock", text)


def install_inbox(window) -> QDockWidget | None:
    """Add the inbox dock and menu to ``window`` (a MainWindow) when the user may read alerts."""
    session = window.session
    if not session.can("alert.read"):
        return None
    from app.ui.alerts.inbox import InboxPanel
    panel = InboxPanel(session, window)
    dock = QDockWidget(_tr("Alerts"), window)
    dock.setObjectName("alertInboxDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    other = getattr(window, "worklist_dock", None)
    if other is not None:
        window.tabifyDockWidget(other, dock)
    panel.sig_title.connect(dock.setWindowTitle)
    panel.sig_open_patient.connect(window.open_patient)
    menu = QMenu(_tr("A&lerts"), window)
    window.menuBar().insertMenu(window.admin_menu.menuAction(), menu)
    show = QAction(_tr("&Inbox"), window)
    show.setShortcut(QKeySequence("Ctrl+I"))
    show.triggered.connect(lambda: (dock.show(), dock.raise_(), panel.view.setFocus()))
    menu.addAction(show)
    window.inbox_panel, window.inbox_dock = panel, dock
    window.patient_actions += [show]
    return dock
