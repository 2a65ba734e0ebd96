"""A patient's follow-up and prevention tab: each item that applies (chronic conditions, screening, vaccination)
with its status, due date and last time done, the acts recorded, and "Record act…"."""

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

from app.services.due_care import acts
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.due_care.act_dialog import RecordActDialog
from app.ui.due_care.words import Words

TOPICS = ("due_care.changed", "observation.changed", "patient.changed", "medication.changed", "task.changed")


def table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class DueCareTab(QWidget):
    """The chart tab; reloads when the patient's items may have changed."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        words = Words(self)
        self.banner = ErrorBanner(self)
        self.items = RowsTableModel([
            (self.tr("Follow-up"), lambda r: r.group_label),
            (self.tr("Act"), lambda r: r.act_label + (" *" if r.verify else "")),
            (self.tr("Status"), lambda r: words.status.get(r.status, r.status)),
            (self.tr("Due on"), lambda r: dates.day(r.due_on) if r.due_on else ("" if r.status == "done"
                                                                                else self.tr("now"))),
            (self.tr("Last done"), lambda r: dates.day(r.last_done_on) if r.last_done_on else self.tr("never")),
            (self.tr("Source"), lambda r: r.source)], self, highlight=lambda r: r.status == "overdue")
        self.acts = RowsTableModel([
            (self.tr("Date"), lambda r: dates.day(r.done_on)), (self.tr("Act"), lambda r: r.act_label),
            (self.tr("Source"), lambda r: words.source.get(r.source, r.source)),
            (self.tr("Recorded by"), lambda r: r.recorded_by), (self.tr("Note"), lambda r: r.note or "")], self)
        self.item_view, self.act_view = table(self.items, self), table(self.acts, self)
        self.item_view.doubleClicked.connect(lambda _i: self.record_act())
        self.record_button = QPushButton(self.tr("&Record act…"), self)
        self.record_button.clicked.connect(self.record_act)
        self.summary = QLabel(self)
        hint = QLabel(self.tr("* interval to be checked against its source"), self)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(hint)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for title, view in ((self.tr("Follow-up, screening and vaccination"), self.item_view),
                            (self.tr("Acts recorded"), self.act_view)):
            box = QWidget(split)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(QLabel(f"<b>{title}</b>", box))
            inner.addWidget(view)
            split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        guard(self.record_button, session, "due_care.record", session.patient_record(patient_id))
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid, lang = self.session.ctx, self.patient_id, i18n.current()
        background.run(lambda: (acts.patient_items(ctx, pid, lang), acts.patient_acts(ctx, pid, lang)),
                       guarded(self, self._show), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, result) -> None:
        items, done = result
        self.items.set_rows(items)
        self.acts.set_rows(done)
        self.item_view.resizeColumnsToContents()
        self.act_view.resizeColumnsToContents()
        overdue = sum(1 for i in items if i.status == "overdue")
        due = sum(1 for i in items if i.status == "due")
        self.summary.setText(self.tr("%1 overdue, %2 due soon").replace("%1", str(overdue)).replace("%2", str(due)))

    def record_act(self) -> RecordActDialog | None:
        if not self.record_button.isEnabled():
            return None
        row = self.items.row_at(self.item_view.currentIndex())
        dialog = RecordActDialog(self.session, self.patient_id, row.act_code if row else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and not self.session.locked and payload.get("patient_id") in (None, self.patient_id):
            self.reload()
