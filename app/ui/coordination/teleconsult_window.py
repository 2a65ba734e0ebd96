"""The teleconsultations list: upcoming nurse-assisted teleconsultations with their status and checklist progress;
book one, open its video link in the browser, conclude it (the remote physician) or cancel it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import teleconsultation as tele
from app.services.tasks import protocols, recurrence
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.teleconsult_form import ConclusionForm, TeleconsultForm

OPEN = ("booked", "prepared", "in_progress")


def _slot(row: tele.TeleconsultationRow) -> str:
    start, end = recurrence.to_local(row.starts_at), recurrence.to_local(row.ends_at)   # the practice's clock
    return f"{dates.day(start)} {start:%H:%M}–{end:%H:%M}"


class TeleconsultWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.protocol_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Teleconsultations"))
        statuses = {"booked": self.tr("Booked"), "prepared": self.tr("Prepared"),
                    "in_progress": self.tr("In progress"), "concluded": self.tr("Concluded"),
                    "cancelled": self.tr("Cancelled")}
        self.banner = ErrorBanner(self)
        self.model = RowsTableModel([
            (self.tr("When"), _slot), (self.tr("Patient"), lambda r: r.patient_name),
            (self.tr("With the patient"), lambda r: r.accompanying_name),
            (self.tr("Remote physician"), lambda r: r.remote_physician_name),
            (self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
            (self.tr("Checklist"), lambda r: f"{r.tasks_done}/{r.tasks_total}"),
            (self.tr("Protocol"), lambda r: self.protocol_names.get(r.protocol_code, r.protocol_code or "")),
            (self.tr("Conclusion"), lambda r: self.tr("(in the chart)") if r.withheld else (r.conclusion or ""))],
            highlight=lambda r: r.status == "booked", parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _i: self.open_link())
        self.model.modelReset.connect(self._fit_columns)
        self.show_closed = QCheckBox(self.tr("Show concluded and cancelled"), self)
        self.show_closed.toggled.connect(self.reload)
        self.book_button = QPushButton(self.tr("&Book…"), self)
        guard(self.book_button, session, "teleconsultation.book")
        self.book_button.clicked.connect(self.book)
        top = QHBoxLayout()
        top.addWidget(self.show_closed)
        top.addStretch(1)
        top.addWidget(self.book_button)
        self.link_button = QPushButton(self.tr("&Open video link"), self)
        self.link_button.clicked.connect(self.open_link)
        self.conclude_button = QPushButton(self.tr("Con&clude…"), self)
        self.conclude_button.clicked.connect(self.conclude)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.cancel_button = QPushButton(self.tr("Cancel booking"), self)
        self.cancel_button.clicked.connect(self.cancel_booking)
        actions = QHBoxLayout()
        actions.addWidget(self.link_button)
        actions.addWidget(self.conclude_button)
        actions.addStretch(1)
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.cancel_button)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.resize(1100, 520)
        session.sig_changed.connect(lambda topic, _p: self.reload() if topic in (
            "teleconsultation.changed", "task.changed", "access.changed") else None)
        self.reload()

    def current(self) -> tele.TeleconsultationRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _update_buttons(self) -> None:
        """Conclude: the remote physician of an open booking; cancel: who may book, on an open booking."""
        row = self.current()
        is_open = row is not None and row.status in OPEN
        self.link_button.setEnabled(row is not None and is_open)
        guard(self.conclude_button, self.session, "teleconsultation.conclude", row.record if row else None,
              enabled=is_open and row.remote_physician_id == self.session.actor.staff_id)
        guard(self.cancel_button, self.session, "teleconsultation.book", row.record if row else None,
              enabled=is_open)
        self.reason.setEnabled(self.cancel_button.isEnabled())

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 240))
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def reload(self) -> None:
        ctx, closed = self.session.ctx, self.show_closed.isChecked()
        def load():
            return (tele.list_teleconsultations(ctx, include_closed=closed),
                    {p.code: p.name for p in protocols.list_protocols(ctx)})
        background.run(load, guarded(self, self._loaded), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, loaded) -> None:
        rows, self.protocol_names = loaded   # a protocol by its name, not its code
        self.model.set_rows(rows)

    def open_link(self) -> bool:
        """Open the video link in the browser (Cordée carries no video)."""
        row = self.current()
        if row is None or row.status not in OPEN:
            return False
        return QDesktopServices.openUrl(QUrl(row.video_url))

    def book(self) -> None:
        self.form = TeleconsultForm(self.session, parent=self)    # kept for tests; deleted when closed
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.sig_saved.connect(lambda _id: self.reload())
        self.form.open()

    def conclude(self) -> None:
        row = self.current()
        if row is None:
            return
        self.form = ConclusionForm(self.session, row, parent=self)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.sig_saved.connect(lambda _v: self.reload())
        self.form.open()

    def cancel_booking(self) -> None:
        row = self.current()
        if row is None:
            return
        self.banner.clear()
        ctx, reason = self.session.ctx, self.reason.text()
        background.run(lambda: tele.cancel(ctx, row.id, row.version, reason),
                       guarded(self, lambda _v: (self.reason.clear(), self.reload())),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
