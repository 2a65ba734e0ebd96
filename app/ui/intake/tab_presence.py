"""Whether a chart shows its New patient tab, known from the moment the chart shows: the tab's page is built only
when the user opens it, and then says itself whether the patient has an intake (``IntakeTab.sig_present``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.intake import intakes
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import guarded

TOPICS = ("intake.changed", "patient.changed")


class IntakeTabPresence(QObject):
    """Hides the tab until the patient is known to have an intake (off the UI thread), and follows the intake's
    changes until the tab's page is built and takes over."""

    def __init__(self, session: AppSession, patient_id: int, tabs: QTabWidget, stand_in: QWidget):
        super().__init__(tabs)
        self.session, self.patient_id, self.tabs, self.page = session, patient_id, tabs, stand_in
        self.own, self.loaded = True, False
        self.show(False)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked or not self.own:
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: intakes.has_intake(ctx, pid), guarded(self, self._loaded),
                       guarded(self, lambda _exc: self._loaded(False)))

    def hand_over(self, page: QWidget) -> None:
        """The tab's page is built: it says from now on whether the tab is shown."""
        self.own, self.page = False, page
        self.session.sig_changed.disconnect(self._on_changed)
        page.sig_present.connect(self.show)

    def show(self, present: bool) -> None:
        index = self.tabs.indexOf(self.page)
        if index >= 0:
            self.tabs.setTabVisible(index, present)

    def _loaded(self, present: bool) -> None:
        self.loaded = True
        if self.own:
            self.show(present)

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and payload.get("patient_id") in (None, self.patient_id):
            self.reload()
