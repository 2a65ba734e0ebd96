"""The referrals list ("circuits courts"): every referral, overdue ones highlighted and listed first; the
coordinator can show only the overdue ones and move a referral along (booked, seen, report received)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import referrals
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.pathway_follow_dialog import PathwayFollowDialog
from app.ui.coordination.referral_form import ReferralForm


class ReferralWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Referrals"))
        priorities = {"p1_48h": self.tr("Within 48 h"), "p2_7d": self.tr("Within 7 days"),
                      "p3_scheduled": self.tr("Scheduled"), "advice": self.tr("Advice only")}
        statuses = {"requested": self.tr("Requested"), "booked": self.tr("Booked"), "seen": self.tr("Seen"),
                    "report_received": self.tr("Report received"), "cancelled": self.tr("Cancelled")}
        self.banner = ErrorBanner(self)
        self.model = RowsTableModel([
            (self.tr("Patient"), lambda r: r.patient_name), (self.tr("To"), lambda r: r.recipient),
            (self.tr("Priority"), lambda r: priorities.get(r.priority)),
            (self.tr("Requested"), lambda r: format_date(r.requested_on)),
            (self.tr("Target"), lambda r: format_date(r.due_by)), (self.tr("Status"), lambda r: statuses.get(r.status)),
            (self.tr("Appointment"), lambda r: format_date(r.booked_for)),
            (self.tr("Overdue"), lambda r: self.tr("overdue") if r.overdue else (self.tr("booked late")
                                                                                   if r.booked_late else "")),
            (self.tr("Question"), lambda r: self.tr("(in the chart)") if r.withheld else r.clinical_question),
            (self.tr("Answer"), lambda r: r.answer)],
            highlight=lambda r: r.overdue or r.booked_late, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_only.toggled.connect(self.reload)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setDisplayFormat(dates.qt_format())
        self.answer = QLineEdit(self)
        self.answer.setPlaceholderText(self.tr("Answer (report received) or reason (cancel)"))
        self.new_button = QPushButton(self.tr("New referral…"), self)
        guard(self.new_button, session, "referral.create")
        self.new_button.clicked.connect(self.new_referral)
        self.pathway_button = QPushButton(self.tr("Follow the pathway…"), self)
        self.pathway_button.clicked.connect(self.follow_pathway)
        top = QHBoxLayout()
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        top.addWidget(self.pathway_button)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Date"), self))
        actions.addWidget(self.day)
        actions.addWidget(self.answer, 1)
        self.status_buttons: dict[str, QPushButton] = {}
        for status, text in (("booked", self.tr("Booked")), ("seen", self.tr("Seen")),
                             ("report_received", self.tr("Report received")),
                             ("cancelled", self.tr("Cancel referral"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=status: self.advance(s))
            self.status_buttons[status] = button
            actions.addWidget(button)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.resize(1100, 520)
        session.sig_changed.connect(
            lambda topic, _p: self.reload() if topic in ("referral.changed", "access.changed") else None)
        self.reload()

    def _update_buttons(self) -> None:
        """The status buttons follow the access decision on the selected referral's patient."""
        row = self.model.row_at(self.view.currentIndex())
        for button in self.status_buttons.values():
            guard(button, self.session, "referral.update", row.record if row else None, enabled=row is not None)
        guard(self.pathway_button, self.session, "referral.update", row.record if row else None,
              enabled=row is not None and row.directory_resource_id is not None)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):       # long questions and answers must not hide the rest
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 240))

    def reload(self) -> None:
        ctx, only = self.session.ctx, self.overdue_only.isChecked()
        background.run(lambda: referrals.list_referrals(ctx, overdue_only=only), guarded(self, self.model.set_rows),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def advance(self, status: str) -> None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            return
        self.banner.clear()
        ctx, day, answer = self.session.ctx, self.day.date().toPython(), self.answer.text()
        background.run(lambda: referrals.advance(ctx, row.id, row.version, status, on=day, answer=answer,
                                                 reason=answer),
                       guarded(self, lambda _v: self.reload()),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def follow_pathway(self) -> None:
        """The pathways of the selected referral's directory resource, to create their steps as tasks."""
        row = self.model.row_at(self.view.currentIndex())
        if row is None or row.directory_resource_id is None:
            return
        self.pathway_dialog = PathwayFollowDialog(self.session, row.id, row.directory_resource_id, self)
        self.pathway_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pathway_dialog.open()

    def new_referral(self) -> None:
        self.form = ReferralForm(self.session, parent=self)   # kept for tests; deleted when closed
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.sig_saved.connect(lambda _id: self.reload())
        self.form.open()
