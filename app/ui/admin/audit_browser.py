"""The audit trail for administrators: filter, read, and verify the hash chain.

Reading the trail is itself audited by the service, so the list is loaded only
when the dialog opens and when the user presses Search.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.practice import audit_trail
from app.services.practice import staff as staff_service
from app.ui.admin import audit_labels
from app.ui.admin.audit_model import AuditTableModel
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import code_text, describe
from app.ui.common.fitting import measure_first_rows
from app.ui.common.form_helpers import guarded


def _utc_start_of(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time.min).astimezone()
    return local.astimezone(UTC)


class AuditBrowserDialog(QDialog):
    """Filters on top, the events below, and the chain check."""

    sig_loaded = Signal()
    """The events were (re)loaded with the current filters."""
    sig_verified = Signal(object)
    """The chain check finished; carries the ChainReport."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.last_report = None
        self.setWindowTitle(self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr("Checks that no entry was changed, inserted or deleted outside "
                                              "Cordée."))
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setEnabled(session.can("audit.verify"))
        bottom.addWidget(self.verify_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        layout.addWidget(self.verify_result)
        self.resize(1100, 560)
        self._load_users()
        self.search()

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for prefix, label in audit_labels.action_choices():
            self.action.addItem(label, prefix)
        self.user = QComboBox()
        self.user.addItem(self.tr("All users"), None)
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(self.tr("name or number (any)"))
        self.patient.setMinimumWidth(self.patient.fontMetrics().horizontalAdvance(self.patient.placeholderText()) + 24)
        self.patient.returnPressed.connect(self.search)
        self.outcome = QComboBox()
        for label, code in ((self.tr("All outcomes"), ""), (self.tr("Success"), "success"),
                            (self.tr("Failure"), "failure")):
            self.outcome.addItem(label, code)
        self.use_dates = QCheckBox(self.tr("Between"))
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(dates.qt_format())
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        grid.addWidget(QLabel(self.tr("Action")), 0, 0)
        grid.addWidget(self.action, 0, 1)
        grid.addWidget(QLabel(self.tr("User")), 0, 2)
        grid.addWidget(self.user, 0, 3)
        grid.addWidget(QLabel(self.tr("Patient")), 0, 4)
        grid.addWidget(self.patient, 0, 5)
        grid.addWidget(QLabel(self.tr("Outcome")), 1, 0)
        grid.addWidget(self.outcome, 1, 1)
        grid.addWidget(self.use_dates, 1, 2)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("and")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        grid.addLayout(period, 1, 3)
        grid.addWidget(self.search_button, 1, 5)
        grid.setColumnStretch(3, 1)
        return grid

    def _load_users(self) -> None:
        ctx = self.session.ctx

        def fill(rows) -> None:
            for r in rows:
                self.user.addItem(f"{r.family_name}, {r.given_names} ({r.username})", r.id)

        background.run(lambda: staff_service.list_staff(ctx, include_inactive=True), guarded(self, fill),
                       guarded(self, self._report))

    def filters(self) -> dict:
        """The service filters the widgets describe."""
        patient = self.patient.text().strip()
        values = {"action_prefix": self.action.currentData() or None, "user_id": self.user.currentData(),
                  "patient_id": int(patient) if patient.isdigit() else None,
                  "patient_name": patient if patient and not patient.isdigit() else None,
                  "outcome": self.outcome.currentData() or None}
        if self.use_dates.isChecked():
            values["since"] = _utc_start_of(self.date_from.date())
            values["until"] = _utc_start_of(self.date_to.date()) + timedelta(days=1)
        return values

    def search(self) -> None:
        ctx, filters = self.session.ctx, self.filters()
        self.search_button.setEnabled(False)
        background.run(lambda: audit_trail.browse(ctx, **filters), guarded(self, self._loaded), guarded(self, self._report))

    def _loaded(self, rows) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n entry(ies) (newest first, at most 500).", "", len(rows)))
        self.sig_loaded.emit()

    def verify(self) -> None:
        """Walk the whole chain in the background."""
        ctx = self.session.ctx
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Checking the audit trail…"))
        background.run(lambda: audit_trail.verify(ctx), guarded(self, self._verified), guarded(self, self._report))

    def _verified(self, report) -> None:
        self.last_report = report
        self.verify_button.setEnabled(True)
        anchors = [("⚠ " if c.detects else "✓ ") + code_text(c.finding.code, **c.finding.params)
                   for c in report.anchors]
        if report.ok:
            self.verify_result.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.verify_result.setText("\n".join([
                self.tr("The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.")
                .replace("%1", str(report.rows)), *anchors]))
        else:
            self.verify_result.setStyleSheet("color: #b00020; font-weight: bold;")
            problems = [code_text(p.code, **p.params) for p in report.problems]
            self.verify_result.setText("\n• ".join([
                self.tr("The audit trail was changed outside Cordée (%1 entries checked). Problems found:")
                .replace("%1", str(report.rows)), *problems, *anchors]))
        self.sig_verified.emit(report)

    def _report(self, exc: Exception) -> None:
        self.search_button.setEnabled(True)
        self.verify_button.setEnabled(self.session.can("audit.verify"))
        self.verify_result.setStyleSheet("color: #b00020; font-weight: bold;")
        self.verify_result.setText(describe(exc))
