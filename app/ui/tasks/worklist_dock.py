"""Puts the worklist into the main window: a dock titled "Tasks (N)", a Tasks menu (My tasks, New task, Recalls)
and Administration → Protocols."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorklistDock", text)


def install_worklist(window) -> QDockWidget | None:
    """Add the dock and menus to ``window`` (a MainWindow) when the user's roles may see tasks."""
    session = window.session
    protocols = None
    if session.can("protocol.manage"):
        protocols = QAction(_tr("&Protocols…"), window)
        protocols.triggered.connect(lambda: _open_protocols(window))
        if window.admin_actions:  # the administrator's menu; clinicians find it in the Tasks menu
            window.admin_menu.addAction(protocols)
            window.patient_actions.append(protocols)  # disabled while locked, like the other actions
            protocols = None
    if not session.can("task.read"):
        return None
    from app.ui.tasks.worklist import WorklistPanel
    panel = WorklistPanel(session, window)
    dock = QDockWidget(_tr("Tasks"), window)
    dock.setObjectName("worklistDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    panel.sig_title.connect(dock.setWindowTitle)
    panel.sig_open_patient.connect(window.open_patient)
    menu = window.menuBar().insertMenu(window.admin_menu.menuAction(), _make_menu(window)).menu()
    my_tasks = QAction(_tr("&My tasks"), window)
    my_tasks.setShortcut(QKeySequence("Ctrl+T"))
    my_tasks.triggered.connect(lambda: (dock.show(), dock.raise_(), panel.tabs.setCurrentIndex(0),
                                        panel.views["mine"].setFocus()))
    new_task = QAction(_tr("&New task…"), window)
    new_task.triggered.connect(panel.new_task)
    menu.addAction(my_tasks)
    menu.addAction(new_task)
    if session.can("recall.run"):
        recall = QAction(_tr("&Recall patients…"), window)
        recall.triggered.connect(lambda: _open_recalls(window))
        menu.addAction(recall)
    if protocols is not None:
        menu.addAction(protocols)
        window.patient_actions.append(protocols)
    window.worklist_panel, window.worklist_dock = panel, dock
    window.patient_actions += [my_tasks, new_task]
    return dock


def _make_menu(window):
    from PySide6.QtWidgets import QMenu
    return QMenu(_tr("&Tasks"), window)


def _open_protocols(window):
    from app.ui.tasks.protocols_dialog import ProtocolsDialog
    dialog = ProtocolsDialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _open_recalls(window):
    from app.ui.tasks.recall_dialog import RecallDialog
    dialog = RecallDialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
