"""The Care plans menu of the main window: "Plans to review…" (the list itself loads when opened)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarePlanMenu", text)


def install_review_list(window) -> None:
    """Add "Care plans → Plans to review…" to the main window's menu bar (for the roles that may see the list)."""
    if not window.session.can("care_plan.review_list"):
        return
    menu = QMenu(_tr("Care &plans"), window)
    window.menuBar().insertMenu(window.admin_menu.menuAction(), menu)   # with the other clinical menus

    def open_list():
        from app.ui.care_plans.plan_history import PlansToReviewDialog

        dialog = PlansToReviewDialog(window.session, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_patient.connect(window.open_patient)
        dialog.open()
        window.plans_to_review = dialog
    window.action_plans_to_review = menu.addAction(_tr("Plans to &review…"))
    window.action_plans_to_review.triggered.connect(open_list)
