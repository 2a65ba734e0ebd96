"""Add or change a medication line: catalogue search as you type, or free text (not checked)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import StaleRecordError, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications import plan_words
from app.services.medications.catalogue.search import SearchResult
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology
from app.services.practice import staff
from app.ui.common import background, dates
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import (
    ErrorBanner,
    choice_combo,
    combo_value,
    format_date,
    guarded,
    set_combo_value,
    set_invalid,
)
from app.ui.medications.catalogue_picker import CataloguePicker
from app.ui.medications.posology_editor import PosologyEditor

TEXT_FIELDS = ("product_name", "substances", "strength", "daily_dose_mg", "start_date", "end_date", "indication",
               "prescriber_external", "renewal_allowed_until")
CHECK_FIELDS = ("self_medication", "dose_adjustment_allowed")
DATE_FIELDS = ("start_date", "end_date", "renewal_allowed_until")
ORAL = "20053000"


class MedicationDialog(QDialog):
    """Create a line (``row`` None) or change one (optimistic locking on the version loaded)."""

    sig_saved = Signal(int)
    """The line was stored: its id."""

    def __init__(self, session: AppSession, patient_id: int, row: MedicationRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.line_id, self.version = (row.id, row.version) if row else (None, None)
        self.atc: str | None = None
        self.catalogue_ref: str | None = None
        self._prescriber_wanted: int | None = None
        self._saving = False
        self._build()
        self._load_prescribers()
        self.load(row.data if row else self._defaults())
        self.setWindowTitle(self.tr("Change medication") if row else self.tr("Add medication"))

    def _defaults(self) -> MedicationInput:
        prescriber = self.session.can("medication.prescribe")
        return MedicationInput(posology=Posology(schedule="times", unit="tablet", route=ORAL, start_date=date.today()),
                               self_medication=not prescriber,
                               prescriber_staff_id=self.session.actor.staff_id if prescriber else None)

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = ErrorBanner(self)
        self.banner.sig_action.connect(self.reject)
        language = ui_settings.get(ui_settings.LANGUAGE)
        self.picker = CataloguePicker(language, self, ctx=self.session.ctx)
        self.picker.sig_chosen.connect(self.choose)
        self.fields: dict[str, QWidget] = {name: QLineEdit(self) for name in TEXT_FIELDS}
        for name in CHECK_FIELDS:
            self.fields[name] = QCheckBox(self)
        self.fields["prescriber_staff_id"] = choice_combo([(None, self.tr("(not a member of the practice)"))], self)
        for name in DATE_FIELDS:
            self.fields[name].setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.posology = PosologyEditor(language, self)
        indications = QCompleter(plan_words.indication_choices(language), self)
        indications.setFilterMode(Qt.MatchFlag.MatchContains)
        indications.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fields["indication"].setCompleter(indications)   # listed words print in the patient's language
        self.fields["indication"].setPlaceholderText(self.tr("Type to choose a listed indication, or a text"))
        self.posology.sig_changed.connect(self._show_daily_mg)
        self.fields["strength"].textChanged.connect(self.posology.set_strength)
        self.fields["daily_dose_mg"].setMaximumWidth(110)
        self.fields["daily_dose_mg"].setToolTip(self.tr("Needed only when the strength does not say how many mg a unit "
                                                   "holds"))
        self.coded = QLabel(self)
        self.coded.setWordWrap(True)
        self.free_button = QPushButton(self.tr("Keep as free text (not checked)"), self)
        self.free_button.clicked.connect(self.use_free_text)
        self.fields["self_medication"].setText(self.tr("Self-medication (not prescribed)"))
        self.fields["dose_adjustment_allowed"].setText(self.tr("Pharmacist may adjust the dose"))
        self.fields["self_medication"].setEnabled(self.session.can("medication.prescribe"))

        what = QGroupBox(self.tr("Medication"), self)
        # A box layout, not form rows, above the names: a form row gives the hint the height of one line whatever its
        # width, so a hint wrapped on two lines (French, a narrow dialog) was clipped at the top.
        what_box = QVBoxLayout(what)
        what_box.addWidget(self.picker, 1)
        coded_row = QHBoxLayout()
        coded_row.addWidget(self.coded, 1)
        coded_row.addWidget(self.free_button, 0, Qt.AlignmentFlag.AlignTop)
        what_box.addLayout(coded_row)
        what_form = QFormLayout()
        what_box.addLayout(what_form)
        what_form.addRow(self.tr("Product name"), self.fields["product_name"])
        what_form.addRow(self.tr("Substance(s)"), self.fields["substances"])
        what_form.addRow(self.tr("Strength"), self.fields["strength"])

        dosage = QGroupBox(self.tr("Dosage"), self)
        dosage_form = self.dosage_form = QFormLayout(dosage)
        dosage_form.addRow(self.posology)
        dosage_form.addRow(self.tr("Daily dose (mg)"), self.fields["daily_dose_mg"])

        prescription = QGroupBox(self.tr("Prescription"), self)
        p_form = QFormLayout(prescription)
        p_form.addRow(self.tr("Start"), self.fields["start_date"])
        p_form.addRow(self.tr("End"), self.fields["end_date"])
        p_form.addRow(self.tr("Indication"), self.fields["indication"])
        p_form.addRow(self.tr("Prescriber"), self.fields["prescriber_staff_id"])
        p_form.addRow(self.tr("Other prescriber"), self.fields["prescriber_external"])
        p_form.addRow("", self.fields["self_medication"])
        pharmacist = QGroupBox(self.tr("Pharmacien correspondant"), self)
        ph_form = QFormLayout(pharmacist)
        ph_form.addRow(self.tr("Renewal allowed until"), self.fields["renewal_allowed_until"])
        ph_form.addRow("", self.fields["dose_adjustment_allowed"])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.free_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(prescription)
        right.addWidget(pharmacist)
        right.addStretch(1)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(what, 1)
        left.addWidget(dosage)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(1100, 660)
        self.picker.field.setFocus()

    def _load_prescribers(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: [r for r in staff.list_staff(ctx, include_inactive=False)
                                if {"physician", "advanced_practice_nurse"} & set(r.roles)],
                       guarded(self, self._prescribers_loaded), guarded(self, lambda exc: None))

    def _prescribers_loaded(self, rows) -> None:
        combo = self.fields["prescriber_staff_id"]
        combo.model().set_choices([(None, self.tr("(not a member of the practice)"))] +
                                  [(r.id, f"{r.display_name} — {r.profession}") for r in rows])
        set_combo_value(combo, self._prescriber_wanted)

    # -- values ---------------------------------------------------------------------------------------------
    def choose(self, result: SearchResult) -> None:
        """Fill the names and the ATC code from a catalogue entry."""
        self.atc = result.atc
        self.catalogue_ref = f"{result.kind}:{result.atc if result.kind == 'substance' else result.display_name}"
        if result.kind == "substance":
            self.fields["substances"].setText(result.display_name)
            self.fields["product_name"].setText("")
        else:
            self.fields["product_name"].setText(result.display_name)
            self.fields["substances"].setText(result.substance_name)
        self._show_coding()
        self.fields["strength"].setFocus()

    def use_free_text(self) -> None:
        """No catalogue entry: the typed name is kept and marked "not checked by the engine"."""
        self.atc = self.catalogue_ref = None
        if not self.fields["product_name"].text() and not self.fields["substances"].text():
            self.fields["product_name"].setText(self.picker.field.text().strip())
        self._show_coding()
        self.fields["product_name"].setFocus()

    def _show_coding(self) -> None:
        if self.atc:
            self.coded.setText(self.tr("ATC %1 — checked by the review engine").replace("%1", self.atc))
            self.coded.setStyleSheet("color: #1b5e20;")
        elif not self.fields["product_name"].text() and not self.fields["substances"].text():
            self.coded.setText(self.tr("Choose a catalogue entry (Enter) or keep free text."))
            self.coded.setStyleSheet("color: palette(mid);")
        else:
            self.coded.setText(self.tr("Free text: not checked by the engine"))
            self.coded.setStyleSheet("color: #8d6e00; font-weight: 600;")

    def load(self, data: MedicationInput) -> None:
        """Put a line's values into the fields."""
        self.atc, self.catalogue_ref = data.atc, data.catalogue_ref
        for name in TEXT_FIELDS:
            value = getattr(data.posology, name) if name in ("start_date", "end_date") else getattr(data, name)
            if isinstance(value, date):
                value = format_date(value)
            elif isinstance(value, float):
                value = f"{value:g}"
            self.fields[name].setText(str(value) if value is not None else "")
        for name in CHECK_FIELDS:
            self.fields[name].setChecked(bool(getattr(data, name)))
        self.posology.set_strength(data.strength)
        self.posology.load(data.posology)
        self._typed_mg = self.fields["daily_dose_mg"].text()
        self._show_daily_mg()
        self._prescriber_wanted = data.prescriber_staff_id
        set_combo_value(self.fields["prescriber_staff_id"], data.prescriber_staff_id)
        self._show_coding()

    def _show_daily_mg(self) -> None:
        """The mg come from the posology and the strength when they can (the reading shows them a day or a week);
        the mg a day are typed only when they cannot."""
        field = self.fields["daily_dose_mg"]
        derived = self.posology.derived_daily_mg()
        if derived is not None:
            if field.isEnabled():
                self._typed_mg = field.text()
            field.setText(f"{round(derived, 3):g}")
            field.setEnabled(False)
        elif not field.isEnabled():
            field.setText(getattr(self, "_typed_mg", ""))
            field.setEnabled(True)
        if hasattr(self, "dosage_form"):
            self.dosage_form.setRowVisible(field, derived is None)

    def value(self) -> MedicationInput:
        """The dialog's content as the service expects it (checking is the service's)."""
        texts = {name: self.fields[name].text() for name in TEXT_FIELDS if name not in ("start_date", "end_date")}
        return MedicationInput(atc=self.atc, catalogue_ref=self.catalogue_ref, **texts,
                               posology=self.posology.with_dates(self.fields["start_date"].text(),
                                                                 self.fields["end_date"].text()),
                               **{name: self.fields[name].isChecked() for name in CHECK_FIELDS},
                               prescriber_staff_id=combo_value(self.fields["prescriber_staff_id"]))

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._clear_error()
        data, ctx, pid = self.value(), self.session.ctx, self.patient_id
        line_id, version = self.line_id, self.version
        if line_id is None:
            job = lambda: medications.add_medication(ctx, pid, data)  # noqa: E731
        else:
            job = lambda: (medications.change_medication(ctx, line_id, version, data), line_id)[1]  # noqa: E731
        self._saving = True
        self.save_button.setEnabled(False)
        background.run(job, guarded(self, self._saved), guarded(self, self._save_failed))

    def _saved(self, line_id: int) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.line_id = line_id
        self.sig_saved.emit(line_id)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, StaleRecordError):
            self.banner.show_message(describe(exc), self.tr("Close"))
            return
        self.banner.show_message(describe(exc))
        if isinstance(exc, ValidationError):
            widget = self.fields.get(exc.field) or self.posology.widget_for(exc.field) or \
                (self.picker.field if exc.field == "atc" else None)
            if widget is not None:
                set_invalid(widget, True)
                widget.setFocus()

    def _clear_error(self) -> None:
        self.banner.clear()
        for widget in [*self.fields.values(), self.picker.field, *self.posology.findChildren(QWidget)]:
            if widget.property("invalid"):
                set_invalid(widget, False)

    def error_text(self) -> str:
        """The message shown at the top ("" when none)."""
        return self.banner.text()
