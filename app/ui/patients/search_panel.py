"""Search as you type over the patient register, results in a table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.patients import records as patients
from app.services.security.relations import CIRCLE
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import SIZE_FROM_ROWS, measure_first_rows
from app.ui.common.form_helpers import guarded
from app.ui.patients.emergency_access_dialog import EmergencyAccessDialog
from app.ui.patients.list_model import COLUMNS, PatientListModel

DEBOUNCE_MS = 150
LIMIT = 200
OPTIONAL_COLUMNS = ("city", "birth_name", "sex")
"""Hidden in this order when the panel is too narrow for every column (a chart open beside it): the name and the
birth date stay whole."""


class PatientSearchPanel(QWidget):
    sig_open_patient = Signal(int)
    """The user chose a patient (Enter or double-click): open the chart of this patient id."""
    sig_settled = Signal()
    """The newest search has finished: its results are shown, or its error is."""

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 search_fn: Callable = patients.search_patients):
        super().__init__(parent)
        self.session = session
        self._search_fn = search_fn
        self._request = 0          # number of the newest request; older results are dropped
        self.dropped_results = 0   # how many stale results were thrown away (for tests and diagnostics)
        self.results_shown = 0     # how many result lists reached the view (start-up readiness)
        self.model = PatientListModel(self)
        self._fitting = False
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(dates.placeholder(self.tr("Search by name, birth date (dd.mm.yyyy) or identifier")))
        self.search_field.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring all 200 on every keystroke costs tens of ms.
        measure_first_rows(self.view)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.addWidget(self.search_field)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        self.emergency_button = QPushButton(self.tr("Emergency access…"), self)
        self.emergency_button.setToolTip(self.tr("Open the chart of a patient outside your care circle in an "
                                                 "emergency, stating why (recorded, and told to the médecin traitant "
                                                 "and the administrator)."))
        self.emergency_button.clicked.connect(self.ask_emergency_access)
        self.emergency_dialog: EmergencyAccessDialog | None = None
        bottom.addWidget(self.emergency_button)
        layout.addLayout(bottom)
        self._show_emergency_button()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_field.textEdited.connect(self._timer.start)
        self.search_field.returnPressed.connect(self._open_from_field)
        self.view.activated.connect(self._open_index)
        self.model.modelReset.connect(self._select_first)
        self.model.modelReset.connect(self.fit_columns)
        self.view.viewport().installEventFilter(self)   # the list's width changes: which columns fit
        session.sig_changed.connect(self._on_changed)
        if not session.can("patient.search"):
            self.search_field.setEnabled(False)
            self.count_label.setText(self.tr("Your role does not give access to the patient register."))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Show the columns that fit the panel's width, dropping the optional ones first."""
        if self._fitting:
            return
        self._fitting = True
        try:
            header, rows = self.view.horizontalHeader(), min(self.model.rowCount(), SIZE_FROM_ROWS)
            for i in range(len(COLUMNS)):
                self.view.setColumnHidden(i, False)   # a hidden column has no size to measure
            widths = {name: max(header.sectionSizeHint(i), self.view.sizeHintForColumn(i) if rows else 0) + 8
                      for i, name in enumerate(COLUMNS)}   # 8: the cell's padding and grid line
            shown = list(COLUMNS)
            for name in OPTIONAL_COLUMNS:
                if sum(widths[c] for c in shown) <= self.view.viewport().width():
                    break
                shown.remove(name)
            for i, name in enumerate(COLUMNS):
                self.view.setColumnHidden(i, name not in shown)
        finally:
            self._fitting = False

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def search_now(self, text: str | None = None) -> None:
        """Run the search for ``text`` (default: the field's text) in the background."""
        self._timer.stop()
        if self.session.locked or not self.session.can("patient.search"):
            return
        query = self.search_field.text() if text is None else text
        self._request += 1
        number = self._request
        ctx = self.session.ctx
        background.run(lambda: self._search_fn(ctx, query, limit=LIMIT),
                       guarded(self, lambda rows: self._deliver(number, rows)),
                       guarded(self, lambda exc: self._failed(number, exc)))

    def _deliver(self, number: int, rows) -> None:
        if number != self._request or self.session.locked:
            self.dropped_results += 1
            return
        self.model.set_rows(rows)
        self.results_shown += 1
        count = len(rows)
        if count >= LIMIT:
            text = self.tr("First %1 patients shown; type more to narrow the search.").replace("%1", str(LIMIT))
        elif count == 0:
            text = self.tr("No patient found.")
        else:
            text = self.tr("%n patient(s)", "", count)
        self.count_label.setText(text)
        self.sig_settled.emit()

    def _failed(self, number: int, exc: Exception) -> None:
        if number == self._request:
            self.count_label.setText(describe(exc))
            self.sig_settled.emit()

    def clear(self) -> None:
        """Forget the query and every row; results still on their way are dropped (locking)."""
        self._timer.stop()
        self._request += 1
        self.search_field.clear()
        self.model.clear()
        self.count_label.clear()

    def refresh(self) -> None:
        self.search_now()

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic == "patient.changed":
            self.search_now()
        elif topic == "access.changed":
            self._show_emergency_button()

    def _show_emergency_button(self) -> None:
        """Offered to clinicians when charts are limited to the care circle (they find only their own patients)."""
        self.emergency_button.setVisible(self.session.account.chart_access == CIRCLE
                                         and self.session.can("break_glass.request"))

    def ask_emergency_access(self) -> None:
        """Find a patient in the whole register and ask for an emergency access; granted, the chart opens."""
        self.emergency_dialog = EmergencyAccessDialog(self.session, parent=self)
        self.emergency_dialog.search_field.setText(self.search_field.text())
        self.emergency_dialog.search()
        self.emergency_dialog.sig_granted.connect(self.sig_open_patient)
        self.emergency_dialog.open()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)

    def _open_index(self, index) -> None:
        patient_id = self.model.patient_id(index.row())
        if patient_id is not None:
            self.sig_open_patient.emit(patient_id)

    def _open_from_field(self) -> None:
        if self._timer.isActive():   # Enter typed before the debounce fired: search first
            self.search_now()
            return
        current = self.view.currentIndex()
        if current.isValid():
            self._open_index(current)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Down and self.search_field.hasFocus():
            self.view.setFocus()
            return
        super().keyPressEvent(event)
