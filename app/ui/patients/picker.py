"""A small search-as-you-type patient chooser for forms (the search runs in the background)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QSizePolicy, QVBoxLayout, QWidget

from app.services.patients import records as patients
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import VALUE_ROLE, ChoiceModel, format_date, guarded

DEBOUNCE_MS = 150
LIMIT = 20


class PatientPicker(QWidget):
    sig_chosen = Signal(int)
    """The user chose a patient (click, Enter or a single match): its id."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self.patient_name = ""
        self._request = 0
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(dates.placeholder(self.tr("Type a name or a birth date (dd.mm.yyyy)")))
        self.field.setClearButtonEnabled(True)
        self.model = ChoiceModel([], self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setFixedHeight(92)
        self.results.hide()
        self.chosen = QLabel(self.tr("No patient chosen"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(self._timer.start)
        self.field.returnPressed.connect(self._choose_first)
        self.results.clicked.connect(self._choose_index)
        self.results.activated.connect(self._choose_index)
        self.setFocusProxy(self.field)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def search_now(self) -> None:
        """Search the register for the field's text (older answers are dropped)."""
        self._timer.stop()
        query = self.field.text().strip()
        if not query:
            self.model.set_choices([])
            self.results.hide()
            return
        self._request += 1
        number, ctx = self._request, self.session.ctx
        background.run(lambda: patients.search_patients(ctx, query, limit=LIMIT),
                       guarded(self, lambda rows: self._show(number, rows)),
                       guarded(self, lambda exc: self.chosen.setText(describe(exc))))

    def _show(self, number: int, rows) -> None:
        if number != self._request:
            return
        self.model.set_choices([(r.id, f"{r.family_name.upper()} {r.given_names} — {format_date(r.birth_date)}")
                                for r in rows])
        self.results.setVisible(bool(rows))
        if not rows:
            self.chosen.setText(self.tr("No patient found"))
        elif len(rows) == 1:
            self._choose_index(self.model.index(0, 0))

    def _choose_first(self) -> None:
        index = self.results.currentIndex()
        self._choose_index(index if index.isValid() else self.model.index(0, 0))

    def _choose_index(self, index) -> None:
        if not index.isValid():
            return
        self.set_patient(index.data(VALUE_ROLE), index.data(Qt.ItemDataRole.DisplayRole))
        self.results.hide()
        self.sig_chosen.emit(self.patient_id)

    def set_patient(self, patient_id: int | None, name: str = "") -> None:
        """Show ``patient_id`` as the chosen patient (e.g. a form opened from a chart)."""
        self.patient_id, self.patient_name = patient_id, name
        self.chosen.setText(self.tr("Patient: %1").replace("%1", name) if patient_id else self.tr("No patient chosen"))
