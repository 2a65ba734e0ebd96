"""The tasks feature: the worklist dock "Tasks (N)", the Tasks menu (my tasks, new task, recalls), Protocols
(in Administration for an administrator), and the chart's Tasks tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed, install_dock


def install(window: FeatureHost) -> Installed | None:
    """The dock and menus, for the roles that may see tasks (Protocols also for those who manage them)."""
    session = window.session
    installed = Installed()
    protocols = None
    if session.can("protocol.manage"):
        protocols = QAction(QCoreApplication.translate("WorklistDock", "&Protocols…"), window)
        protocols.triggered.connect(lambda: _open(window, "protocols"))
        installed.parts["protocols"] = protocols
        installed.actions.append(protocols)
        if window.admin_actions:  # the administrator's menu; clinicians find it in the Tasks menu
            window.admin_menu.addAction(protocols)
            protocols = None
    if not session.can("task.read"):
        return installed if installed.actions else None
    # The panel loads its lists from the database: imported when the dock is built, after the patient list.
    from app.ui.tasks.worklist import WorklistPanel

    panel = WorklistPanel(session, window)
    menu = install_dock(window, panel, installed, QCoreApplication.translate("WorklistDock", "Tasks"), "worklistDock",
                        QCoreApplication.translate("WorklistDock", "&Tasks"),
                        QCoreApplication.translate("WorklistDock", "&My tasks"), "Ctrl+T",
                        lambda: (panel.tabs.setCurrentIndex(0), panel.views["mine"].setFocus()))
    new_task = QAction(QCoreApplication.translate("WorklistDock", "&New task…"), window)
    new_task.triggered.connect(panel.new_task)
    menu.addAction(new_task)
    installed.actions.append(new_task)
    if session.can("recall.run"):
        recall = QAction(QCoreApplication.translate("WorklistDock", "&Recall patients…"), window)
        recall.triggered.connect(lambda: _open(window, "recalls"))
        menu.addAction(recall)
        installed.parts["recall"] = recall
    if protocols is not None:
        menu.addAction(protocols)
    return installed


def _open(window: FeatureHost, which: str) -> QDialog:
    if which == "protocols":
        from app.ui.tasks.protocols_dialog import ProtocolsDialog as Dialog  # opened on demand
    else:
        from app.ui.tasks.recall_dialog import RecallDialog as Dialog  # opened on demand
    dialog = Dialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _tasks_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.tasks.task_tab import TaskTab  # loaded with the first chart

    return TaskTab(session, patient_id, parent)


FEATURE = Feature(
    "tasks", install=install,
    chart_tabs=(ChartTab("tasks", QT_TRANSLATE_NOOP("ChartTabs", "Tasks"), "task.read", _tasks_tab, 50),))
