"""The checklist, the waiting list's priority rule and the reasons an identity cannot be qualified, as data:
``resources/intake/checklist.json``, ``priority.json`` and ``identity_reasons.json`` (labels in French, German and
English, the sources they rest on)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.resources import resource_dir

INTAKE_DIR = resource_dir("intake")
KINDS = ("identity", "confirm", "gp_declaration", "records_requested", "records_received", "appointment")


@dataclass(frozen=True)
class StepTask:
    recall_days: int
    labels: dict


@dataclass(frozen=True)
class StepDef:
    key: str
    kind: str
    required: bool
    labels: dict
    countries: tuple[str, ...] = ()     # empty: every country
    chart: str | None = None            # what the chart must hold before the step is confirmed
    after: str | None = None            # the step that must be done first
    task: StepTask | None = None
    source: str | None = None

    def applies_to(self, country: str) -> bool:
        return not self.countries or (country or "").upper() in self.countries


@dataclass(frozen=True)
class Checklist:
    steps: tuple[StepDef, ...]
    sources: dict

    def step(self, key: str) -> StepDef | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass(frozen=True)
class PriorityRule:
    first: tuple[str, ...]       # the facts that put a patient first (long_term, frailty)
    then: str                    # then by this date, oldest first
    description: dict
    verify: bool


def label(labels: dict, lang: str) -> str:
    return labels.get(lang) or labels.get("en") or next(iter(labels.values()), "")


@lru_cache(maxsize=1)
def load() -> Checklist:
    """The checklist, in its order (read once)."""
    data = json.loads((INTAKE_DIR / "checklist.json").read_text(encoding="utf-8"))
    steps = []
    for s in data["steps"]:
        assert s["kind"] in KINDS, s["key"]
        task = StepTask(int(s["task"]["recall_days"]), s["task"]["labels"]) if "task" in s else None
        steps.append(StepDef(s["key"], s["kind"], bool(s.get("required", True)), s["labels"],
                             tuple(s.get("countries", ())), s.get("chart"), s.get("after"), task, s.get("source")))
    return Checklist(tuple(steps), data.get("sources", {}))


@lru_cache(maxsize=1)
def priority() -> PriorityRule:
    """The waiting list's order (read once)."""
    data = json.loads((INTAKE_DIR / "priority.json").read_text(encoding="utf-8"))
    return PriorityRule(tuple(data["first"]), data["then"], data["description"],
                        bool(data.get("source", {}).get("verify", False)))


@dataclass(frozen=True)
class IdentityReason:
    """Why an identity cannot be qualified now; the task to qualify it later is due ``recall_days`` after."""

    code: str
    labels: dict
    source: str
    verify: bool
    recall_days: int
    note_required: bool


@dataclass(frozen=True)
class IdentityReasons:
    reasons: tuple[IdentityReason, ...]
    task_labels: dict
    sources: dict

    def reason(self, code: str) -> IdentityReason | None:
        return next((r for r in self.reasons if r.code == code), None)


@lru_cache(maxsize=1)
def identity_reasons() -> IdentityReasons:
    """The short list of reasons an identity cannot be qualified, in its order (read once)."""
    data = json.loads((INTAKE_DIR / "identity_reasons.json").read_text(encoding="utf-8"))
    reasons = []
    for r in data["reasons"]:
        assert r["source"] in data["sources"], r["code"]
        reasons.append(IdentityReason(r["code"], r["labels"], r["source"], bool(r.get("verify", False)),
                                      int(r["recall_days"]), bool(r.get("note_required", False))))
    return IdentityReasons(tuple(reasons), data["task"]["labels"], data["sources"])
