"""The care-plans feature: the Care plans menu ("Plans to review…") and the chart's Care plan tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed


def install(window: FeatureHost) -> Installed | None:
    """"Care plans → Plans to review…" for the roles that may see the list (the list loads when opened)."""
    if not window.session.can("care_plan.review_list"):
        return None
    menu = QMenu(QCoreApplication.translate("CarePlanMenu", "Care &plans"), window)
    window.add_feature_menu(menu)
    installed = Installed(parts={"menu": menu})
    action = QAction(QCoreApplication.translate("CarePlanMenu", "Plans to &review…"), window)
    menu.addAction(action)

    def open_list() -> None:
        from app.ui.care_plans.plan_history import PlansToReviewDialog  # opened on demand

        dialog = PlansToReviewDialog(window.session, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_patient.connect(window.open_patient)
        dialog.open()
        installed.parts["plans_to_review"] = dialog

    action.triggered.connect(open_list)
    installed.parts["plans_to_review_action"] = action
    installed.actions.append(action)
    return installed


def _care_plan_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.care_plans.care_plan_tab import CarePlanTab  # loaded with the first chart

    return CarePlanTab(session, patient_id, parent)


FEATURE = Feature(
    "care_plans", install=install,
    chart_tabs=(ChartTab("care_plan", QT_TRANSLATE_NOOP("ChartTabs", "Care plan"), "care_plan.read",
                         _care_plan_tab, 40),))
