"""`cordee smoke`: open the main window on a database and report when it is ready; with ``all_screens``, open every
screen of the feature registry too — a patient's chart with each of its tabs, the raise-alert dialog, and every
menu entry and dock each feature installed (the team indicators with their charts among them) — so that a built
or installed program proves it carries everything its screens need. With ``dialogs``, each of these screens also
has its dialogs opened: every enabled button whose text ends in "…" (the convention for "opens a dialog") is
pressed, with the first line of each list selected, and so on inside the dialogs it opens (two levels).

A screen that raises an error, or a window that does not appear, fails the run. Each window is closed again
after it has been painted; a modal one is closed by a timer, so no dialog can hold the run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QWidget

from app.services.kernel.context import ServiceContext
from app.services.patients import records
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
from app.ui.shell.startup import application, idle_minutes

WAIT_SECONDS = 30
MAX_DEPTH = 2


@dataclass
class SmokeReport:
    """What a smoke run saw: milliseconds until the list and until the docks (None: not within the wait),
    the screens it opened (``feature/what``) and the errors they raised."""

    ready_ms: int | None = None
    complete_ms: int | None = None
    screens: list[str] = field(default_factory=list)
    charts_painted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.ready_ms is not None and self.complete_ms is not None and not self.errors


Visit = Callable[[str, QWidget], None]
"""Called with a screen's label and its window once the screen is painted and its data are loaded."""


class _Runner:
    def __init__(self, ctx: ServiceContext, started: float, visit: Visit | None = None,
                 size: tuple[int, int] | None = None, dialogs: bool = False):
        self.app = application()
        self.ctx = ctx
        self.visit = visit or (lambda label, widget: None)
        self.dialogs = dialogs
        self._closing_modal = False
        self.started = started
        self.report = SmokeReport()
        self.acting = False
        """True while a screen is being opened: a modal dialog shown then (exec) would hold the run."""
        self.window = MainWindow(AppSession(ctx), idle_minutes(ctx))
        if size is not None:
            self.window.setWindowState(Qt.WindowState.WindowNoState)
            self.window.resize(*size)

    def settle(self, condition=lambda: True, seconds: float = WAIT_SECONDS) -> bool:
        """Process events until background work is done and the condition holds (False: not in time)."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            self.app.processEvents()
            if condition() and background.wait_idle(0):
                self.app.processEvents()
                return True
            time.sleep(0.002)
        return False

    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self.started) * 1000)

    def open_main_window(self) -> None:
        self.window.show()
        panel = self.window.search_panel
        if self.settle(lambda: panel.results_shown > 0):
            self.report.ready_ms = self.elapsed_ms()
        if self.settle(lambda: self.window.docks_installed):
            self.report.complete_ms = self.elapsed_ms()
            self.visit("main", self.window)

    def visible_windows(self) -> set[QWidget]:
        return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window}

    def opened_by(self, label: str, act) -> list[QWidget]:
        """Run ``act``, wait, and return (and record) the new top-level windows it opened."""
        before = self.visible_windows()
        self.acting = True
        try:
            act()
        finally:
            self.acting = False
        self.settle()
        new = [w for w in self.visible_windows() - before]
        for widget in new:
            self.report.screens.append(f"{label}:{type(widget).__name__}")
            self.paint_charts(widget)
            self.visit(f"{label}-{type(widget).__name__}", widget)
        return new

    def explore(self, label: str, root: QWidget, depth: int = 1) -> None:
        """Open (and close again) the dialogs of ``root``'s "…" buttons, and theirs, when ``dialogs`` is on."""
        if not self.dialogs or depth > MAX_DEPTH:
            return
        select_first_rows(root)
        self.settle()
        seen: set[str] = set()
        for button in root.findChildren(QAbstractButton):
            if not opens_a_dialog(button) or button.window() is not root.window() or button.text() in seen:
                continue
            seen.add(button.text())
            new = self.opened_by(f"{label}-{len(seen)}", button.click)
            for widget in new:
                self.explore(f"{label}-{len(seen)}", widget, depth + 1)
            self.close(new)

    def paint_charts(self, widget: QWidget) -> None:
        from PySide6.QtCharts import QChartView  # only screens with a chart need Qt Charts

        for view in widget.findChildren(QChartView):
            if not view.grab().isNull():
                self.report.charts_painted += 1

    def close(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        self.settle()

    def open_chart(self, patient_id: int | None = None, label: str = "chart") -> None:
        if not self.window.session.can("patient.search"):
            return   # a user without patient lists (the administrator) has no chart to open
        if patient_id is None:
            rows = records.search_patients(self.ctx, "", limit=1)
            if not rows:
                self.report.errors.append("chart: the database has no patient")
                return
            patient_id = rows[0].id
        chart = self.window.open_patient(patient_id)
        if chart is None:
            self.report.errors.append("chart: the chart did not open")
            return
        self.settle(lambda: chart.row is not None)
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)   # a tab not opened before is built now
            self.settle()
            keys = {page: key for key, page in chart.tab_pages.items()}
            self.report.screens.append(f"chart:{type(chart.tabs.widget(index)).__name__}")
            key = keys.get(chart.tabs.widget(index), index)
            self.visit(f"{label}-{key}", self.window)
            self.explore(f"{label}-{key}", chart.tabs.widget(index))
        medications = chart.tab("medications")
        if label == "chart" and medications is not None and hasattr(medications, "sig_raise_alert"):
            # from the first finding when there is one (the dialog then shows its proposal), else from scratch
            result = getattr(medications, "result", None)
            finding = result.findings[0] if result is not None and result.findings else None
            self.close(self.opened_by("chart", lambda: medications.sig_raise_alert.emit(finding)))

    def open_features(self) -> None:
        for name, installed in self.window.features.items():
            self.report.screens += [f"{name}:dock:{dock.objectName()}" for dock in installed.docks]
            for dock in installed.docks:
                was_hidden = dock.isHidden()
                dock.show()
                dock.raise_()
                self.settle()
                self.visit(f"{name}-dock", self.window)
                self.explore(f"{name}-dock", dock.widget())
                dock.setHidden(was_hidden)
            actions = list(dict.fromkeys([*installed.actions,
                                          *(p for p in installed.parts.values() if isinstance(p, QAction))]))
            for action in actions:
                opened = self.opened_by(name, action.trigger)
                for widget in opened:
                    self.explore(f"{name}-{type(widget).__name__}", widget)
                self.close(opened)

    def close_modal(self) -> None:
        """A dialog run with exec() would hold the run: record it and close it."""
        modal = QApplication.activeModalWidget()
        if self.acting and modal is not None and modal is not self.window and not self._closing_modal:
            self._closing_modal = True
            try:
                self.report.screens.append(f"modal:{type(modal).__name__}")
                self.visit(f"modal-{type(modal).__name__}", modal)
                if isinstance(modal, QDialog):
                    modal.reject()
                else:
                    modal.close()
            finally:
                self._closing_modal = False


def opens_a_dialog(button: QAbstractButton) -> bool:
    """An enabled, visible button whose text ends in "…" (a translation may wrap the text in marks)."""
    text = button.text().replace("&", "").rstrip("⟧ ")
    return button.isVisible() and button.isEnabled() and text.endswith("…")


def select_first_rows(root: QWidget) -> None:
    """Select the first line of every list shown without a current line (so that "Open…", "Edit…" are enabled)."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def smoke(ctx: ServiceContext, started: float, all_screens: bool = False, visit: Visit | None = None,
          size: tuple[int, int] | None = None, patients: Sequence[int] = (), dialogs: bool = False) -> SmokeReport:
    """Open the main window (on the platform Qt was given: offscreen unless told otherwise) and, with
    ``all_screens``, every screen of the feature registry; errors raised by a screen are collected. ``visit`` is
    called on each screen once it is shown (screenshots, text checks); the window gets ``size`` and the charts
    opened are those of ``patients`` (default: the first patient found); ``dialogs`` opens the screens' dialogs."""
    runner = _Runner(ctx, started, visit, size, dialogs)
    report = runner.report
    previous_hook = sys.excepthook

    def collect(kind, value, tb):  # an exception in a Qt slot reaches the hook, not the caller
        report.errors.append(f"{kind.__name__}: {value}")
        previous_hook(kind, value, tb)
    sys.excepthook = collect
    watchdog = QTimer()
    watchdog.timeout.connect(runner.close_modal)
    watchdog.start(500)
    try:
        runner.open_main_window()
        if all_screens and report.complete_ms is not None:
            for number, patient_id in enumerate(patients or [None]):
                runner.open_chart(patient_id, "chart" if number == 0 else f"chart{number + 1}")
            runner.open_features()
            if report.charts_painted == 0 and runner.window.session.can("indicators.read"):
                report.errors.append("no chart was painted (Qt Charts)")
    finally:
        watchdog.stop()
        sys.excepthook = previous_hook
        runner.window.close()
        background.wait_idle(10000)
    return report
