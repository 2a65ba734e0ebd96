"""The intake feature: "New patients" in its own menu (the waiting list, the checklists) for the medical
assistants, coordinators and physicians."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.common.features import Feature, FeatureHost, Installed, MenuEntry, install_menu

ENTRIES = (MenuEntry("intake.list", QT_TRANSLATE_NOOP("IntakeMenu", "&New patients and waiting list…"),
                     "app.ui.intake.new_patients_window", "NewPatientsWindow"),)


def install(window: FeatureHost) -> Installed | None:
    """"Intake → New patients…" for the roles that take patients in (the list loads when opened)."""
    return install_menu(window, "IntakeMenu", QT_TRANSLATE_NOOP("IntakeMenu", "&Intake"), ENTRIES)


FEATURE = Feature("intake", install=install)
