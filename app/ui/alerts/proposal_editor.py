"""The proposal of a raised alert: its kind (from the alert vocabulary) and the change of the medication line it
concerns — a new posology (doses, schedule, route or instructions, edited with the posology editor), or the
product that replaces it or is added with its posology — shown in words.

The raise dialog prefills it from the engine finding (``proposals.from_finding``: a dose change comes with its
draft posology); ``actions()`` gives the ``MedicationAction`` list the service checks and stores.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.services.alerts import vocabulary
from app.services.alerts.alert_input import MedicationAction
from app.services.alerts.proposals import DraftProposal
from app.services.errors import ValidationError
from app.services.medications import medication_list as medications
from app.services.medications import posology as posologies
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology
from app.ui.alerts.alert_texts import change_differences, kind_label, line_change_label
from app.ui.common import settings as ui_settings
from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value
from app.ui.medications.catalogue_picker import CataloguePicker
from app.ui.medications.posology_editor import PosologyEditor

PRODUCT_KINDS = ("substitute", "add")


def _as_stored(data: MedicationInput) -> dict:
    """An input as the service will keep it in the proposal: the posology checked and the mg a day derived where
    the strength gives them (an incomplete posology is shown as typed: the service will name what is wrong)."""
    try:
        p = posologies.checked(data.posology)
    except ValidationError:
        return medications.input_to_dict(data)
    derived = posologies.amounts(p, data.strength).daily_mg
    return medications.input_to_dict(replace(data, posology=p, daily_dose_mg=round(derived, 4)
                                             if derived is not None else data.daily_dose_mg))


class ProposalEditor(QWidget):
    sig_changed = Signal()
    """The proposal changed (kind, line or values): the summary is up to date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        language = ui_settings.get(ui_settings.LANGUAGE)
        self.rows: dict[int, MedicationRow] = {}
        self.drafts: dict[int, MedicationInput] = {}   # line id → the draft's new values (from a finding)
        self.product = None   # the catalogue entry chosen for a substitution or an addition
        self.kind = choice_combo([(c, kind_label(c)) for c in vocabulary.kinds()], self)
        self.line = choice_combo([], self)
        self.picker = CataloguePicker(language, self)
        self.picker.list.setMinimumHeight(60)
        self.picker.list.setMaximumHeight(80)
        self.picker.sig_chosen.connect(self._product_chosen)
        self.product_label = QLabel(self.tr("No product chosen"), self)
        self.strength = QLineEdit(self)
        self.strength.setMaximumWidth(110)
        self.strength.setPlaceholderText(self.tr("e.g. 500 mg"))
        self.strength.setAccessibleName(self.tr("Strength of the new product"))
        product_row = QHBoxLayout()
        product_row.addWidget(self.product_label, 1)
        product_row.addWidget(QLabel(self.tr("Strength"), self))
        product_row.addWidget(self.strength)
        self.product_row = product_row
        self.posology = PosologyEditor(language, self)
        for combo in (self.posology.unit, self.posology.route):   # the long German route terms beside the alert
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0))   # the list shows whole terms
        self.daily_mg = QLineEdit(self)
        self.daily_mg.setMaximumWidth(110)
        self.daily_mg.setToolTip(self.tr("Needed only when the strength does not say how many mg a unit holds"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Changes proposed"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Proposal"), self.kind)
        form.addRow(self.tr("Medication"), self.line)
        form.addRow(self.tr("New product"), self.picker)
        form.addRow("", product_row)
        form.addRow(self.tr("New posology"), self.posology)
        form.addRow(self.tr("Daily dose (mg)"), self.daily_mg)
        form.addRow(self.tr("Changes"), self.summary)
        self.form = form
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.line.currentIndexChanged.connect(lambda _i: self._fill())
        self.posology.sig_changed.connect(self._update)
        for box in (self.daily_mg, self.strength):
            box.textChanged.connect(lambda _t: self._update())
        self.strength.textChanged.connect(self.posology.set_strength)
        self._kind_changed()

    # -- filling ---------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[MedicationRow], concerned: set[int] = frozenset()) -> None:
        """The patient's current lines; those ``concerned`` first."""
        self.rows = {r.id: r for r in rows}
        ordered = sorted(rows, key=lambda r: (r.id not in concerned, r.display_name))
        self.line.model().set_choices([(r.id, r.display_name) for r in ordered])
        self.line.setCurrentIndex(0 if ordered else -1)
        self._fill()

    def set_draft(self, draft: DraftProposal) -> None:
        """Prefill from the proposal an engine finding suggests (a dose change with its draft posology)."""
        self.drafts = {c.line_id: c.data for c in draft.changes if c.action == "change" and c.data is not None}
        set_combo_value(self.kind, draft.kind)
        if draft.target_line_ids and draft.target_line_ids[0] in self.rows:
            set_combo_value(self.line, draft.target_line_ids[0])
        self._kind_changed()

    def set_kind(self, code: str) -> None:
        set_combo_value(self.kind, code)

    def _kind_changed(self) -> None:
        code = combo_value(self.kind)
        kind = vocabulary.kinds().get(code)
        needs_line = kind is not None and any(a in kind.actions for a in ("stop", "change"))
        edits = kind is not None and ("change" in kind.actions or "add" in kind.actions)
        for widget, visible in ((self.line, needs_line), (self.picker, code in PRODUCT_KINDS),
                                (self.product_row, code in PRODUCT_KINDS), (self.posology, edits)):
            self.form.setRowVisible(widget, visible)
        self._fill()

    def _fill(self) -> None:
        """The values to edit: the draft's or the chosen line's posology for a change, an empty one (the line's
        unit and route) for a new product."""
        row = self.rows.get(combo_value(self.line))
        if combo_value(self.kind) in PRODUCT_KINDS:
            old = row.data.posology if row is not None else Posology()
            self.posology.set_strength(self.strength.text() or None)
            self.posology.load(Posology(schedule="times", unit=old.unit, route=old.route, route_text=old.route_text))
            self.daily_mg.clear()
        elif row is not None:
            data = self.drafts.get(row.id) or row.data
            self.posology.set_strength(data.strength)
            self.posology.load(data.posology)
            self.daily_mg.setText("" if data.daily_dose_mg is None else f"{float(data.daily_dose_mg):g}")
        self._update()

    def _product_chosen(self, result) -> None:
        self.product = result
        self.product_label.setText(self.tr("Chosen: %1").replace("%1", result.display_name))
        self._update()

    # -- result ----------------------------------------------------------------------------------------------
    def _daily_mg(self) -> str | None:
        return self.daily_mg.text().strip() or None

    def _new_product(self, row: MedicationRow | None) -> MedicationInput | None:
        r = self.product
        if r is None:
            return None
        names = ({"substances": r.display_name, "product_name": None} if r.kind == "substance" else
                 {"substances": r.substance_name, "product_name": r.display_name})
        ref = f"{r.kind}:{r.atc if r.kind == 'substance' else r.display_name}"
        return MedicationInput(atc=r.atc, catalogue_ref=ref, strength=self.strength.text().strip() or None,
                               posology=self.posology.with_dates(date.today(), None), daily_dose_mg=self._daily_mg(),
                               indication=row.data.indication if row else None, **names)

    def actions(self) -> list[MedicationAction]:
        """The changes of the proposal as the service takes them (a missing part is left out: the service names
        what is missing)."""
        code = combo_value(self.kind)
        kind = vocabulary.kinds().get(code)
        if kind is None or not kind.changes_list:
            return []
        row = self.rows.get(combo_value(self.line))
        out: list[MedicationAction] = []
        if "stop" in kind.actions and row is not None:
            out.append(MedicationAction("stop", row.id))
        if "change" in kind.actions and row is not None:
            current = row.data.posology
            new = replace(row.data, posology=self.posology.with_dates(current.start_date, current.end_date),
                          daily_dose_mg=self._daily_mg())
            out.append(MedicationAction("change", row.id, new))
        if "add" in kind.actions:
            new = self._new_product(row)
            if new is not None:
                out.append(MedicationAction("add", data=new))
        return out

    def _described(self) -> list[dict]:
        """The proposal's changes as the service will store them (with the line's current values as ``before``)."""
        code = combo_value(self.kind)
        kind = vocabulary.kinds().get(code)
        out = []
        for a in self.actions():
            row = self.rows.get(a.line_id) if a.line_id else None
            before = {"name": row.display_name, "strength": row.data.strength,
                      "posology": posologies.to_dict(row.data.posology),
                      "daily_dose_mg": row.data.daily_dose_mg} if row else {}
            out.append({"action": a.action, "padv": kind.line_padv(a.action) if kind else None,
                        "name": row.display_name if row else "", "before": before,
                        "data": _as_stored(a.data) if a.data else {}})
        return out

    def summary_lines(self) -> list[str]:
        """The proposal's changes in words (a change that alters nothing yet is left out)."""
        return [line_change_label(c) for c in self._described()
                if c["action"] != "change" or change_differences(c)]

    def _show_daily_mg(self) -> None:
        """The mg a day are typed only when the posology and the strength cannot give them."""
        edits = self.form.isRowVisible(self.posology)
        self.form.setRowVisible(self.daily_mg, edits and self.posology.derived_daily_mg() is None)

    def _update(self) -> None:
        self._show_daily_mg()
        code = combo_value(self.kind)
        kind = vocabulary.kinds().get(code)
        lines = self.summary_lines()
        if kind is not None and not kind.changes_list:
            text = self.tr("Accepting closes the alert; the medication list stays as it is.")
        elif lines:
            text = "\n".join(f"• {line}" for line in lines)
        else:
            text = self.tr("Nothing to change yet: choose the medication and give the new values.")
        if code in PRODUCT_KINDS and self.product is None:
            text += "\n" + self.tr("Choose the new product in the catalogue.")
        self.summary.setText(text)
        self.sig_changed.emit()
