"""What a chart tab shows before its page is built (pages are built when the user first opens them): its label
("Messages (2)") or whether it is shown at all (New patient), kept from a light query off the UI thread and the
changes announced, until the page is built and says it itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartHost
from app.ui.common.form_helpers import guarded


class TabKeeper(QObject):
    """Subclasses say what to read (``query``), what the result does to the tab (``apply``; None when the read
    failed), which announcements call for a new read (``topics``) and which signal of the built page takes over
    (``page_signal``, whose value goes to ``apply_from_page``)."""

    topics: tuple[str, ...] = ()
    page_signal = ""

    def __init__(self, session: AppSession, patient_id: int, tabs: QTabWidget, stand_in: QWidget):
        super().__init__(tabs)
        self.session, self.patient_id, self.tabs, self.page = session, patient_id, tabs, stand_in
        self.own, self.loaded = True, False
        session.sig_changed.connect(self._on_changed)

    def query(self, ctx, patient_id: int) -> Any:
        raise NotImplementedError

    def apply(self, result: Any) -> None:
        raise NotImplementedError

    def apply_from_page(self, value: Any) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        if self.session.locked or not self.own:
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: self.query(ctx, pid), guarded(self, self._loaded),
                       guarded(self, lambda _exc: self._loaded(None)))

    def hand_over(self, page: QWidget) -> None:
        """The tab's page is built: from now on its own signal keeps the tab."""
        self.own, self.page = False, page
        self.session.sig_changed.disconnect(self._on_changed)
        getattr(page, self.page_signal).connect(self.apply_from_page)

    def index(self) -> int:
        return self.tabs.indexOf(self.page)

    def _loaded(self, result: Any) -> None:
        self.loaded = True
        if self.own:
            self.apply(result)

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in self.topics and payload.get("patient_id") in (None, self.patient_id):
            self.reload()


def keep_tab(chart: ChartHost, key: str, keeper: type[TabKeeper]) -> TabKeeper | None:
    """Put a ``keeper`` on tab ``key`` of the chart (none when the user may not see the tab)."""
    tabs = getattr(chart, "tabs", None)
    stand_in = chart.tab_place(key) if tabs is not None else None
    if stand_in is None:
        return None
    kept = keeper(chart.session, chart.patient_id, tabs, stand_in)
    kept.reload()
    chart.when_tab(key, kept.hand_over)
    return kept
