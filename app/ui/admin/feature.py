"""The administration feature: Staff, Audit trail, Settings, Backups and the drug catalogue import in the
Administration menu, for the roles
the policy allows (each dialog is imported when first opened)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from app.ui.common.features import Feature, FeatureHost, Installed

ENTRIES = (("staff.manage", QT_TRANSLATE_NOOP("MainWindow", "&Staff…"), "app.ui.admin.staff_admin",
            "StaffAdminDialog"),
           ("audit.read", QT_TRANSLATE_NOOP("MainWindow", "&Audit trail…"), "app.ui.admin.audit_browser",
            "AuditBrowserDialog"),
           ("practice.configure", QT_TRANSLATE_NOOP("MainWindow", "S&ettings…"), "app.ui.admin.settings_dialog",
            "SettingsDialog"),
           ("backup.run", QT_TRANSLATE_NOOP("MainWindow", "&Backups…"), "app.ui.admin.backup_dialog",
            "BackupDialog"),
           ("catalogue.import", QT_TRANSLATE_NOOP("MainWindow", "&Drug catalogue import…"),
            "app.ui.admin.catalogue_import_dialog", "CatalogueImportDialog"))


def install(window: FeatureHost) -> Installed | None:
    """One entry per administration screen the user's roles allow; the menu stays hidden when there is none."""
    installed = Installed()
    for action_name, text, module, cls in ENTRIES:
        if window.session.can(action_name):
            action = QAction(QCoreApplication.translate("MainWindow", text), window)
            action.triggered.connect(lambda _checked=False, m=module, c=cls: open_dialog(window, m, c))
            window.admin_menu.addAction(action)
            window.admin_actions[action_name] = action
            installed.parts[action_name] = action
            installed.actions.append(action)
    window.admin_menu.menuAction().setVisible(bool(installed.actions))
    return installed if installed.actions else None


def open_dialog(window: FeatureHost, module: str, cls: str) -> QDialog:
    """Open an administration dialog (imported only when asked for: start-up stays light)."""
    dialog = getattr(importlib.import_module(module), cls)(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


FEATURE = Feature("admin", install=install, early=True)
