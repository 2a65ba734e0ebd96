"""`cordee smoke`: open the main window on a database and report when it is ready; with ``all_screens``, open every
screen of the feature registry too — a patient's chart with each of its tabs, the raise-alert dialog, and every
menu entry and dock each feature installed (the team indicators with their charts among them) — so that a built
or installed program proves it carries everything its screens need.

A screen that raises an error, or a window that does not appear, fails the run. Each window is closed again
after it has been painted; a modal one is closed by a timer, so no dialog can hold the run.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services.kernel.context import ServiceContext
from app.services.patients import records
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
from app.ui.shell.startup import application, idle_minutes

WAIT_SECONDS = 30


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


class _Runner:
    def __init__(self, ctx: ServiceContext, started: float):
        self.app = application()
        self.ctx = ctx
        self.started = started
        self.report = SmokeReport()
        self.acting = False
        """True while a screen is being opened: a modal dialog shown then (exec) would hold the run."""
        self.window = MainWindow(AppSession(ctx), idle_minutes(ctx))

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
        return new

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

    def open_chart(self) -> None:
        rows = records.search_patients(self.ctx, "", limit=1)
        if not rows:
            self.report.errors.append("chart: the database has no patient")
            return
        chart = self.window.open_patient(rows[0].id)
        if chart is None:
            self.report.errors.append("chart: the chart did not open")
            return
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)
            self.settle()
            self.report.screens.append(f"chart:{type(chart.tabs.widget(index)).__name__}")
        medications = chart.tab("medications")
        if medications is not None and hasattr(medications, "sig_raise_alert"):
            self.close(self.opened_by("chart", lambda: medications.sig_raise_alert.emit(None)))

    def open_features(self) -> None:
        for name, installed in self.window.features.items():
            self.report.screens += [f"{name}:dock:{dock.objectName()}" for dock in installed.docks]
            actions = list(dict.fromkeys([*installed.actions,
                                          *(p for p in installed.parts.values() if isinstance(p, QAction))]))
            for action in actions:
                self.close(self.opened_by(name, action.trigger))

    def close_modal(self) -> None:
        """A dialog run with exec() would hold the run: record it and close it."""
        modal = QApplication.activeModalWidget()
        if self.acting and modal is not None and modal is not self.window:
            self.report.screens.append(f"modal:{type(modal).__name__}")
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()


def smoke(ctx: ServiceContext, started: float, all_screens: bool = False) -> SmokeReport:
    """Open the main window (on the platform Qt was given: offscreen unless told otherwise) and, with
    ``all_screens``, every screen of the feature registry; errors raised by a screen are collected."""
    runner = _Runner(ctx, started)
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
            runner.open_chart()
            runner.open_features()
            if report.charts_painted == 0:
                report.errors.append("no chart was painted (Qt Charts)")
    finally:
        watchdog.stop()
        sys.excepthook = previous_hook
        runner.window.close()
        background.wait_idle(10000)
    return report
