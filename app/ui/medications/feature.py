"""The medications feature: the chart's Medications tab (list, history, clinical values, review findings)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature


def _medications_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.medications.medications_tab import MedicationsTab  # loaded with the first chart

    return MedicationsTab(session, patient_id, parent)


FEATURE = Feature(
    "medications",
    chart_tabs=(ChartTab("medications", QT_TRANSLATE_NOOP("ChartTabs", "Medications"), "medication.read",
                         _medications_tab, 10),))
