"""Concertation meetings: the meetings, and the per-patient records searchable by words (question,
discussion, decisions) with the share of complex patients discussed over the period shown."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import meeting_search, meetings
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.meeting_forms import AgendaDialog, MeetingDialog, RecordDialog


def _view(parent, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class MeetingWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Concertation meetings"))
        kinds = {"monthly": self.tr("Monthly"), "ad_hoc": self.tr("Ad hoc"), "cpts": self.tr("CPTS"),
                 "quality_circle": self.tr("Quality circle")}
        decisions = {"note": self.tr("Note"), "task": self.tr("Task"), "care_plan": self.tr("Care plan")}
        self.banner = ErrorBanner(self)
        self.meetings = RowsTableModel([
            (self.tr("Date"), lambda m: format_date(m["meeting_date"])), (self.tr("Type"), lambda m: kinds[m["kind"]]),
            (self.tr("Patients"), lambda m: m["patients"]), (self.tr("Title"), lambda m: m["title"])], parent=self)
        self.cases = RowsTableModel([
            (self.tr("Date"), lambda c: format_date(c.meeting_date)), (self.tr("Patient"), lambda c: c.patient_name),
            (self.tr("Question"), lambda c: c.question), (self.tr("Discussion"), lambda c: c.discussion),
            (self.tr("Decisions"), lambda c: "; ".join(f"{decisions[d['kind']]}: {d['text']}"
                                                         for d in c.decisions))], parent=self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the records (words of the question, discussion, decisions)"))
        self.search.textChanged.connect(self.reload)
        self.share = QLabel(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.meeting_view = _view(split, self.meetings)
        self.case_view = _view(split, self.cases)
        split.addWidget(self.meeting_view)
        split.addWidget(self.case_view)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.agenda_button = QPushButton(self.tr("Add a patient…"), self)
        self.record_button = QPushButton(self.tr("Record the discussion…"), self)
        for button, slot in ((self.new_button, self.new_meeting), (self.agenda_button, self.add_patient),
                             (self.record_button, self.record)):
            guard(button, session, "meeting.manage")
            button.clicked.connect(slot)
            top.addWidget(button)
        if session.can("meeting.manage"):
            self.case_view.doubleClicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.share)
        self.resize(1000, 560)
        session.sig_changed.connect(lambda topic, _p: self.reload() if topic == "meeting.changed" else None)
        self.reload()

    def reload(self) -> None:
        ctx, query = self.session.ctx, self.search.text()
        end = date.today()
        start = end - timedelta(days=365)
        background.run(lambda: (meetings.list_meetings(ctx), meeting_search.search_cases(ctx, query),
                                meeting_search.complex_share(ctx, start, end)),
                       guarded(self, self._show), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, result) -> None:
        meeting_rows, case_rows, (discussed, total) = result
        self.meetings.set_rows(meeting_rows)
        self.cases.set_rows(case_rows)
        pct = f"{100 * discussed / total:.0f} %" if total else "—"
        self.share.setText(self.tr("Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: "
                                   "ALD and 75 or older, or a care plan in force.")
                           .replace("%1", str(discussed)).replace("%2", str(total)).replace("%3", pct))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog                 # kept for tests; the dialog deletes itself when closed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _id: self.reload())
        dialog.open()

    def new_meeting(self) -> None:
        self._open(MeetingDialog(self.session, self))

    def add_patient(self) -> None:
        meeting = self.meetings.row_at(self.meeting_view.currentIndex())
        if meeting is None:
            self.banner.show_message(self.tr("Choose a meeting first."))
            return
        self.banner.clear()
        self._open(AgendaDialog(self.session, meeting, self))

    def record(self) -> None:
        case = self.cases.row_at(self.case_view.currentIndex())
        if case is None:
            self.banner.show_message(self.tr("Choose a patient record first."))
            return
        self.banner.clear()
        self._open(RecordDialog(self.session, case, self))
