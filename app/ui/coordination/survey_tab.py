"""The dashboard's patient survey tab: per question and period (week or month) the number of answers and the mean
(1–5) or the share of yes, the comments with their week, and the PDF export."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import survey, survey_pdf
from app.services.tasks import recurrence
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel

WEEKS_SHOWN = 8


def _num(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", 1)


class SurveyTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.results: survey.SurveyResults | None = None
        self.banner = ErrorBanner(self)
        today = recurrence.today_local()
        self.week_from = QLineEdit(survey.iso_week(today - timedelta(weeks=WEEKS_SHOWN - 1)), self)
        self.week_to = QLineEdit(survey.iso_week(today), self)
        for edit in (self.week_from, self.week_to):
            edit.setMaximumWidth(100)
        self.period = QComboBox(self)
        self.period.addItem(self.tr("per week"), "week")
        self.period.addItem(self.tr("per month"), "month")
        show = QPushButton(self.tr("S&how"), self)
        show.clicked.connect(self.reload)
        self.pdf_button = QPushButton(self.tr("Survey &PDF…"), self)
        guard(self.pdf_button, session, "indicators.export")
        self.pdf_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Weeks"), self), self.week_from, QLabel(self.tr("to"), self), self.week_to,
                  self.period, show):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        self.summary = QLabel(self)
        self.model = RowsTableModel([], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.comments = RowsTableModel([(self.tr("Week"), lambda c: c[0]), (self.tr("Comment"), lambda c: c[1])],
                                       self)
        self.comment_view = QTableView(self)
        self.comment_view.setModel(self.comments)
        self.comment_view.verticalHeader().hide()
        self.comment_view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Comments (week only, no date)"), self))
        layout.addWidget(self.comment_view, 2)
        layout.addWidget(self.status)

    def reload(self) -> None:
        ctx, start, end, period = self.session.ctx, self.week_from.text(), self.week_to.text(), self.period.currentData()
        self.banner.clear()
        background.run(lambda: survey.results(ctx, start, end, period), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, res: survey.SurveyResults) -> None:
        self.results = res
        lang = i18n.current() if i18n.current() in ("fr", "de", "en") else "fr"
        periods = res.periods[-12:]

        def cell(key: str, kind: str, p: str | None) -> str:
            stat = res.totals[key] if p is None else res.stats[key][p]
            if not stat.count:
                return "—"
            value = _num(stat.mean) if kind == "likert" else f"{_num(stat.yes_share)} %"
            return f"{value} (n={stat.count})"

        columns = [(self.tr("Question"), lambda q: q.text[lang]),
                   (self.tr("Scale"), lambda q: self.tr("mean 1–5") if q.kind == "likert" else self.tr("yes %")),
                   (self.tr("Whole span"), lambda q: cell(q.key, q.kind, None))]
        columns += [(p, lambda q, p=p: cell(q.key, q.kind, p)) for p in periods]
        self.model.columns = columns
        self.model.set_rows(list(res.questionnaire.scored()))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 360)
        self.table.resizeRowsToContents()
        self.comments.set_rows(res.comments)
        self.summary.setText(self.tr("%1 questionnaires: %2 on paper, %3 at the kiosk.")
                             .replace("%1", str(sum(res.answer_sets.values())))
                             .replace("%2", str(res.channels["paper"])).replace("%3", str(res.channels["kiosk"])))

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the survey results"),
                                                  self.tr("survey.pdf"), "PDF (*.pdf)")
        if not path:
            return
        ctx, start, end, period = self.session.ctx, self.week_from.text(), self.week_to.text(), self.period.currentData()
        lang = i18n.current()
        save_document(self, lambda: survey_pdf.results_pdf(ctx, start, end, period, lang), path,
                      lambda p: self.status.setText(self.tr("Written to %1").replace("%1", p)),
                      lambda exc: self.banner.show_message(describe(exc)))
