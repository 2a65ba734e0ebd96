"""The one list of the main window's features: each brings its menus, docks and chart tabs (see
``app.ui.common.features``). The order here is the order of the menus; chart tabs follow their own ``order``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.admin import feature as admin
from app.ui.alerts import feature as alerts
from app.ui.assessments import feature as assessments
from app.ui.care_plans import feature as care_plans
from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature
from app.ui.coordination import feature as coordination
from app.ui.due_care import feature as due_care
from app.ui.intake import feature as intake
from app.ui.medications import feature as medications
from app.ui.messages import feature as messages
from app.ui.patients.chart import PatientChart
from app.ui.tasks import feature as tasks

FEATURES: tuple[Feature, ...] = (
    admin.FEATURE,
    tasks.FEATURE,
    coordination.FEATURE,
    alerts.FEATURE,
    care_plans.FEATURE,
    due_care.FEATURE,
    intake.FEATURE,
    assessments.FEATURE,
    medications.FEATURE,
    messages.FEATURE,
)


def chart_tabs() -> list[ChartTab]:
    """Every feature's chart tabs, in chart order."""
    return sorted((tab for f in FEATURES for tab in f.chart_tabs), key=lambda tab: tab.order)


def make_chart(session: AppSession, patient_id: int, parent: QWidget | None = None) -> PatientChart:
    """A patient's chart with the tabs of every feature the user may see, connected to each other."""
    return PatientChart(session, patient_id, chart_tabs(), [f.wire_chart for f in FEATURES if f.wire_chart], parent)
