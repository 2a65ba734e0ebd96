"""The due-care feature: the "Due care" menu (the overdue lists per condition, with recalls) and the chart's
"Follow-up" tab (the patient's due and overdue items, record an act)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed, MenuEntry, install_menu

ENTRIES = (MenuEntry("due_care.list", QT_TRANSLATE_NOOP("DueCareMenu", "&Overdue lists and recalls…"),
                     "app.ui.due_care.worklist_dialog", "DueCareListsDialog"),)


def install(window: FeatureHost) -> Installed | None:
    """"Due care → Overdue lists…" for the roles that may see the lists (they load when opened)."""
    return install_menu(window, "DueCareMenu", QT_TRANSLATE_NOOP("DueCareMenu", "&Due care"), ENTRIES)


def _due_care_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.due_care.due_care_tab import DueCareTab  # loaded with the first chart

    return DueCareTab(session, patient_id, parent)


FEATURE = Feature(
    "due_care", install=install,
    chart_tabs=(ChartTab("due_care", QT_TRANSLATE_NOOP("ChartTabs", "Follow-up"), "due_care.read",
                         _due_care_tab, 45),))
