"""The team indicators dashboard: monthly trends (QtCharts), a table of every indicator, PDF and CSV export
for the chosen period; a second tab shows the patient survey's results."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import indicator_export, indicators
from app.services.intake import waiting as intake_waiting
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.indicator_texts import indicator_text
from app.ui.coordination.survey_tab import SurveyTab

CHARTS = ("care_plans_active", "alerts_raised", "tasks_done", "patients_discussed", "frequent_ed_users",
          "referrals_overdue")


def _fmt(value) -> str:
    if value is None:
        return "—"
    # the interface's locale writes the decimal sign (French: 33,3)
    return str(int(value)) if float(value).is_integer() else QLocale().toString(float(value), "f", 1)


class DashboardWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.report = None
        self.setWindowTitle(self.tr("Team indicators"))
        self.banner = ErrorBanner(self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-5), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(dates.qt_format())
            edit.setCalendarPopup(True)
        refresh = QPushButton(self.tr("&Show"), self)
        refresh.clicked.connect(self.reload)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        for button, fmt in ((self.pdf_button, "pdf"), (self.csv_button, "csv")):
            guard(button, session, "indicators.export")
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
        top = QHBoxLayout()
        for w in (QLabel(self.tr("From"), self), self.date_from, QLabel(self.tr("to"), self), self.date_to, refresh):
            top.addWidget(w)
        top.addStretch(1)
        # the intake counts (today's, not the period's): waiting, in progress, done this month
        self.intake_counts = QLabel(self) if session.can("intake.list") else None
        if self.intake_counts is not None:
            top.addWidget(self.intake_counts)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        self.charts: dict[str, QChartView] = {}
        grid = QGridLayout()
        for i, key in enumerate(CHARTS):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(190)
            self.charts[key] = view
            grid.addWidget(view, i // 3, i % 3)
        self.model = RowsTableModel([(self.tr("Section"), lambda i: self.tr(i.section)),
                                     (self.tr("Indicator"), lambda i: indicator_text(i.label)),
                                     (self.tr("Unit"), lambda i: indicator_text(i.unit)),
                                     (self.tr("Period"), lambda i: _fmt(i.total)),
                                     (self.tr("Monthly"), lambda i: "  ".join(_fmt(v) for v in i.monthly))], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.status = QLabel(self)
        team = QWidget(self)
        team_layout = QVBoxLayout(team)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addLayout(top)
        team_layout.addLayout(grid, 3)
        team_layout.addWidget(self.table, 2)
        team_layout.addWidget(self.status)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(team, self.tr("Team indicators"))
        self.survey_tab: SurveyTab | None = None
        if session.can("survey.results"):
            self.survey_tab = SurveyTab(session, self)
            self.tabs.addTab(self.survey_tab, self.tr("Patient survey"))
            self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        room = (parent.window().size() if parent is not None else None)   # no taller than the main window
        self.resize(min(1200, room.width()) if room else 1200, min(820, room.height() - 40) if room else 820)
        self.reload()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.survey_tab and self.survey_tab.results is None:
            self.survey_tab.reload()   # loaded when first shown

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def reload(self) -> None:
        ctx, (start, end) = self.session.ctx, self.period()
        self.banner.clear()
        background.run(lambda: indicators.compute(ctx, start, end), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
        if self.intake_counts is not None:
            background.run(lambda: intake_waiting.counts(ctx), guarded(self, self._show_intake),
                           guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show_intake(self, counts) -> None:
        self.intake_counts.setText(self.tr("New patients: %1 waiting, %2 in progress, %3 done this month")
                                   .replace("%1", str(counts.waiting)).replace("%2", str(counts.in_progress))
                                   .replace("%3", str(counts.done_this_month)))

    def _show(self, report) -> None:
        self.report = report
        self.model.set_rows(report.indicators)
        months = [f"{m:%m.%y}" for m in report.months]
        for key, view in self.charts.items():
            view.setChart(self._chart(report.get(key), months))

    def _chart(self, ind, months: list[str]) -> QChart:
        chart = QChart()
        chart.setTitle(indicator_text(ind.label))
        chart.legend().hide()
        bars = QBarSet(indicator_text(ind.label))
        bars.append([float(v or 0) for v in ind.monthly])
        bars.setColor(Qt.GlobalColor.darkCyan)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x_axis, y_axis = QBarCategoryAxis(), QValueAxis()
        x_axis.append(months)
        top = max([1.0] + [float(v or 0) for v in ind.monthly])
        y_axis.setRange(0, top)
        y_axis.setTickCount(int(top) + 1 if top <= 6 else 5)
        y_axis.setLabelFormat("%d" if top > 4 or float(top).is_integer() else "%.1f")
        y_axis.applyNiceNumbers() if top > 6 else None
        small = x_axis.labelsFont()
        small.setPointSizeF(7.5)
        x_axis.setLabelsFont(small)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        return chart

    def export(self, fmt: str, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the indicators"),
                                                  self.tr("indicators.%1").replace("%1", fmt))
        if not path:
            return
        ctx, (start, end), lang = self.session.ctx, self.period(), i18n.current()
        save_document(self, lambda: indicator_export.export(ctx, start, end, fmt, lang), path,
                      lambda p: self.status.setText(self.tr("Written to %1").replace("%1", p)),
                      lambda exc: self.banner.show_message(describe(exc)))
