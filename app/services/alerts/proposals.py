"""The proposal an engine finding suggests, chosen by the vocabulary's rules (``finding_proposals`` in
``resources/alerts/alert_vocabulary.json``): its kind, its SFPC problem, the lines it targets and the draft
change of each line.

A draft is what the raise dialog starts from. Stops, suspensions, monitoring and information are complete as
they stand; a dose change (its draft holds the line's current values) needs the new doses, a substitution the
new product: ``missing`` names what the pharmacist still has to give, and raising refuses the proposal until
it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.alerts import vocabulary
from app.services.alerts.alert_input import MedicationAction
from app.services.medications.medication_list import MedicationRow, as_input
from app.services.medications.review import Finding

EDITS = ("change",)
"""Line actions whose draft holds the current values: the proposal is complete once they differ."""


@dataclass(frozen=True)
class DraftProposal:
    """A proposal prefilled from a finding (``why``: the reason the vocabulary file gives for the choice)."""

    kind: str
    problem: str
    target_line_ids: tuple[int, ...]
    changes: tuple[MedicationAction, ...]
    why: str

    @property
    def missing(self) -> tuple[str, ...]:
        """What the pharmacist still has to give: "doses" (a change to make) and/or "product" (a drug to add)."""
        needs = vocabulary.kind(self.kind).needs
        out = []
        if "change" in needs:
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


def from_finding(finding: Finding, rows: list[MedicationRow]) -> DraftProposal:
    """The proposal the vocabulary suggests for ``finding`` on the patient's current lines ``rows``."""
    rule = vocabulary.finding_rule(finding.kind, finding.severity)
    kind = vocabulary.kind(rule.kind)
    targets = _targets(finding, rows, rule.target)
    problem, why = rule.problem, rule.why
    if not targets and kind.changes_list:   # the drug is not on the list any more: nothing to change
        kind = vocabulary.kind("information")
    changes: list[MedicationAction] = []
    for row in targets if kind.changes_list else []:
        if "stop" in kind.actions:
            changes.append(MedicationAction("stop", row.id))
        elif "change" in kind.actions:
            changes.append(MedicationAction("change", row.id, as_input(row)))
    return DraftProposal(kind.code, problem, tuple(r.id for r in targets), tuple(changes), why)
