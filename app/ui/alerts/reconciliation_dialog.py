"""Reconciliation after a hospital stay: enter or import the discharge list, see each difference, decide, validate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import reconciliation
from app.services.medications import emediplan
from app.services.medications import medication_list as medications
from app.ui.alerts.alert_texts import answer_label
from app.ui.alerts.discharge_line_dialog import DischargeLineDialog, DischargeLinesModel
from app.ui.common import background
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.medications.medication_model import posology_line


def schedule_words(side: dict | None) -> str:
    """A line kept in the reconciliation: name, strength and posology as the user reads them."""
    if not side:
        return "—"
    data = medications.input_from_dict(side)
    name = data.product_name or data.substances or ""
    strength = data.strength or ""
    return " ".join(x for x in (name, "" if strength in name else strength, posology_line(data)) if x)


class ItemModel(QAbstractTableModel):
    """The differences of one reconciliation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Difference"), self.tr("Before the stay"), self.tr("At discharge"), self.tr("Decision"),
                    self.tr("Explanation"), self.tr("Doctor's answer"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        i = self.items[index.row()]
        kinds = {"added": self.tr("Added"), "stopped": self.tr("Stopped"), "dose_changed": self.tr("Dose changed"),
                 "substituted": self.tr("Substituted"), "unchanged": self.tr("Unchanged")}
        decisions = {"intentional_documented": self.tr("Intentional, documented"),
                     "to_be_clarified": self.tr("To be clarified"), "keep_current": self.tr("Keep current line")}
        alert_word, task_word = self.tr("alert"), self.tr("task")
        sent = f" → {alert_word} #{i.alert_id}" if i.alert_id else (f" → {task_word} #{i.task_id}" if i.task_id else "")
        answer = (answer_label(i.answer_code) + (f" — {i.answer_text}" if i.answer_text else "")) if i.answer_code \
            else (self.tr("Waiting") if i.alert_id else "")
        return (kinds.get(i.kind, i.kind), schedule_words(i.before), schedule_words(i.after),
                decisions.get(i.decision, i.decision) + sent, i.note or "", answer)[index.column()]


class ReconciliationDialog(QDialog):
    """Latest reconciliation of the patient, or a new one from a discharge list entered by hand and/or imported
    from an eMediplan code."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.view = session, patient_id, None
        self.line_dialog: DischargeLineDialog | None = None
        self.setWindowTitle(self.tr("Medication reconciliation after a hospital stay"))
        self.resize(980, 760)
        self.banner = ErrorBanner(self)
        self.header = QLabel(self)
        self.source = QLineEdit(self)
        self.day = QLineEdit(format_date(date.today()), self)
        self.payload = QPlainTextEdit(self)
        self.payload.setPlaceholderText(self.tr("Paste the discharge list's eMediplan code (CHMED16A… or CHMED23A…)"))
        self.payload.setMaximumHeight(60)
        self.lines = DischargeLinesModel(self)
        self.lines_view = QTableView(self)
        self.lines_view.setModel(self.lines)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lines_view.setMaximumHeight(130)
        self.lines_view.doubleClicked.connect(lambda _index: self.edit_line())
        line_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add a line…"), self.add_line), (self.tr("Change the line…"), self.edit_line),
                           (self.tr("Remove the line"), self.remove_line)):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        start = QPushButton(self.tr("Compare with the current list"), self)
        start.clicked.connect(self.start)
        form = QFormLayout()
        form.addRow(self.tr("Hospital / department"), self.source)
        form.addRow(self.tr("Discharge date"), self.day)
        form.addRow(self.tr("Discharge lines"), self.lines_view)
        form.addRow("", line_buttons)
        form.addRow(self.tr("or eMediplan code"), self.payload)
        form.addRow("", start)
        self.model = ItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.decision = choice_combo([("intentional_documented", self.tr("Intentional, documented")),
                                      ("to_be_clarified", self.tr("To be clarified")),
                                      ("keep_current", self.tr("Keep current line"))], self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why (required for an intentional change)"))
        actions = QHBoxLayout()
        patient = session.patient_record(patient_id)
        for text, slot, action in ((self.tr("Save decision"), self.decide, "reconciliation.record"),
                                   (self.tr("Send as alert"), self.clarify, "reconciliation.record"),
                                   (self.tr("Send every line to clarify"), self.clarify_all, "reconciliation.record"),
                                   (self.tr("Validate the reconciled list"), self.validate,
                                    "reconciliation.validate")):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            actions.addWidget(button)
            guard(button, session, action, patient)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decision)
        decide_row.addWidget(self.note, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.banner, self.header):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide_row)
        layout.addLayout(actions)
        layout.addWidget(close)
        self._run(lambda ctx, pid: (reconciliation.list_reconciliations(ctx, pid) or [None])[0])

    def _run(self, fn, done=None) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        self.banner.clear()
        background.run(lambda: fn(ctx, pid), guarded(self, done or self._show), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def _show(self, view) -> None:
        if view is None or self.session.locked:
            return
        self.view = view
        state = self.tr("validated by %1").replace("%1", view.validated_by or "") if view.state == "validated" \
            else self.tr("draft")
        self.header.setText(f"{view.source} — {format_date(view.discharge_date)} — {state}")
        self.model.set_items(view.items)

    def _item(self):
        index = self.table.currentIndex()
        return self.model.items[index.row()] if index.isValid() and self.view else None

    def add_line(self) -> None:
        """Enter one discharge line by hand (catalogue search or free text)."""
        self._open_line_dialog(None)

    def edit_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        if row >= 0:
            self._open_line_dialog(row)

    def remove_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        if row >= 0:
            self.lines.remove(row)

    def _open_line_dialog(self, row: int | None) -> None:
        line = self.lines.lines()[row] if row is not None else None
        dialog = DischargeLineDialog(ui_settings.get(ui_settings.LANGUAGE), line, self)
        dialog.accepted.connect(lambda: self._line_entered(row, dialog.value()))
        self.line_dialog = dialog
        dialog.open()

    def _line_entered(self, row: int | None, line) -> None:
        self.banner.clear()
        if row is None:
            self.lines.add(line)
            self.lines_view.selectRow(self.lines.rowCount() - 1)
        else:
            self.lines.replace_line(row, line)

    def start(self) -> None:
        """Compare the lines entered by hand, plus those of the eMediplan code if one is pasted."""
        source, day, payload = self.source.text(), self.day.text(), self.payload.toPlainText().strip()
        entered = self.lines.lines()
        if not entered and not payload:
            self.banner.show_message(self.tr("Enter the discharge lines or paste the eMediplan code first."))
            return

        def job(ctx, pid):
            lines = entered + (emediplan.medication_inputs(emediplan.decode(payload)) if payload else [])
            return reconciliation.get_reconciliation(ctx, reconciliation.start_reconciliation(ctx, pid, lines, source,
                                                                                              day))
        self._run(job, self._started)

    def _started(self, view) -> None:
        self.lines.clear()
        self.payload.clear()
        self._show(view)

    def decide(self) -> None:
        item, decision, note, rid = self._item(), combo_value(self.decision), self.note.text(), self.view and self.view.id
        if item is not None:
            self._run(lambda ctx, pid: (reconciliation.set_decision(ctx, item.id, decision, note),
                                        reconciliation.get_reconciliation(ctx, rid))[1])

    def clarify(self) -> None:
        item, rid = self._item(), self.view and self.view.id
        if item is not None:
            self._run(lambda ctx, pid: (reconciliation.clarify(ctx, item.id, "alert"),
                                        reconciliation.get_reconciliation(ctx, rid))[1])

    def clarify_all(self) -> None:
        """Every line to be clarified not yet sent, in the reconciliation's one alert (raised or extended)."""
        if self.view is not None:
            rid = self.view.id
            self._run(lambda ctx, pid: (reconciliation.clarify_lines(ctx, rid),
                                        reconciliation.get_reconciliation(ctx, rid))[1])

    def validate(self) -> None:
        if self.view is not None:
            rid, version = self.view.id, self.view.version
            self._run(lambda ctx, pid: (reconciliation.validate(ctx, rid, version),
                                        reconciliation.get_reconciliation(ctx, rid))[1])
