"""Intake → New patients: the waiting list of patients without a médecin traitant in its priority order (the rule
shown above it, those it puts first marked), the intakes in progress, done or withdrawn, a name filter, the counts;
register a patient, open the checklist, take a waiting patient on, open the chart."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.intake import intakes, waiting
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded
from app.ui.common.rows_model import RowsTableModel
from app.ui.intake.intake_dialog import IntakeDialog
from app.ui.intake.register_dialog import RegisterIntakeDialog
from app.ui.intake.take_on_dialog import TakeOnDialog
from app.ui.intake.words import IntakeWords


class NewPatientsWindow(QDialog):
    """The patients asking to be taken in."""

    sig_open_patient = Signal(int)
    """Open this patient's chart."""
    sig_loaded = Signal(int)
    """The list was loaded: how many rows."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.words = IntakeWords(self)
        self.setWindowTitle(self.tr("New patients"))
        self.banner = ErrorBanner(self)
        self.rule = QLabel(self.tr("Order: %1").replace("%1", waiting.priority_text(i18n.current())), self)
        self.rule.setWordWrap(True)
        self.counts = QLabel(self)
        self.status = choice_combo([(k, self.words.status[k]) for k in ("waiting", "in_progress", "done",
                                                                        "withdrawn")], self)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.debounce = QTimer(self)   # one search (and one audited read) once the typing pauses
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _t: self.debounce.start())
        self.only_first = QCheckBox(self.tr("Long-term condition or frailty &only"), self)
        self.only_first.toggled.connect(lambda _b: self.reload())
        self.model = RowsTableModel([
            (self.tr("Priority"), lambda r: ("★ " + self.words.facts(r)) if r.first else ""),
            (self.tr("Patient"), lambda r: r.patient_name), (self.tr("Age"), lambda r: str(r.age)),
            (self.tr("Requested on"), lambda r: dates.day(r.requested_on)),
            (self.tr("Days waiting"), lambda r: str(r.days_waiting)), (self.tr("Reason"), lambda r: r.reason or "")],
            self, highlight=lambda r: r.first)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _i: self.open_checklist())
        self.register_button = QPushButton(self.tr("&Register a patient…"), self)
        self.register_button.clicked.connect(self.register)
        self.checklist_button = QPushButton(self.tr("Check&list…"), self)
        self.checklist_button.clicked.connect(self.open_checklist)
        self.take_on_button = QPushButton(self.tr("&Take on…"), self)
        self.take_on_button.clicked.connect(self.take_on)
        self.chart_button = QPushButton(self.tr("Open the &chart"), self)
        self.chart_button.clicked.connect(self._open_chart)
        top = QHBoxLayout()
        show = QLabel(self.tr("S&how"), self)
        show.setBuddy(self.status)
        top.addWidget(show)
        top.addWidget(self.status)
        top.addWidget(self.filter, 1)
        top.addWidget(self.only_first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for b in (self.register_button, self.checklist_button, self.take_on_button, self.chart_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.rule)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        room = parent.window().size() if parent is not None else None
        self.resize(min(1100, room.width()) if room else 1100, min(620, room.height() - 40) if room else 620)
        session.sig_changed.connect(self._on_changed)
        self.dialogs: list[QDialog] = []
        self.physicians: list[tuple[int, str]] = []
        self.reload()

    def _on_changed(self, topic: str, _payload: dict) -> None:
        if topic == "intake.changed":
            self.reload()

    def _error(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def reload(self) -> None:
        ctx, text, first, status = self.session.ctx, self.filter.text(), self.only_first.isChecked(), \
            combo_value(self.status)
        background.run(lambda: (waiting.waiting_list(ctx, text, first, status), waiting.counts(ctx),
                                intakes.physicians(ctx)),
                       guarded(self, lambda r: self._show(*r)), guarded(self, self._error))

    def _show(self, rows, counts, physicians) -> None:
        self.banner.clear()
        self.physicians = physicians
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.counts.setText(self.tr("Waiting: %1 (of which first: %2) — in progress: %3 — done this month: %4")
                            .replace("%1", str(counts.waiting)).replace("%2", str(counts.waiting_first))
                            .replace("%3", str(counts.in_progress)).replace("%4", str(counts.done_this_month)))
        waiting_shown = combo_value(self.status) == "waiting"
        self.take_on_button.setEnabled(waiting_shown and bool(rows))
        self.sig_loaded.emit(len(rows))

    def current(self):
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open()
        return dialog

    def register(self) -> RegisterIntakeDialog:
        dialog = RegisterIntakeDialog(self.session, self)
        dialog.sig_saved.connect(lambda _i: self.reload())
        return self._keep(dialog)

    def open_checklist(self) -> IntakeDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = IntakeDialog(self.session, row.intake_id, self)
        dialog.sig_changed.connect(lambda _i: self.reload())
        return self._keep(dialog)

    def take_on(self) -> TakeOnDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = TakeOnDialog(self.session, row.intake_id, row.version, row.patient_version, row.patient_name,
                              self.physicians, self)
        dialog.sig_saved.connect(lambda _v: self.reload())
        return self._keep(dialog)

    def _open_chart(self) -> None:
        row = self.current()
        if row is not None:
            self.sig_open_patient.emit(row.patient_id)
