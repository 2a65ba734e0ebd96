"""Adds the Coordination menu to the main window: Meetings, Referrals, Team indicators (per the user's roles)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

ENTRIES = (("meeting.read", "&Meetings…", "app.ui.coordination.meeting_window", "MeetingWindow"),
           ("referral.read", "&Referrals…", "app.ui.coordination.referral_window", "ReferralWindow"),
           ("indicators.read", "Team &indicators…", "app.ui.coordination.dashboard_window", "DashboardWindow"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoordinationMenu", text)


def install_coordination(window) -> None:
    """Insert the menu before Administration when the user may see at least one entry."""
    entries = [e for e in ENTRIES if window.session.can(e[0])]
    if not entries:
        return
    from PySide6.QtWidgets import QMenu
    menu = QMenu(_tr("&Coordination"), window)
    window.menuBar().insertMenu(window.admin_menu.menuAction(), menu)
    window.coordination_actions = {}
    for action_name, text, module, cls in entries:
        action = QAction(_tr(text), window)
        action.triggered.connect(lambda _c=False, m=module, c=cls: open_window(window, m, c))
        menu.addAction(action)
        window.coordination_actions[action_name] = action
        window.patient_actions.append(action)    # disabled while locked


def open_window(window, module: str, cls: str):
    dialog = getattr(importlib.import_module(module), cls)(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
