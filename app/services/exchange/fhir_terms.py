"""The code systems of the FHIR patient summary, from ``resources/exchange/fhir_codes.json`` (with its sources):
LOINC codes of the clinical values with their UCUM units, identifier systems, UCUM codes of posology units."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.resources import resource_dir

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ATC = "http://www.whocc.no/atc"
GTIN = "urn:oid:1.3.160"
BCP47 = "urn:ietf:bcp:47"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"


@dataclass(frozen=True)
class ObservationTerm:
    """A Cordée clinical value and its LOINC code; ``read``: every LOINC code read back → (factor to Cordée's unit,
    the UCUM unit expected or None for the main code's)."""

    cordee: str
    loinc: str
    display: str
    ucum: str
    category: str
    read: dict[str, float]


@cache
def _data() -> dict:
    return json.loads(resource_dir("exchange", "fhir_codes.json").read_text(encoding="utf-8"))


@cache
def observation_terms() -> tuple[ObservationTerm, ...]:
    """The clinical values the summary carries, in the order of the table."""
    out = []
    for o in _data()["observations"]:
        read = {o["loinc"]: 1.0} | {a["loinc"]: float(a["factor"]) for a in o["also_read"]}
        out.append(ObservationTerm(o["cordee"], o["loinc"], o["display"], o["ucum"], o["category"], read))
    return tuple(out)


def term_for_loinc(code: str) -> tuple[ObservationTerm, float] | None:
    """The clinical value a LOINC code is read as, with the factor to its unit (None: not one we keep)."""
    for term in observation_terms():
        if code in term.read:
            return term, term.read[code]
    return None


def identifier_system(kind: str) -> str:
    """``ins_nir``, ``ins_nia`` or ``avs`` → its system URI."""
    return _data()["identifiers"][kind]["system"]


def ucum_unit(unit: str | None) -> str | None:
    """The UCUM code of a posology unit (mg, ml …), or None for a unit of presentation (tablet, drop …)."""
    return _data()["posology_units_ucum"].get(unit or "")


def unit_of_ucum(code: str | None) -> str | None:
    """The posology unit of a UCUM code (the reverse of ``ucum_unit``)."""
    return next((k for k, v in _data()["posology_units_ucum"].items() if v == code), None)
