"""The proposal an engine finding suggests, chosen by the vocabulary's rules (``finding_proposals`` in
``resources/alerts/alert_vocabulary.json``): its kind, its SFPC problem, the lines it targets and the draft
change of each line.

A draft is what the raise dialog starts from. Stops, suspensions, monitoring and information are complete as
they stand. A dose change holds the line with a new posology: the rule's ``draft_amount_factor`` applied to every
amount, on the same schedule (a line whose posology has no amount, or a rule without a factor, keeps its current
posology). A substitution needs the new product. ``missing`` names what the pharmacist still has to give, and
raising refuses the proposal until it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.services.alerts import vocabulary
from app.services.alerts.alert_input import MedicationAction
from app.services.errors import ValidationError
from app.services.medications import posology as posologies
from app.services.medications.medication_list import MedicationInput, MedicationRow, as_input
from app.services.medications.review import Finding

EDITS = ("change",)
"""Line actions whose draft starts from the current values: the proposal is complete once they differ."""


@dataclass(frozen=True)
class DraftProposal:
    """A proposal prefilled from a finding (``why``: the reason the vocabulary file gives for the choice;
    ``unchanged``: the lines whose draft change still holds their current posology)."""

    kind: str
    problem: str
    target_line_ids: tuple[int, ...]
    changes: tuple[MedicationAction, ...]
    why: str
    unchanged: tuple[int, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """What the pharmacist still has to give: "doses" (a change to make) and/or "product" (a drug to add)."""
        needs = vocabulary.kind(self.kind).needs
        out = []
        if "change" in needs and (self.unchanged or not any(c.action == "change" for c in self.changes)):
            out.append("doses")
        if "add" in needs and not any(c.action == "add" for c in self.changes):
            out.append("product")
        return tuple(out)


def _targets(finding: Finding, rows: list[MedicationRow], target: str) -> list[MedicationRow]:
    concerned = [r for r in rows if r.data.atc and r.data.atc in finding.atc]
    if target == "none":
        return []
    if target == "last" and finding.atc:
        return [r for r in concerned if r.data.atc == finding.atc[-1]][:1] or concerned[-1:]
    if target == "highest_score" and finding.contributions:
        best = max(finding.contributions, key=lambda c: (c.score, c.atc))
        return [r for r in concerned if r.data.atc == best.atc][:1] or concerned[:1]
    return concerned


def draft_change(row: MedicationRow, factor: float | None) -> MedicationInput:
    """The line with its amounts multiplied by ``factor`` on the same schedule (the mg a day too, where they are
    typed rather than derived); the line as it is when there is no factor or no amount to change."""
    if not factor:
        return as_input(row)
    try:
        current = posologies.checked(row.data.posology)
        new = posologies.checked(posologies.scaled(current, factor))
    except ValidationError:   # an amount that does not divide into a valid one: the pharmacist gives it
        return as_input(row)
    if new == current:
        return as_input(row)
    typed = row.data.daily_dose_mg
    mg = round(float(typed) * factor, 4) if isinstance(typed, int | float) and not isinstance(typed, bool) else typed
    return replace(as_input(row), posology=new, daily_dose_mg=mg)


def from_finding(finding: Finding, rows: list[MedicationRow]) -> DraftProposal:
    """The proposal the vocabulary suggests for ``finding`` on the patient's current lines ``rows``."""
    rule = vocabulary.finding_rule(finding.kind, finding.severity)
    kind = vocabulary.kind(rule.kind)
    targets = _targets(finding, rows, rule.target)
    problem, why = rule.problem, rule.why
    if not targets and kind.changes_list:   # the drug is not on the list any more: nothing to change
        kind = vocabulary.kind("information")
    changes: list[MedicationAction] = []
    unchanged: list[int] = []
    for row in targets if kind.changes_list else []:
        if "stop" in kind.actions:
            changes.append(MedicationAction("stop", row.id))
        elif "change" in kind.actions:
            data = draft_change(row, rule.amount_factor)
            changes.append(MedicationAction("change", row.id, data))
            if data.posology == row.data.posology:
                unchanged.append(row.id)
    return DraftProposal(kind.code, problem, tuple(r.id for r in targets), tuple(changes), why, tuple(unchanged))
