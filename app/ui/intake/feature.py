"""The intake feature: "New patients" in its own menu (the waiting list, the checklists) for the medical
assistants, coordinators and physicians."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.ui.common.features import Feature, FeatureHost, Installed


def install(window: FeatureHost) -> Installed | None:
    """"Intake → New patients…" for the roles that take patients in (the list loads when opened)."""
    if not window.session.can("intake.list"):
        return None
    menu = QMenu(QCoreApplication.translate("IntakeMenu", "&Intake"), window)
    window.add_feature_menu(menu)
    installed = Installed(parts={"menu": menu})
    action = QAction(QCoreApplication.translate("IntakeMenu", "&New patients and waiting list…"), window)
    menu.addAction(action)

    def open_window() -> None:
        from app.ui.intake.new_patients_window import NewPatientsWindow  # opened on demand

        dialog = NewPatientsWindow(window.session, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_patient.connect(window.open_patient)
        dialog.open()
        installed.parts["window"] = dialog

    action.triggered.connect(open_window)
    installed.parts["action"] = action
    installed.actions.append(action)
    return installed


FEATURE = Feature("intake", install=install)
