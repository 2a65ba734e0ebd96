"""The coded vocabulary of alerts: SFPC problem categories, interventions and their Swiss PADV codes.

The codes live in ``resources/alerts/intervention_codes.json`` with their source
and edition; ``docs/intervention-codes.md`` explains the mapping.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.resources import resource_dir

CODES_FILE = resource_dir("alerts", "intervention_codes.json")
LANGS = ("en", "fr", "de")


@dataclass(frozen=True)
class Problem:
    code: str
    labels: dict

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class Intervention:
    code: str
    sfpc: str | None
    sfpc_label: str | None
    ch_padv: str
    change: str          # stop / change / substitute / add / none: what "accepted" does to the list
    labels: dict

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(CODES_FILE.read_text(encoding="utf-8"))


def problems() -> dict[str, Problem]:
    return {p["code"]: Problem(p["code"], {k: p[k] for k in LANGS}) for p in _data()["problems"]}


def interventions() -> dict[str, Intervention]:
    return {i["code"]: Intervention(i["code"], i["sfpc"], i["sfpc_label"], i["ch_padv"], i["change"],
                                    {k: i[k] for k in LANGS}) for i in _data()["interventions"]}


def finding_defaults(kind: str) -> tuple[str, str]:
    """(problem category, intervention) proposed for an engine finding kind."""
    problem, intervention = _data()["finding_defaults"].get(kind, ("1.10", "information"))
    return problem, intervention

