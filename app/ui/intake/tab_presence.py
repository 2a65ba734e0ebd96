"""Whether a chart shows its New patient tab, known from the moment the chart shows: the tab's page is built only
when the user opens it, and then says itself whether the patient has an intake (``IntakeTab.sig_present``)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.intake import intakes
from app.ui.common.app_session import AppSession
from app.ui.common.tab_keeper import TabKeeper


class IntakeTabPresence(TabKeeper):
    """Hides the tab until the patient is known to have an intake, and follows the intake's changes until the tab's
    page is built and takes over."""

    topics = ("intake.changed", "patient.changed")
    page_signal = "sig_present"

    def __init__(self, session: AppSession, patient_id: int, tabs: QTabWidget, stand_in: QWidget):
        super().__init__(session, patient_id, tabs, stand_in)
        self.apply_from_page(False)

    def query(self, ctx, patient_id: int) -> bool:
        return intakes.has_intake(ctx, patient_id)

    def apply(self, present: bool | None) -> None:
        self.apply_from_page(bool(present))

    def apply_from_page(self, present: bool) -> None:
        if self.index() >= 0:
            self.tabs.setTabVisible(self.index(), present)
