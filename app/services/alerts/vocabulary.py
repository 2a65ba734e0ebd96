"""The one vocabulary of alerts: what a pharmacist proposes and what the doctor answers.

Read from ``resources/alerts/alert_vocabulary.json`` (each code with its source and edition; the choices are
explained in ``docs/intervention-codes.md``):

* SFPC problem categories (``problems``), with the HL7 France code of each;
* proposal kinds (``kinds``): stop, suspend, dose change, substitution, add, route, administration, monitoring,
  information — each with its SFPC intervention code, its CH EMED Pharmaceutical Advice (PADV) code, the list
  changes it is made of and the PADV code of each;
* answers (``answers``): accept, modify, refuse, question, reply — each with its PADV code and SFPC outcome;
* the proposal that an engine finding suggests (``finding_rule``), by finding kind and severity.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.resources import resource_dir

VOCABULARY_FILE = resource_dir("alerts", "alert_vocabulary.json")
LANGS = ("en", "fr", "de")
PADV_CODES = ("OK", "CHANGE", "CANCEL", "SUSPEND", "REFUSE", "COMMENT")
LINE_ACTIONS = ("stop", "change", "add")
"""What a proposal or an answer does to one medication line (``MedicationAction.action``)."""
TARGETS = ("all", "last", "highest_score", "none")


def _labels(item: dict) -> dict[str, str]:
    return {lang: item[lang] for lang in LANGS}


def _pick(labels: dict[str, str], lang: str) -> str:
    return labels.get(lang) or labels["en"]


@dataclass(frozen=True)
class Problem:
    """An SFPC problem category ("1.6" …) and its code in the HL7 France code system."""

    code: str
    hl7fr: str
    labels: dict

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class ProposalKind:
    """What the pharmacist proposes: its SFPC intervention code, its PADV code and the list changes it is made of.

    ``actions``: line action (stop / change / add) → PADV code of that line (None: a new line, no PADV target);
    ``needs``: the actions a complete proposal of this kind must hold (empty: it changes nothing in the list)."""

    code: str
    sfpc: str | None
    padv: str | None
    actions: dict
    needs: tuple[str, ...]
    labels: dict

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)

    @property
    def changes_list(self) -> bool:
        """True when accepting the proposal changes the medication list."""
        return bool(self.needs)

    def line_padv(self, action: str) -> str | None:
        """The PADV code of one line change of this proposal."""
        return self.actions.get(action)


@dataclass(frozen=True)
class Answer:
    """What the doctor (or, for ``reply``, the sender) answers: its state, PADV code and SFPC outcome.

    ``padv`` is a PADV code, or ``proposal`` (the proposal's codes) or ``changes`` (the codes of the changes
    made)."""

    code: str
    state: str
    padv: str
    sfpc_outcome: str | None
    text_required: bool
    labels: dict

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class FindingRule:
    """The proposal an engine finding suggests: kind, SFPC problem, which lines it targets, and why.

    ``amount_factor``: a dose change's draft multiplies the line's amounts by it (None: the draft keeps them and
    the pharmacist gives the new doses)."""

    kind: str
    problem: str
    target: str
    why: str
    amount_factor: float | None = None


@lru_cache(maxsize=1)
def data() -> dict:
    """The vocabulary file as read (sources, codes and rules)."""
    return json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def problems() -> dict[str, Problem]:
    """SFPC problem categories by code ("1.1" … "1.10")."""
    return {p["code"]: Problem(p["code"], p["hl7fr"], _labels(p)) for p in data()["problems"]}


@lru_cache(maxsize=1)
def kinds() -> dict[str, ProposalKind]:
    """Proposal kinds by code, in the file's order."""
    return {k["code"]: ProposalKind(k["code"], k["sfpc"], k["padv"], dict(k["actions"]), tuple(k["needs"]),
                                    _labels(k)) for k in data()["proposal_kinds"]}


def kind(code: str) -> ProposalKind:
    """One proposal kind (KeyError for an unknown code: check with ``code in kinds()``)."""
    return kinds()[code]


@lru_cache(maxsize=1)
def answers() -> dict[str, Answer]:
    """Answers by code (accept, modify, refuse, question, reply)."""
    return {a["code"]: Answer(a["code"], a["state"], a["padv"], a["sfpc_outcome"], a["text_required"],
                              _labels(a)) for a in data()["answers"]}


def answer_for_state(state: str) -> Answer | None:
    """The answer that puts an alert in ``state`` (accepted → accept …), None for other states."""
    return next((a for a in answers().values() if a.state == state), None)


def padv_label(code: str | None, lang: str = "en") -> str:
    """The PADV code in words ("CANCEL" → "Stop for good" / "Arrêt définitif" …)."""
    for item in data()["padv_codes"]:
        if item["code"] == code:
            return _pick(_labels(item), lang)
    return code or ""


def line_padv(action: str) -> str | None:
    """The PADV code of a line change made outside any proposal (the doctor's own change)."""
    return data()["line_actions"].get(action)


def finding_rule(finding_kind: str, severity: str) -> FindingRule:
    """The proposal suggested for an engine finding of this kind and severity (information when none is set)."""
    rules = data()["finding_proposals"]
    for rule in rules.get("*", []) + rules.get(finding_kind, []):
        if severity in rule["severity"]:
            return FindingRule(rule["kind"], rule["problem"], rule["target"], rule["why"],
                               rule.get("draft_amount_factor"))
    return FindingRule("information", "1.10", "none", "")


def hl7fr_problem(problem: str, severity: str | None = None) -> str | None:
    """The HL7 France problem code of an SFPC category; for interactions the level's sub-code when known."""
    for p in data()["problems"]:
        if p["code"] == problem:
            return p.get("hl7fr_by_severity", {}).get(severity or "", p["hl7fr"])
    return None
