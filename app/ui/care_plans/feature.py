"""The care-plans feature: the Care plans menu ("Plans to review…") and the chart's Care plan tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed, MenuEntry, install_menu

ENTRIES = (MenuEntry("care_plan.review_list", QT_TRANSLATE_NOOP("CarePlanMenu", "Plans to &review…"),
                     "app.ui.care_plans.plan_history", "PlansToReviewDialog"),)


def install(window: FeatureHost) -> Installed | None:
    """"Care plans → Plans to review…" for the roles that may see the list (the list loads when opened)."""
    return install_menu(window, "CarePlanMenu", QT_TRANSLATE_NOOP("CarePlanMenu", "Care &plans"), ENTRIES)


def _care_plan_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.care_plans.care_plan_tab import CarePlanTab  # loaded with the first chart

    return CarePlanTab(session, patient_id, parent)


FEATURE = Feature(
    "care_plans", install=install,
    chart_tabs=(ChartTab("care_plan", QT_TRANSLATE_NOOP("ChartTabs", "Care plan"), "care_plan.read",
                         _care_plan_tab, 40),))
