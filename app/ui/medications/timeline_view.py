"""The anticholinergic burden and risk timeline of a patient: a QtCharts line chart of the score, the number of
medications and of serious findings over time, and beneath it the changes that moved them, each point saying
which knowledge it was reviewed with."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.services.medications import timeline
from app.services.medications.timeline import Timeline, TimelinePoint
from app.ui.common import background
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import compact_rows
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.rows_model import RowsTableModel

SERIES = (("anticholinergic", "#8e24aa"), ("drugs", "#1565c0"), ("serious", "#c62828"))


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


class TimelineView(QWidget):
    """Chart over the changes table; ``set_timeline`` shows a service ``Timeline`` (None clears)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.model = RowsTableModel([
            (self.tr("Date"), lambda p: format_date(p.day)),
            (self.tr("Anticholinergic score"), lambda p: p.anticholinergic),
            (self.tr("Medications"), lambda p: p.drugs),
            (self.tr("Serious findings"), lambda p: p.serious),
            (self.tr("Changes"), self.changes_text),
            (self.tr("Knowledge used"), self.basis_text)], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.table)
        self.note = QLabel(self.tr(
            "Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each edition "
            "the practice installed; the anticholinergic scale, the other rules and the recorded conditions are "
            "today's."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.note)

    # -- texts ------------------------------------------------------------------------------------------------
    def series_name(self, key: str) -> str:
        return {"anticholinergic": self.tr("Anticholinergic score"), "drugs": self.tr("Medications"),
                "serious": self.tr("Serious findings")}[key]

    def changes_text(self, point: TimelinePoint) -> str:
        """The changes of a point in words ("started: x; stopped: y")."""
        words = {"started": self.tr("started: %1"), "stopped": self.tr("stopped: %1"),
                 "dose_changed": self.tr("dose changed: %1"), "changed": self.tr("changed: %1")}
        return "; ".join(words[c.kind].replace("%1", c.name) for c in point.changes) or "—"

    def basis_text(self, point: TimelinePoint) -> str:
        """Which knowledge a point was reviewed with."""
        if point.basis == timeline.IN_FORCE:
            return self.tr("ANSM thesaurus %1, in force on that date").replace("%1", point.edition)
        return self.tr("today's knowledge (ANSM %1): the edition in force then is not kept").replace(
            "%1", point.edition)

    # -- showing ----------------------------------------------------------------------------------------------
    def set_timeline(self, result: Timeline | None) -> None:
        self.timeline = result
        points = list(result.points) if result else []
        self.model.set_rows(list(reversed(points)))   # newest first beneath the chart
        self.table.resizeColumnsToContents()
        self.chart_view.setChart(self._chart(points))

    def _chart(self, points: list[TimelinePoint]) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Anticholinergic burden and risk over time"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if not points:
            return chart
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("MM.yyyy")
        first, last = points[0].day, max(points[-1].day, points[0].day + timedelta(days=30))
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first - timedelta(days=7)))),
                        QDateTime.fromMSecsSinceEpoch(int(_msecs(last + timedelta(days=7)))))
        x_axis.setTickCount(7)
        top = max(4, 1 + max(max(p.anticholinergic, p.drugs, p.serious) for p in points))
        step = 1 if top <= 8 else 2 if top <= 16 else 5   # whole numbers on every tick
        top = -(-top // step) * step
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(top // step + 1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for key, colour in SERIES:
            series = QLineSeries()
            series.setName(self.series_name(key))
            pen = QPen(QColor(colour))
            pen.setWidthF(2.2 if key == "anticholinergic" else 1.6)
            series.setPen(pen)
            previous = None
            for p in points:   # steps: a value holds until the next change
                value = float(getattr(p, key))
                if previous is not None:
                    series.append(QPointF(_msecs(p.day), previous))
                series.append(QPointF(_msecs(p.day), value))
                previous = value
            series.setPointsVisible(True)
            series.hovered.connect(lambda point, state, s=series: self._hovered(point, state))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        return chart

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state or self.timeline is None or not self.timeline.points:
            QToolTip.hideText()
            return
        nearest = min(self.timeline.points, key=lambda p: abs(_msecs(p.day) - point.x()))
        QToolTip.showText(self.cursor().pos(), "\n".join([
            format_date(nearest.day),
            f"{self.series_name('anticholinergic')}: {nearest.anticholinergic}",
            f"{self.series_name('drugs')}: {nearest.drugs}",
            f"{self.series_name('serious')}: {nearest.serious}",
            self.changes_text(nearest), self.basis_text(nearest)]), self)


class TimelineDialog(QDialog):
    """The timeline of one patient, loaded off the GUI thread (an audited read of the chart)."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.setWindowTitle(self.tr("Anticholinergic burden and risk timeline"))
        self.banner = ErrorBanner(self)
        self.view = TimelineView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        room = parent.window().size() if parent is not None else None   # no larger than the main window
        self.resize(min(1200, room.width() - 40) if room else 1200, min(700, room.height() - 40) if room else 700)
        self.reload()

    def reload(self) -> None:
        ctx, pid, lang = self.session.ctx, self.patient_id, ui_settings.get(ui_settings.LANGUAGE)
        self.banner.clear()
        background.run(lambda: timeline.medication_timeline(ctx, pid, lang), guarded(self, self.view.set_timeline),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
