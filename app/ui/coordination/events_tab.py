"""A patient's Documents tab: hospital events (ED visits, admissions, discharges), their documents and the
patient's DAUM alerts; record an event, attach a document (stored encrypted in the database), open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import daum, documents, hospital_events
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.documents_viewer import DocumentViewer
from app.ui.coordination.events_dialog import EventDialog
from app.ui.coordination.restriction_dialog import RestrictionDialog


def _table(parent, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class EventsTab(QWidget):
    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        kinds = {"ed_visit": self.tr("Emergency visit"), "admission": self.tr("Admission"),
                 "discharge": self.tr("Discharge")}
        self.banner = ErrorBanner(self)
        self.daum_label = QLabel(self)
        self.daum_label.setWordWrap(True)
        self.daum_label.setStyleSheet("background: #fff3e0; border: 1px solid #ef6c00; padding: 6px;")
        self.daum_label.hide()
        self.events = RowsTableModel([
            (self.tr("Date"), lambda r: format_date(r.event_date)), (self.tr("Kind"), lambda r: kinds.get(r.kind)),
            (self.tr("Facility"), lambda r: r.facility), (self.tr("Documents"), lambda r: r.documents or ""),
            (self.tr("Summary"), lambda r: (r.summary or "").replace("\n", " "))],
            highlight=lambda r: r.kind == "ed_visit", parent=self)
        self.docs = RowsTableModel([
            (self.tr("Added"), lambda r: dates.day(r.added_at)),
            (self.tr("Title"), lambda r: self.tr("Restricted document") if r.withheld else r.title),
            (self.tr("File"), lambda r: r.filename),
            (self.tr("Size"), lambda r: f"{max(1, r.size // 1024)} kB")], parent=self)
        self.event_view, self.doc_view = _table(self, self.events), _table(self, self.docs)
        self.doc_view.doubleClicked.connect(lambda _i: self.open_document())
        self.record_button = QPushButton(self.tr("&Record event…"), self)
        self.record_button.clicked.connect(self.record_event)
        self.attach_button = QPushButton(self.tr("&Attach document…"), self)
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("&Open document"), self)
        self.open_button.clicked.connect(self.open_document)
        self.doc_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()
        buttons = QHBoxLayout()
        for b in (self.record_button, self.attach_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for title, view in ((self.tr("Hospital events"), self.event_view), (self.tr("Documents"), self.doc_view)):
            box = QWidget(split)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(QLabel(f"<b>{title}</b>", box))
            inner.addWidget(view)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.daum_label)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid, can_daum = self.session.ctx, self.patient_id, self.session.can("daum.read")
        background.run(lambda: (hospital_events.patient_events(ctx, pid), documents.list_documents(ctx, pid),
                                daum.list_alerts(ctx, patient_id=pid) if can_daum else []),
                       guarded(self, self._show), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _update_buttons(self) -> None:
        """Buttons follow the access decision on the patient, "Open document" on the selected document (a
        restricted one: only for the people it names)."""
        patient = self.session.patient_record(self.patient_id)
        doc = self.docs.row_at(self.doc_view.currentIndex())
        guard(self.record_button, self.session, "hospital_event.record", patient)
        guard(self.attach_button, self.session, "document.add", patient)
        guard(self.open_button, self.session, "document.read", doc.record if doc else patient,
              enabled=doc is not None)

    def _show(self, result) -> None:
        events, docs, alerts = result
        self.events.set_rows(events)
        self.docs.set_rows(docs)
        self._update_buttons()
        if alerts:
            a = alerts[0]
            self.daum_label.setText(self.tr("Frequent emergency visits: %1 visits within 12 months up to %2 "
                                            "(coordination alert %3).").replace("%1", str(a.visit_count))
                                    .replace("%2", format_date(a.trigger_date))
                                    .replace("%3", self.tr("open") if a.status == "open" else self.tr("acknowledged")))
        self.daum_label.setVisible(bool(alerts))

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in ("hospital_event.changed", "document.changed", "daum.changed") and not self.session.locked \
                and payload.get("patient_id") in (None, self.patient_id):
            self.reload()

    def record_event(self) -> EventDialog:
        dialog = EventDialog(self.session, self.patient_id, self)
        dialog.open()
        return dialog

    def attach(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), "",
                                                  self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt)"))
        if not path:
            return
        event = self.events.row_at(self.event_view.currentIndex())
        self.restriction = RestrictionDialog(self.session, Path(path).name, self, self.patient_id)
        self.restriction.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restriction.accepted.connect(
            lambda dialog=self.restriction: self._add(Path(path), event.id if event else None, *dialog.restriction()))
        self.restriction.open()

    def _add(self, file: Path, event_id: int | None, staff_ids: list[int], roles: list[str]) -> None:
        """Store the document (restricted to ``staff_ids`` and ``roles`` when any is given)."""
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: documents.add_document(ctx, pid, title=file.stem, filename=file.name,
                                                      content=file.read_bytes(), event_id=event_id,
                                                      restricted_staff=staff_ids, restricted_roles=roles),
                       None, guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def open_document(self) -> None:
        row = self.docs.row_at(self.doc_view.currentIndex())
        if row is None or not self.session.can("document.read", row.record):
            return
        ctx = self.session.ctx
        background.run(lambda: documents.open_document(ctx, row.id), guarded(self, self._view),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _view(self, doc) -> None:
        self.viewer = DocumentViewer(doc, self)
        self.viewer.open()
