"""The proposal of a raised alert: its kind (from the alert vocabulary) and the change of the medication line it
concerns — new doses, a route, instructions, or the product that replaces it or is added — shown in words.

The raise dialog prefills it from the engine finding (``proposals.from_finding``); ``actions()`` gives the
``MedicationAction`` list the service checks and stores.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.services.alerts import vocabulary
from app.services.alerts.alert_input import MedicationAction
from app.services.alerts.proposals import DraftProposal
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, MedicationRow
from app.ui.alerts.alert_texts import change_differences, kind_label, line_change_label, route_word
from app.ui.common import settings as ui_settings
from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value
from app.ui.medications.catalogue_picker import CataloguePicker

DOSE_KINDS = ("dose_change",)
PRODUCT_KINDS = ("substitute", "add")


class ProposalEditor(QWidget):
    sig_changed = Signal()
    """The proposal changed (kind, line or values): the summary is up to date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[int, MedicationRow] = {}
        self.product = None   # the catalogue entry chosen for a substitution or an addition
        self.kind = choice_combo([(c, kind_label(c)) for c in vocabulary.kinds()], self)
        self.line = choice_combo([], self)
        self.doses = [QLineEdit(self) for _ in range(4)]
        for box, hint in zip(self.doses, (self.tr("morning"), self.tr("noon"), self.tr("evening"), self.tr("night")),
                             strict=True):
            box.setPlaceholderText(hint)
            box.setMaximumWidth(70)
        self.daily_mg = QLineEdit(self)
        self.daily_mg.setMaximumWidth(90)
        dose_row = QHBoxLayout()
        for widget in (*self.doses, self.daily_mg, QLabel(self.tr("mg a day"), self)):
            dose_row.addWidget(widget)
        dose_row.addStretch(1)
        self.dose_row = dose_row
        self.route = choice_combo([(r, route_word(r)) for r in medications.ROUTES], self)
        self.instructions = QLineEdit(self)
        self.instructions.setPlaceholderText(self.tr("e.g. 30 min before breakfast"))
        self.picker = CataloguePicker(ui_settings.get(ui_settings.LANGUAGE), self)
        self.picker.list.setMinimumHeight(70)
        self.picker.list.setMaximumHeight(90)
        self.picker.sig_chosen.connect(self._product_chosen)
        self.product_label = QLabel(self.tr("No product chosen"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Changes proposed"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Proposal"), self.kind)
        form.addRow(self.tr("Medication"), self.line)
        form.addRow(self.tr("New product"), self.picker)
        form.addRow("", self.product_label)
        form.addRow(self.tr("New doses"), dose_row)
        form.addRow(self.tr("Route"), self.route)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Changes"), self.summary)
        self.form = form
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.line.currentIndexChanged.connect(lambda _i: self._fill())
        for box in (*self.doses, self.daily_mg, self.instructions):
            box.textChanged.connect(lambda _t: self._update())
        self.route.currentIndexChanged.connect(lambda _i: self._update())
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
        """Prefill from the proposal an engine finding suggests."""
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
        for widget, visible in ((self.line, needs_line), (self.dose_row, code in DOSE_KINDS or code in PRODUCT_KINDS),
                                (self.route, code == "route"), (self.instructions, code == "administration"),
                                (self.picker, code in PRODUCT_KINDS), (self.product_label, code in PRODUCT_KINDS)):
            self.form.setRowVisible(widget, visible)
        self._fill()

    def _fill(self) -> None:
        """The chosen line's current values in the fields (for a new product: empty doses to fill in)."""
        row = self.rows.get(combo_value(self.line))
        product = combo_value(self.kind) in PRODUCT_KINDS
        values = ["", "", "", ""] if product or row is None else list(row.schedule)
        for box, value in zip(self.doses, values, strict=True):
            box.setText(value or "")
        mg = None if product or row is None else row.data.daily_dose_mg
        self.daily_mg.setText("" if mg is None else f"{mg:g}")
        if row is not None:
            set_combo_value(self.route, row.data.route or "oral")
            self.instructions.setText(row.data.instructions or "")
        self._update()

    def _product_chosen(self, result) -> None:
        self.product = result
        self.product_label.setText(self.tr("Chosen: %1").replace("%1", result.display_name))
        self._update()

    # -- result ----------------------------------------------------------------------------------------------
    def _doses(self) -> dict:
        m, n, e, night = (b.text().strip() for b in self.doses)
        return dict(dose_morning=m or None, dose_noon=n or None, dose_evening=e or None, dose_night=night or None,
                    daily_dose_mg=self.daily_mg.text().strip() or None)

    def _new_product(self, row: MedicationRow | None) -> MedicationInput | None:
        r = self.product
        if r is None:
            return None
        names = ({"substances": r.display_name, "product_name": None} if r.kind == "substance" else
                 {"substances": r.substance_name, "product_name": r.display_name})
        ref = f"{r.kind}:{r.atc if r.kind == 'substance' else r.display_name}"
        return MedicationInput(atc=r.atc, catalogue_ref=ref, start_date=date.today(),
                               route=row.data.route if row else None, indication=row.data.indication if row else None,
                               **names, **self._doses())

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
            changes = {"dose_change": self._doses(), "route": {"route": combo_value(self.route)},
                       "administration": {"instructions": self.instructions.text().strip() or None}}[code]
            out.append(MedicationAction("change", row.id, medications.as_input(row, **changes)))
        if "add" in kind.actions:
            new = self._new_product(row)
            if new is not None:
                out.append(MedicationAction("add", data=new))
        return out

    def _described(self) -> list[dict]:
        """The proposal's changes as stored items (with the line's current values as ``before``)."""
        code = combo_value(self.kind)
        kind = vocabulary.kinds().get(code)
        out = []
        for a in self.actions():
            row = self.rows.get(a.line_id) if a.line_id else None
            out.append({"action": a.action, "padv": kind.line_padv(a.action) if kind else None,
                        "name": row.display_name if row else "",
                        "before": {"name": row.display_name, "schedule": list(row.schedule),
                                   "strength": row.data.strength, "daily_dose_mg": row.data.daily_dose_mg,
                                   "route": row.data.route, "instructions": row.data.instructions} if row else {},
                        "data": medications.input_to_dict(a.data) if a.data else {}})
        return out

    def summary_lines(self) -> list[str]:
        """The proposal's changes in words (a change that alters nothing yet is left out)."""
        return [line_change_label(c) for c in self._described()
                if c["action"] != "change" or change_differences(c)]

    def _update(self) -> None:
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
