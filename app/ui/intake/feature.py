"""The intake feature: "New patients" in its own menu (the waiting list, the checklists) for the medical
assistants, coordinators and physicians, and the chart's "New patient" tab (the patient's intake checklist), shown
while the patient has an intake, to those who may take patients in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartHost, ChartTab, Feature, FeatureHost, Installed, MenuEntry, install_menu
from app.ui.common.tab_keeper import keep_tab

ENTRIES = (MenuEntry("intake.list", QT_TRANSLATE_NOOP("IntakeMenu", "&New patients and waiting list…"),
                     "app.ui.intake.new_patients_window", "NewPatientsWindow"),)


def install(window: FeatureHost) -> Installed | None:
    """"Intake → New patients…" for the roles that take patients in (the list loads when opened)."""
    return install_menu(window, "IntakeMenu", QT_TRANSLATE_NOOP("IntakeMenu", "&Intake"), ENTRIES)


def _intake_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.intake.intake_tab import IntakeTab  # loaded with the first chart

    return IntakeTab(session, patient_id, parent)


def wire(chart: ChartHost) -> None:
    """The tab is shown only while the patient has an intake (hidden until that is known)."""
    from app.ui.intake.tab_presence import IntakeTabPresence  # built with the first chart

    keep_tab(chart, "intake", IntakeTabPresence)


FEATURE = Feature(
    "intake", install=install, wire_chart=wire,
    chart_tabs=(ChartTab("intake", QT_TRANSLATE_NOOP("ChartTabs", "New patient"), "intake.manage", _intake_tab,
                         58),))
