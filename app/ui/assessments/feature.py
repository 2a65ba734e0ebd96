"""The assessments feature: the chart's "Assessments" tab (past assessments, trend per instrument, proposals, and
"New assessment…")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature


def _assessments_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.assessments.assessments_tab import AssessmentsTab  # loaded with the first chart

    return AssessmentsTab(session, patient_id, parent)


FEATURE = Feature(
    "assessments",
    chart_tabs=(ChartTab("assessments", QT_TRANSLATE_NOOP("ChartTabs", "Assessments"), "assessment.read",
                         _assessments_tab, 47),))
