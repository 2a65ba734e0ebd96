"""The due-care feature: the "Due care" menu (the overdue lists per condition, with recalls) and the chart's
"Follow-up" tab (the patient's due and overdue items, record an act)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed


def install(window: FeatureHost) -> Installed | None:
    """"Due care → Overdue lists…" for the roles that may see the lists (they load when opened)."""
    if not window.session.can("due_care.list"):
        return None
    menu = QMenu(QCoreApplication.translate("DueCareMenu", "&Due care"), window)
    window.add_feature_menu(menu)
    installed = Installed(parts={"menu": menu})
    action = QAction(QCoreApplication.translate("DueCareMenu", "&Overdue lists and recalls…"), window)
    menu.addAction(action)

    def open_lists() -> None:
        from app.ui.due_care.worklist_dialog import DueCareListsDialog  # opened on demand

        dialog = DueCareListsDialog(window.session, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_patient.connect(window.open_patient)
        dialog.open()
        installed.parts["lists"] = dialog

    action.triggered.connect(open_lists)
    installed.parts["lists_action"] = action
    installed.actions.append(action)
    return installed


def _due_care_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.due_care.due_care_tab import DueCareTab  # loaded with the first chart

    return DueCareTab(session, patient_id, parent)


FEATURE = Feature(
    "due_care", install=install,
    chart_tabs=(ChartTab("due_care", QT_TRANSLATE_NOOP("ChartTabs", "Follow-up"), "due_care.read",
                         _due_care_tab, 45),))
