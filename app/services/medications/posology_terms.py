"""The coded vocabularies of a posology: routes of administration (EDQM Standard Terms) and units.

Both are data in ``resources/medications/`` with their sources: ``routes.json`` (EDQM code, English, French and
German terms, the CdTyp26 code eMediplan CHMED16A writes) and ``units.json`` (Cordée's units with their labels and
CdTyp9 codes). Labels are chosen by language code (fr, de, en; anything else reads French).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.resources import resource_dir
from app.services.kernel.labels import lang_of


@dataclass(frozen=True)
class Route:
    """One EDQM route of administration."""

    code: str
    en: str
    fr: str
    de: str
    cdtyp26: str | None
    common: bool

    def label(self, lang: str) -> str:
        """The term in ``lang`` (fr, de, en)."""
        return getattr(self, lang_of(lang))


@dataclass(frozen=True)
class Unit:
    """One unit of a posology amount (tablet, drop, ml, mg …)."""

    code: str
    labels: dict[str, tuple[str, str]]   # lang -> (singular, plural)
    kind: str                            # count, dose, volume, mass, activity
    cdtyp9: str | None
    mg: float | None                     # a mass unit: its value in mg

    def label(self, lang: str, plural: bool = False) -> str:
        """The word in ``lang``, singular or plural."""
        return self.labels[lang_of(lang)][1 if plural else 0]


@cache
def _routes_file() -> dict:
    return json.loads(resource_dir("medications", "routes.json").read_text(encoding="utf-8"))


@cache
def routes() -> dict[str, Route]:
    """Every coded route, by EDQM code."""
    return {r["code"]: Route(r["code"], r["en"], r["fr"], r["de"], r.get("cdtyp26"), bool(r.get("common")))
            for r in _routes_file()["routes"]}


def route_label(code: str | None, lang: str) -> str:
    """The term of an EDQM route code in ``lang`` ("" for none; an unknown code as is)."""
    if not code:
        return ""
    route = routes().get(code)
    return route.label(lang) if route else code


def routes_for_choice(lang: str) -> list[Route]:
    """The routes in the order a list offers them: the common ones first, then the others, by term."""
    return sorted(routes().values(), key=lambda r: (not r.common, r.label(lang).casefold()))


@cache
def _route_words() -> dict[str, str]:
    data = _routes_file()
    words = {w: c for w, c in data["cordee_words"].items()}
    for route in routes().values():
        for text in (route.code, route.en, route.fr, route.de):
            words.setdefault(text.casefold(), route.code)
    return words


def route_code(text: str | None) -> str | None:
    """The EDQM code a route text names: the code itself, a term in any language, or one of the words Cordée
    stored before coded routes ("oral", "inhaled" …); None when it names none."""
    key = (text or "").strip().casefold()
    return _route_words().get(key) if key else None


def route_word(code: str | None) -> str | None:
    """The word the review knowledge names a route by ("cutaneous", "intravenous" …), else the English term."""
    if not code:
        return None
    for word, coded in _routes_file()["cordee_words"].items():
        if coded == code:
            return word
    route = routes().get(code)
    return route.en.lower() if route else None


def route_from_cdtyp26(value: str | None) -> str | None:
    """The EDQM code of an eMediplan CdTyp26 route code ("PO" → 20053000), None if unknown."""
    return _routes_file()["read_cdtyp26"].get((value or "").strip().upper()) if value else None


@cache
def units() -> dict[str, Unit]:
    """Every unit, by code, in the file's order."""
    data = json.loads(resource_dir("medications", "units.json").read_text(encoding="utf-8"))
    return {u["code"]: Unit(u["code"], {lang: tuple(u[lang]) for lang in ("fr", "de", "en")}, u["kind"],
                            u.get("cdtyp9"), u.get("mg")) for u in data["units"]}


def unit_label(code: str | None, lang: str, plural: bool = False) -> str:
    """The word of a unit code in ``lang`` ("" for none; an unknown code as is)."""
    if not code:
        return ""
    unit = units().get(code)
    return unit.label(lang, plural) if unit else code


def unit_from_cdtyp9(value: str | None) -> str | None:
    """Cordée's unit for an eMediplan CdTyp9 code ("Hub" → puff), None if none has it as its own code."""
    for unit in units().values():
        if unit.cdtyp9 and value and unit.cdtyp9.casefold() == value.strip().casefold():
            return unit.code
    return None


__all__ = ["Route", "Unit", "routes", "route_label", "routes_for_choice", "route_code", "route_word",
           "route_from_cdtyp26", "units", "unit_label", "unit_from_cdtyp9"]
