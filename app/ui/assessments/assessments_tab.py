"""A patient's assessments tab: the assessments recorded (newest first), the trend of the selected one's instrument,
its proposals with "Accept", and "New assessment…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments import proposals, records
from app.ui.assessments.assessment_form import AssessmentForm
from app.ui.assessments.trend_chart import TrendChart
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel

TOPICS = ("assessment.changed", "task.changed", "care_plan.changed")


def _table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.setMinimumHeight(50)
    return view


class AssessmentsTab(QWidget):
    """The chart tab; reloads when the patient's assessments may have changed."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.lang = session, patient_id, i18n.current()
        self.banner = ErrorBanner(self)
        self.list = RowsTableModel([
            (self.tr("Date"), lambda r: dates.day(r.done_at)),
            (self.tr("Instrument"), lambda r: r.title),
            (self.tr("Score"), lambda r: f"{r.score} / {r.score_max}"),
            (self.tr("Result"), lambda r: r.band_title + ("".join(f" — {t}" for t in r.flag_titles))),
            (self.tr("Recorded by"), lambda r: r.recorded_by + (f" ({r.protocol_code})" if r.protocol_code else ""))],
            self, highlight=lambda r: bool(r.flags) or any(not p.accepted for p in r.proposals))
        self.proposed = RowsTableModel([
            (self.tr("Proposal"), lambda p: self.tr("Task") if p.kind == "task" else self.tr("Care-plan need")),
            (self.tr("What"), lambda p: p.text),
            (self.tr("Status"), lambda p: self.tr("Accepted") if p.accepted else self.tr("To decide"))], self)
        self.list_view, self.proposal_view = _table(self.list, self), _table(self.proposed, self)
        self.list_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.chart = TrendChart(self)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.new_button.clicked.connect(self.new_assessment)
        self.accept_button = QPushButton(self.tr("&Accept proposal"), self)
        self.accept_button.clicked.connect(self.accept_proposal)
        self.accept_button.setEnabled(False)
        self.proposal_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._proposal_selected())
        self.operation = FormOperation(self, self.banner)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self._titled(self.tr("Assessments recorded"), self.list_view))
        top.addWidget(self._titled(self.tr("Trend of this instrument"), self.chart))
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self._titled(self.tr("What the selected result proposes"), self.proposal_view))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        guard(self.new_button, session, "assessment.record", session.patient_record(patient_id))
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def _titled(self, title: str, view: QWidget) -> QWidget:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(f"<b>{title}</b>", box))
        inner.addWidget(view)
        return box

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid, lang = self.session.ctx, self.patient_id, self.lang
        background.run(lambda: records.patient_assessments(ctx, pid, lang), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, rows: list[records.AssessmentRow]) -> None:
        current = self.list.row_at(self.list_view.currentIndex())
        self.list.set_rows(rows)
        self.list_view.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if rows:
            self.list_view.selectRow(ids.index(current.id) if current and current.id in ids else 0)
        else:
            self._selected()

    def _selected(self) -> None:
        row = self.list.row_at(self.list_view.currentIndex())
        self.proposed.set_rows(list(row.proposals) if row else [])
        self.proposal_view.resizeColumnsToContents()
        if self.proposed.rowCount():
            self.proposal_view.selectRow(0)
        self._proposal_selected()
        if row is None:
            self.chart.set_trend(None)
            return
        ctx, pid, lang, inst = self.session.ctx, self.patient_id, self.lang, row.instrument_id
        background.run(lambda: records.trend(ctx, pid, inst, lang), guarded(self, self.chart.set_trend),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _proposal_selected(self) -> None:
        p = self.proposed.row_at(self.proposal_view.currentIndex())
        self.accept_button.setEnabled(p is not None and not p.accepted and self.new_button.isEnabled())

    def new_assessment(self) -> AssessmentForm | None:
        if not self.new_button.isEnabled():
            return None
        row = self.list.row_at(self.list_view.currentIndex())
        dialog = AssessmentForm(self.session, self.patient_id, row.instrument_id if row else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept_proposal(self) -> None:
        row = self.list.row_at(self.list_view.currentIndex())
        p = self.proposed.row_at(self.proposal_view.currentIndex())
        if row is None or p is None or p.accepted:
            return
        ctx, aid, key, lang = self.session.ctx, row.id, p.key, self.lang
        self.operation.run(lambda: proposals.accept(ctx, aid, key, lang), lambda _r: self.reload())

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and not self.session.locked and payload.get("patient_id") in (None, self.patient_id):
            self.reload()
