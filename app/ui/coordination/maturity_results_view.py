"""The team's maturity results (physician, coordinator): per axis and period the mean, range and respondents in a
table, the means over the periods as a grouped bar chart (QtCharts), and the PDF report for the ACI file."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import maturity_results
from app.services.coordination.maturity_results import MaturityResults
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.maturity_texts import axis_label, figure, two_lines

SHOWN_PERIODS = 6


class MaturityResultsView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.results: MaturityResults | None = None
        self.banner = ErrorBanner(self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        guard(self.pdf_button, session, "maturity.results")
        self.pdf_button.clicked.connect(lambda: self.export())
        self.model = RowsTableModel([], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = QChartView(self)
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(200)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mean level per axis (lowest–highest), number of members who answered"), self))
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.status)

    def reload(self) -> None:
        ctx = self.session.ctx
        self.banner.clear()
        background.run(lambda: maturity_results.compute(ctx), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, results: MaturityResults) -> None:
        self.results = results
        grid, periods = results.grid, results.periods[-SHOWN_PERIODS:]
        columns = [(self.tr("Axis"), lambda key: axis_label(grid, key))]
        for p in periods:
            columns.append((p.label, lambda key, p=p: figure(p.axis(key))))
        self.model.columns = columns
        self.model.set_rows(list(grid.axis_keys))
        self.chart.setChart(self._chart(results, periods))

    def _chart(self, results: MaturityResults, periods) -> QChart:
        grid = results.grid
        chart = QChart()
        chart.setTitle(self.tr("Mean level per axis and period"))
        series = QBarSeries()
        for p in periods:
            bars = QBarSet(p.label)
            bars.append([float(p.axis(k).mean or 0) for k in grid.axis_keys])
            series.append(bars)
        chart.addSeries(series)
        x_axis, y_axis = QBarCategoryAxis(), QValueAxis()
        # the axis labels are rich text: a long name on two lines
        x_axis.append([two_lines(f"{n + 1}. {axis_label(grid, k)}").replace("\n", "<br>")
                       for n, k in enumerate(grid.axis_keys)])
        small = x_axis.labelsFont()
        small.setPointSizeF(7.5)
        x_axis.setLabelsFont(small)
        y_axis.setRange(0, grid.highest)
        y_axis.setTickCount(grid.highest + 1)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the maturity results"),
                                                  self.tr("maturity.pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        ctx, lang = self.session.ctx, i18n.current()
        save_document(self, lambda: maturity_results.export_pdf(ctx, lang), path,
                      lambda p: self.status.setText(self.tr("Written to %1").replace("%1", p)),
                      lambda exc: self.banner.show_message(describe(exc)))
