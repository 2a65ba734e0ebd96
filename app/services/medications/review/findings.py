"""Finding objects returned by the medication review engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTRAINDICATED = "contraindicated"
AVOID = "avoid"
PRECAUTION = "precaution"
CONSIDER = "consider"
NOT_EVALUABLE = "not_evaluable"

#: Ordinal of each severity (ANSM CI=4, ASDEC=3, PE=2, APEC=1); not_evaluable ranks lowest.
SEVERITY_RANK = {CONTRAINDICATED: 4, AVOID: 3, PRECAUTION: 2, CONSIDER: 1, NOT_EVALUABLE: 0}
RULE_SEVERITIES = frozenset({CONTRAINDICATED, AVOID, PRECAUTION, CONSIDER})

KINDS = (
    "allergy", "interaction", "qt_prolongation", "renal_dose", "max_dose", "drug_disease", "inappropriate_in_elderly",
    "duplication", "anticholinergic_burden", "polypharmacy",
)
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True)
class Contribution:
    """One drug's share of an anticholinergic burden score."""

    atc: str
    name: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready mapping."""
        return {"atc": self.atc, "name": self.name, "score": self.score}


@dataclass(frozen=True)
class Finding:
    """One problem detected in a medication list."""

    kind: str
    severity: str
    atc: tuple[str, ...]
    rule: str
    message: str
    recommendation: str
    sources: tuple[str, ...]
    scale: str | None = None
    contributions: tuple[Contribution, ...] = ()
    details: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def rank(self) -> int:
        """Ordinal severity (higher is more serious)."""
        return SEVERITY_RANK[self.severity]

    def sort_key(self) -> tuple:
        """Most serious first, then a stable order independent of input order."""
        return (-self.rank, _KIND_ORDER.get(self.kind, 99), self.rule, self.atc)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready mapping (extra keys only when they carry information)."""
        out: dict[str, Any] = {
            "kind": self.kind, "severity": self.severity, "atc": list(self.atc), "rule": self.rule,
            "message": self.message, "recommendation": self.recommendation, "sources": list(self.sources),
        }
        if self.scale is not None:
            out["scale"] = self.scale
        if self.contributions:
            out["contributions"] = [c.to_dict() for c in self.contributions]
        if self.details:
            out["details"] = dict(self.details)
        return out
