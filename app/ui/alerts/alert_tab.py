"""The chart's Alerts tab: every alert of the patient (closed ones stay), and the medication documents.

Buttons: raise an alert from scratch, open one (thread and answers), print the medication plan
(eMediplan QR) or the alerts, start a reconciliation after a hospital stay, open a review worksheet.
A refused alert that a change reopens (in the service layer, whoever makes the change) arrives as "alert.changed".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import inbox as alert_inbox
from app.services.alerts.inbox import OPEN_STATES
from app.ui.alerts.alert_dialog import AlertDialog
from app.ui.alerts.alert_model import ROW_ROLE, AlertTableModel
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.fitting import FlowLayout, measure_first_rows
from app.ui.common.form_helpers import guarded
from app.ui.common.permissions import guard


class AlertTab(QWidget):
    """History of the patient's alerts; one model for the one list view."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.model = AlertTableModel(self, with_patient=False)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self.view)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Alerts of the patient"))
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(self.open_alert)
        self.status = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        self.actions: dict[str, str] = {}
        row = FlowLayout()
        for key, label, action in (("raise", self.tr("Raise alert…"), "alert.raise"),
                                   ("open", self.tr("Open…"), "alert.read"),
                                   ("plan", self.tr("Print medication plan…"), "patient.export"),
                                   ("print", self.tr("Print alerts…"), "patient.export"),
                                   ("reconcile", self.tr("Reconciliation after hospital…"), "reconciliation.record"),
                                   ("worksheet", self.tr("Review worksheet…"), "review.worksheet")):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key], self.actions[key] = button, action
            row.addWidget(button)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        session.sig_changed.connect(self._on_changed)
        self._shown = False

    def _update_buttons(self) -> None:
        """Each button follows the access decision on the patient (and "Open…" on the selected alert)."""
        patient = self.session.patient_record(self.patient_id)
        selected = self.view.currentIndex().data(ROW_ROLE) if self.view.currentIndex().isValid() else None
        for key, button in self.buttons.items():
            if key == "open":
                guard(button, self.session, "alert.read", selected.record if selected else patient,
                      enabled=selected is not None)
            else:
                guard(button, self.session, self.actions[key], patient)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Load when the tab is first shown (a chart opens on its summary: no work for hidden tabs)."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.reload()

    def reload(self) -> None:
        if self.session.locked or not self.session.can("alert.read"):
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: alert_inbox.patient_alerts(ctx, pid), guarded(self, self._loaded),
                       guarded(self, self._failed))

    def _loaded(self, rows) -> None:
        if self.session.locked:
            return
        self.model.set_rows(rows)
        self._update_buttons()
        waiting = sum(1 for r in rows if r.state in OPEN_STATES)
        self.status.setText(self.tr("%n alert(s)", "", len(rows)) + " · "
                            + self.tr("%n waiting for an answer", "", waiting))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc))

    def _on_changed(self, topic: str, payload: dict) -> None:
        if payload.get("patient_id") != self.patient_id or self.session.locked or not self._shown:
            return
        if topic == "alert.changed":
            self.reload()

    def open_alert(self, index: QModelIndex | None = None):
        index = index if index is not None and index.isValid() else self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None or not self.session.can("alert.read", row.record):
            return None
        dialog = AlertDialog(self.session, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def act(self, key: str):
        if key == "open":
            return self.open_alert()
        if key == "raise":
            from app.ui.alerts.raise_dialog import RaiseAlertDialog  # opened on demand

            dialog = RaiseAlertDialog(self.session, self.patient_id, None, self)
        elif key == "reconcile":
            from app.ui.alerts.reconciliation_dialog import ReconciliationDialog  # opened on demand

            dialog = ReconciliationDialog(self.session, self.patient_id, self)
        elif key == "worksheet":
            from app.ui.alerts.worksheet_dialog import ReviewWorksheetDialog  # opened on demand

            dialog = ReviewWorksheetDialog(self.session, self.patient_id, self)
        else:
            return self._save_pdf(key)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_pdf(self, key: str) -> None:
        name = self.tr("medication-plan.pdf") if key == "plan" else self.tr("alerts.pdf")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name, "PDF (*.pdf)")
        if not path:
            return
        ctx, pid = self.session.ctx, self.patient_id

        def render():   # on the database worker, which loads the PDF writer with the first printout
            if key == "plan":
                from app.services.medications.plan_pdf import medication_plan_pdf  # the PDF writer, on the worker

                return medication_plan_pdf(ctx, pid)
            from app.services.alerts.alert_pdf import alerts_pdf  # the PDF writer, on the worker

            return alerts_pdf(ctx, pid)
        save_document(self, render, path, lambda p: self.status.setText(self.tr("Saved %1").replace("%1", p)),
                      self._failed)
