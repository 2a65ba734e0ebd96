"""The patient form: create a patient or edit one (optimistic locking on the version loaded)."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.patients import identity
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, PatientRow
from app.services.practice import staff
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe, problem_text
from app.ui.common.form_helpers import (
    ErrorBanner,
    choice_combo,
    combo_value,
    format_date,
    guarded,
    set_combo_value,
)
from app.ui.common.operations import FormOperation
from app.ui.patients.problem_table import ProblemEditor

TEXT_FIELDS = ("family_name", "given_names", "birth_name", "birth_given_names", "birth_date", "birth_place_code",
               "address_line", "postal_code", "city", "phone", "ins_matricule", "avs_number", "insurance_card_number",
               "gp_external_name")
COMBO_FIELDS = ("sex", "country", "preferred_language", "ins_status", "ins_oid", "gp_staff_id")
FLAG_FIELDS = ("identity_doubtful", "identity_fictitious", "identity_homonym")
STATUSES = ("PROV", "RECUP", "VALI", "QUAL")
PROBLEM_FIELD = re.compile(r"^problems\[(\d+)\](?:\.(kind|code|label))?$")


class PatientForm(QDialog):
    sig_saved = Signal(int)
    """The patient was stored (created or updated): its id."""

    def __init__(self, session: AppSession, row: PatientRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.patient_id = row.id if row else None
        self.version = row.version if row else None
        self._gp_wanted: int | None = None
        self.identity_only = row is not None and row.identity_only
        self._build()
        self._load_physicians()
        self.load(row.data if row else PatientInput())
        if row:
            self.setWindowTitle(self.tr("Edit patient %1").replace("%1", row.display_name))
        else:
            self.setWindowTitle(self.tr("New patient"))

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = ErrorBanner(self)
        self.fields: dict[str, QWidget] = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.fields["birth_date"].setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.fields["birth_date"].setToolTip(self.tr("Type the birth date as 31.12.1950 or 31/12/1950."))
        self.fields["sex"] = choice_combo([("", self.tr("— choose —")), ("F", self.tr("Female")),
                                           ("M", self.tr("Male")),
                                           ("X", self.tr("Other")), ("U", self.tr("Unknown"))], self)
        self.fields["country"] = choice_combo([("FR", self.tr("France")), ("CH", self.tr("Switzerland"))], self)
        self.fields["preferred_language"] = choice_combo(
            [("fr", self.tr("French")), ("de", self.tr("German")), ("en", self.tr("English")),
             ("it", self.tr("Italian"))], self)
        self.fields["ins_status"] = choice_combo(
            [(None, self.tr("(no INS)")), ("PROV", self.tr("Provisional")), ("RECUP", self.tr("Retrieved")),
             ("VALI", self.tr("Validated")), ("QUAL", self.tr("Qualified"))], self)
        self.fields["ins_oid"] = choice_combo(
            [(None, self.tr("(not given)")), (identity.OIDS[0], self.tr("NIR")), (identity.OIDS[1], self.tr("NIA")),
             (identity.OIDS[2], self.tr("NIR (test identity)")), (identity.OIDS[3], self.tr("NIA (test identity)"))],
            self)
        self.fields["ins_oid"].setToolTip(self.tr("Authority of the INS number, as the INSi teleservice returns it."))
        self.fields["birth_given_names"].setToolTip(self.tr("Every first name at birth, in order, as on the identity "
                                                            "document (INS trait)."))
        self.fields["birth_place_code"].setPlaceholderText(self.tr("INSEE code, e.g. 75056; 99xxx abroad"))
        self.fields["birth_place_code"].setMaxLength(5)
        flags = {"identity_doubtful": (self.tr("Doubtful"), self.tr(
                     "The identity is doubtful (e.g. documents disagree): its status stays provisional.")),
                 "identity_fictitious": (self.tr("Fictitious"), self.tr(
                     "A fictitious identity (anonymous care, exercise): its status stays provisional.")),
                 "identity_homonym": (self.tr("Homonym"), self.tr(
                     "Another patient has a close identity: check it at each contact."))}
        self.attributes = QWidget(self)
        row = QHBoxLayout(self.attributes)
        row.setContentsMargins(0, 0, 0, 0)
        for name, (label, tip) in flags.items():
            self.fields[name] = box = QCheckBox(label, self.attributes)
            box.setToolTip(tip)
            box.toggled.connect(self._update_statuses)
            row.addWidget(box)
        row.addStretch(1)
        self.fields["gp_staff_id"] = choice_combo([(None, self._no_gp_label())], self)
        self.fields["gp_external_name"].setPlaceholderText(self.tr("Name and town of a doctor outside the practice"))
        self.fields["notes"] = QPlainTextEdit(self)
        self.fields["notes"].setTabChangesFocus(True)
        self.fields["notes"].setMaximumHeight(70)
        self.problems = ProblemEditor(self)
        self.fields["problems"] = self.problems.view
        self.operation = FormOperation(self, self.banner, self._field_widget)
        self.operation.sig_reload.connect(self.reload)

        identity_box = self._group(self.tr("Identity"), [
            ("family_name", self.tr("Family name")), ("given_names", self.tr("Given names")),
            ("birth_name", self.tr("Birth name")), ("birth_given_names", self.tr("Birth first names")),
            ("birth_date", self.tr("Birth date")), ("sex", self.tr("Sex")),
            ("birth_place_code", self.tr("Place of birth (INSEE)")),
            ("ins_matricule", self.tr("INS number")), ("ins_oid", self.tr("INS authority")),
            ("ins_status", self.tr("INS identity status")), ("attributes", self.tr("Identity attributes"))])
        contact = self._group(self.tr("Contact and care"), [
            ("avs_number", self.tr("AVS number")), ("insurance_card_number", self.tr("Insurance card number")),
            ("address_line", self.tr("Address")), ("postal_code", self.tr("Postal code")), ("city", self.tr("City")),
            ("country", self.tr("Country")), ("phone", self.tr("Phone")),
            ("preferred_language", self.tr("Preferred language")),
            ("gp_staff_id", self.tr("Médecin traitant")), ("gp_external_name", self.tr("External doctor"))])
        problems_box = QGroupBox(self.tr("Conditions, allergies and ALD"), self)
        QVBoxLayout(problems_box).addWidget(self.problems)
        notes_box = QGroupBox(self.tr("Notes"), self)
        QVBoxLayout(notes_box).addWidget(self.fields["notes"])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(identity_box, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(problems_box, 1, 0, 1, 2)
        grid.addWidget(notes_box, 2, 0, 1, 2)
        # The identity card only (front desk outside the care circle): the service keeps the chart's part as stored.
        problems_box.setVisible(not self.identity_only)
        notes_box.setVisible(not self.identity_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.resize(900, 680)   # fits a 1366×768 screen with its title bar and task bar

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in rows:
            form.addRow(label, self.attributes if name == "attributes" else self.fields[name])
        return box

    def _set_tab_order(self) -> None:
        order = [self.fields[n] for n in (
            "family_name", "given_names", "birth_name", "birth_given_names", "birth_date", "sex", "birth_place_code",
            "ins_matricule", "ins_oid", "ins_status", *FLAG_FIELDS, "avs_number", "insurance_card_number", "address_line", "postal_code", "city", "country", "phone",
            "preferred_language", "gp_staff_id", "gp_external_name")]
        order += [self.problems.view, self.problems.add_button, self.problems.remove_button, self.fields["notes"],
                  self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.fields["family_name"].setFocus()

    def _load_physicians(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: staff.list_staff(ctx, include_inactive=False, role="physician"),
                       guarded(self, self._physicians_loaded), guarded(self, lambda exc: None))

    def _physicians_loaded(self, rows) -> None:
        combo = self.fields["gp_staff_id"]
        combo.model().set_choices([(None, self._no_gp_label())] +
                                  [(r.id, r.display_name) for r in rows])
        set_combo_value(combo, self._gp_wanted)

    def _no_gp_label(self) -> str:
        return self.tr("(not a doctor of the practice)")

    # -- values ---------------------------------------------------------------------------------------------
    def load(self, data: PatientInput) -> None:
        """Put a record's values into the fields."""
        for name in TEXT_FIELDS:
            value = getattr(data, name)
            self.fields[name].setText(format_date(value) if name == "birth_date" and value and
                                      not isinstance(value, str) else (value or ""))
        for name in COMBO_FIELDS:
            set_combo_value(self.fields[name], getattr(data, name) or ("" if name == "sex" else None))
        for name in FLAG_FIELDS:
            self.fields[name].setChecked(bool(getattr(data, name)))
        self._update_statuses()
        self._gp_wanted = data.gp_staff_id
        self.fields["notes"].setPlainText(data.notes or "")
        self.problems.model.set_problems(data.problems)

    def value(self) -> PatientInput:
        """The form's content as the service expects it (checking is the service's)."""
        combo = {name: combo_value(self.fields[name]) for name in COMBO_FIELDS}
        return PatientInput(**{name: self.fields[name].text() for name in TEXT_FIELDS},
                            sex=combo["sex"] or "", country=combo["country"],
                            preferred_language=combo["preferred_language"], ins_status=combo["ins_status"] or None,
                            ins_oid=combo["ins_oid"] or None,
                            **{name: self.fields[name].isChecked() for name in FLAG_FIELDS}, gp_staff_id=combo["gp_staff_id"], notes=self.fields["notes"].toPlainText(),
                            problems=self.problems.model.problems())

    def _update_statuses(self) -> None:
        """Grey the statuses the identity attributes forbid (the reason as their tooltip); the service decides."""
        doubtful, fictitious = (self.fields[n].isChecked() for n in ("identity_doubtful", "identity_fictitious"))
        reasons = {}
        for status in STATUSES:
            refusal = identity.status_refusal(status, doubtful=doubtful, fictitious=fictitious)
            if refusal:
                reasons[status] = problem_text(refusal)
        self.fields["ins_status"].model().set_disabled(reasons)

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        data, ctx = self.value(), self.session.ctx
        patient_id, version = self.patient_id, self.version
        if patient_id is None:
            job = lambda: (patients.create_patient(ctx, data), None)  # noqa: E731
        else:
            job = lambda: (patient_id, patients.update_patient(ctx, patient_id, version, data))  # noqa: E731
        self.operation.run(job, self._saved)

    def _saved(self, result) -> None:
        self.patient_id, new_version = result
        self.version = new_version if new_version is not None else self.version
        self.sig_saved.emit(self.patient_id)
        self.accept()

    def _field_widget(self, field: str) -> QWidget | None:
        """The widget of a field a service named (a problem line is selected in the problems table)."""
        match = PROBLEM_FIELD.match(field)
        if match:
            column = {"kind": 0, "code": 1, "label": 2}.get(match.group(2) or "", 0)
            self.problems.select_row(int(match.group(1)) - 1, column)   # the service counts from 1
            return self.problems.view
        return self.fields.get(field)

    def error_text(self) -> str:
        """The message shown at the top ("" when none)."""
        return self.banner.text()

    def reload(self) -> None:
        """Load the record as stored now (after a stale save); the user makes the change again."""
        if self.patient_id is None:
            return
        ctx, patient_id = self.session.ctx, self.patient_id
        background.run(lambda: patients.open_patient(ctx, patient_id),
                       guarded(self, self._reloaded), guarded(self, lambda exc: self.banner.show_message(
                           describe(exc))))

    def _reloaded(self, row: PatientRow) -> None:
        self.operation.clear()
        self.version = row.version
        self.load(row.data)
