"""The recommendations of a Polymedication Check in the review worksheet: the five of the CHMED16A guide, each
ticked or not, with the patient's agreement and a remark."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value

KINDS = (1, 2, 3, 4, 5)


class RecommendationsBox(QWidget):
    """One row per recommendation: ticked, the patient's agreement (not asked / yes / no), a remark."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        labels = {1: self.tr("Weekly dosing system by the pharmacist"), 2: self.tr("Intensified compliance support"),
                  3: self.tr("Repeat the check in … months"),
                  4: self.tr("Forwarding to the doctor / another specialist"),
                  5: self.tr("Analysis needed (interactions, side effects, duplications …)")}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[int, tuple[QCheckBox, object, QLineEdit]] = {}
        for i, kind in enumerate(KINDS):
            ticked = QCheckBox(f"{kind} — {labels[kind]}", self)
            agreed = choice_combo([(None, self.tr("Patient not asked")), (True, self.tr("Patient agrees")),
                                   (False, self.tr("Patient does not agree"))], self)
            remark = QLineEdit(self)
            remark.setPlaceholderText(self.tr("Remark"))
            remark.setMinimumWidth(220)
            grid.addWidget(ticked, i, 0)
            grid.addWidget(agreed, i, 1)
            grid.addWidget(remark, i, 2)
            self.rows[kind] = (ticked, agreed, remark)
        grid.setColumnStretch(2, 1)

    def set_values(self, items: list[dict]) -> None:
        """Show a worksheet's recommendations."""
        by_kind = {item["kind"]: item for item in items}
        for kind, (ticked, agreed, remark) in self.rows.items():
            item = by_kind.get(kind)
            ticked.setChecked(item is not None)
            set_combo_value(agreed, item.get("agreed") if item else None)
            remark.setText(item.get("remark") or "" if item else "")

    def values(self) -> list[dict]:
        """The ticked recommendations, as ``worksheet.update_worksheet`` takes them."""
        return [{"kind": kind, "agreed": combo_value(agreed), "remark": remark.text()}
                for kind, (ticked, agreed, remark) in self.rows.items() if ticked.isChecked()]
