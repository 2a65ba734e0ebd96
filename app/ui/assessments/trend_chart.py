"""The trend of one instrument for a patient: a QtCharts line of the scores over time, with the band thresholds
drawn as dashed lines."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.services.assessments.records import Trend

LINE, THRESHOLD = "#1565c0", "#9e9e9e"


def _msecs(moment: datetime) -> float:
    return float(moment.timestamp() * 1000)


class TrendChart(QChartView):
    """``set_trend`` draws a service ``Trend`` (None clears)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(80)   # the chart tab must leave the main window within 768 px
        self.trend: Trend | None = None
        self.setChart(QChart())

    def set_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if trend is None or not trend.points:
            self.setChart(chart)
            return
        chart.setTitle(trend.title)
        first, last = trend.points[0].done_at, trend.points[-1].done_at
        last = max(last, first + timedelta(days=30))
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("MM.yy" if (last - first).days > 120 else "dd.MM.yy")   # no repeated month under 4 months
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first - timedelta(days=10)))),
                        QDateTime.fromMSecsSinceEpoch(int(_msecs(last + timedelta(days=10)))))
        x_axis.setTickCount(4)
        step = 1 if trend.score_max <= 8 else 3 if trend.score_max <= 15 else 5
        top = -(-trend.score_max // step) * step
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(top // step + 1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        left, right = _msecs(first - timedelta(days=10)), _msecs(last + timedelta(days=10))
        for low, _high, _title in trend.bands[1:]:        # the lower edge of each band above the first
            line = QLineSeries()
            pen = QPen(QColor(THRESHOLD))
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(QPointF(left, low - 0.5))
            line.append(QPointF(right, low - 0.5))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            chart.legend().markers(line)[0].setVisible(False)
        series = QLineSeries()
        series.setName(trend.title)
        pen = QPen(QColor(LINE))
        pen.setWidthF(2.2)
        series.setPen(pen)
        for p in trend.points:
            series.append(QPointF(_msecs(p.done_at), float(p.score)))
        series.setPointsVisible(True)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().hide()
        self.setChart(chart)
