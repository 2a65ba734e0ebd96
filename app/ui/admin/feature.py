"""The administration feature: Staff, Audit trail, Settings, Backups and the drug catalogue import in the
Administration menu, for the roles
the policy allows (each dialog is imported when first opened)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from app.services.break_glass import review
from app.ui.common import background
from app.ui.common.features import Feature, FeatureHost, Installed, MenuEntry, add_entries
from app.ui.common.form_helpers import guarded

ENTRIES = (MenuEntry("staff.manage", QT_TRANSLATE_NOOP("MainWindow", "&Staff…"), "app.ui.admin.staff_admin",
                     "StaffAdminDialog"),
           MenuEntry("audit.read", QT_TRANSLATE_NOOP("MainWindow", "&Audit trail…"), "app.ui.admin.audit_browser",
                     "AuditBrowserDialog"),
           MenuEntry("practice.configure", QT_TRANSLATE_NOOP("MainWindow", "S&ettings…"),
                     "app.ui.admin.settings_dialog", "SettingsDialog"),
           MenuEntry("backup.run", QT_TRANSLATE_NOOP("MainWindow", "&Backups…"), "app.ui.admin.backup_dialog",
                     "BackupDialog"),
           MenuEntry("catalogue.import", QT_TRANSLATE_NOOP("MainWindow", "&Drug catalogue import…"),
                     "app.ui.admin.catalogue_import_dialog", "CatalogueImportDialog"),
           MenuEntry("break_glass.review", QT_TRANSLATE_NOOP("MainWindow", "Emergency accesses to re&view…"),
                     "app.ui.admin.break_glass_review", "BreakGlassReviewDialog"))


def install(window: FeatureHost) -> Installed | None:
    """One entry per administration screen the user's roles allow; the menu stays hidden when there is none."""
    installed = Installed()
    add_entries(window, window.admin_menu, "MainWindow", ENTRIES, installed)
    window.admin_actions.update({e.permission: installed.parts[e.permission] for e in ENTRIES
                                 if e.permission in installed.parts})
    window.admin_menu.menuAction().setVisible(bool(installed.actions))
    if "break_glass.review" in installed.parts:
        _count_waiting_accesses(window, installed.parts["break_glass.review"])
    return installed if installed.actions else None


def _count_waiting_accesses(window: FeatureHost, action: QAction) -> None:
    """The review entry says how many emergency accesses wait (the administrator's standing notice), read now
    and again at each new access or acknowledgement."""
    session = window.session

    def show(count: int) -> None:
        action.setText(QCoreApplication.translate("MainWindow", "Emergency accesses to re&view (%1)…").replace(
            "%1", str(count)) if count else QCoreApplication.translate("MainWindow", "Emergency accesses to re&view…"))
        font = action.font()
        font.setBold(bool(count))
        action.setFont(font)

    def refresh() -> None:
        if session.locked:
            return
        ctx = session.ctx
        background.run(lambda: review.count_waiting(ctx), guarded(action, show), guarded(action, lambda _e: None))

    session.sig_changed.connect(lambda topic, _payload: refresh() if topic == review.TOPIC else None)
    refresh()


FEATURE = Feature("admin", install=install, early=True)
