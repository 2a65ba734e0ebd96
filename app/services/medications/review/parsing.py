"""Turning a JSON case (dict) into engine inputs; a malformed case raises a ``CaseError`` naming the field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.services.errors import ValidationError

from .context import Medication, PatientContext, normalize_atc
from .schema import ATC_RE

LANGUAGES = ("fr", "de", "en")
_JSON_TYPES = {"str": "string", "list": "array", "dict": "object", "bool": "boolean"}


class CaseError(ValidationError):
    """A malformed case: ``field`` is the JSON path in the case (``medications[0].atc``), ``code`` the problem."""


@dataclass(frozen=True)
class Case:
    """One review request."""

    id: Any
    lang: str
    patient: PatientContext
    medications: tuple[Medication, ...]


def _date(value: Any, field: str) -> date:
    if not isinstance(value, str):
        raise CaseError(field, "medications.case_date_not_text")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CaseError(field, "medications.case_bad_date", value=value) from None


def _number(obj: dict, key: str, field: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CaseError(field, "medications.case_not_a_number", json_type=_JSON_TYPES.get(type(value).__name__, "?"))
    if value < 0 or value != value:
        raise CaseError(field, "medications.case_negative")
    return float(value)


def _bool(obj: dict, key: str, field: str, default: bool | None) -> bool | None:
    value = obj.get(key, default)
    if value is not None and not isinstance(value, bool):
        raise CaseError(field, "medications.case_not_a_boolean")
    return value


def _str_list(obj: dict, key: str, field: str) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseError(field, "medications.case_not_a_text_list")
    return tuple(v.strip() for v in value if v.strip())


def _optional_str(obj: dict, key: str, field: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise CaseError(field, "medications.case_not_a_text")
    return value


def parse_patient(raw: Any, as_of: date, pim_lists: frozenset[str] | None = None) -> PatientContext:
    """PatientContext from the case's 'patient' object (``pim_lists``: the case's lists for older people)."""
    if not isinstance(raw, dict):
        raise CaseError("patient", "medications.case_not_an_object")
    birth = raw.get("birth_date")
    birth_date = None if birth is None else _date(birth, "patient.birth_date")
    if birth_date is not None and birth_date > as_of:
        raise CaseError("patient.birth_date", "medications.case_after_as_of")
    sex = raw.get("sex")
    if sex is not None:
        if not isinstance(sex, str) or sex.strip().upper() not in ("F", "M", "X", "U"):
            raise CaseError("patient.sex", "medications.case_bad_sex")
        sex = sex.strip().upper()
    return PatientContext(
        as_of=as_of, birth_date=birth_date, sex=sex,
        egfr=_number(raw, "egfr", "patient.egfr"), weight_kg=_number(raw, "weight_kg", "patient.weight_kg"),
        creatinine_umol_l=_number(raw, "creatinine_umol_l", "patient.creatinine_umol_l"),
        conditions=_str_list(raw, "conditions", "patient.conditions"),
        allergies=_str_list(raw, "allergies", "patient.allergies"), pim_lists=pim_lists)


def parse_medication(raw: Any, index: int) -> Medication:
    """Medication from one entry of the case's 'medications' list."""
    where = f"medications[{index}]"
    if not isinstance(raw, dict):
        raise CaseError(where, "medications.case_not_an_object")
    atc = raw.get("atc")
    if atc is None:
        raise CaseError(f"{where}.atc", "medications.case_missing")
    if not isinstance(atc, str) or not ATC_RE.match(normalize_atc(atc)) or len(normalize_atc(atc)) < 3:
        raise CaseError(f"{where}.atc", "medications.case_bad_atc", value=atc)
    return Medication(
        atc=normalize_atc(atc), name=_optional_str(raw, "name", f"{where}.name") or "",
        as_needed=bool(_bool(raw, "as_needed", f"{where}.as_needed", False)),
        daily_dose_mg=_number(raw, "daily_dose_mg", f"{where}.daily_dose_mg"),
        route=_optional_str(raw, "route", f"{where}.route"),
        topical=_bool(raw, "topical", f"{where}.topical", None),
        regular=_bool(raw, "regular", f"{where}.regular", None),
        self_medication=bool(_bool(raw, "self_medication", f"{where}.self_medication", False)))


def parse_case(raw: Any, today: date | None = None) -> Case:
    """Validate a case object; raises CaseError naming the first bad field.

    ``pim_lists`` (optional): the lists for older people to apply (ids of elderly.json); absent: every list."""
    if not isinstance(raw, dict):
        raise CaseError("case", "medications.case_not_an_object")
    case_id = raw.get("id")
    if case_id is not None and (isinstance(case_id, bool) or not isinstance(case_id, (str, int))):
        raise CaseError("id", "medications.case_bad_id")
    lang = raw.get("lang", "fr")
    if lang not in LANGUAGES:
        raise CaseError("lang", "medications.case_bad_language", value=lang)
    as_of = _date(raw["as_of"], "as_of") if raw.get("as_of") is not None else (today or date.today())
    pim_lists = None if raw.get("pim_lists") is None else frozenset(_str_list(raw, "pim_lists", "pim_lists"))
    patient = parse_patient(raw.get("patient"), as_of, pim_lists)
    meds = raw.get("medications")
    if not isinstance(meds, list):
        raise CaseError("medications", "medications.case_not_a_list")
    return Case(id=case_id, lang=lang, patient=patient,
                medications=tuple(parse_medication(m, i) for i, m in enumerate(meds)))


def case_id_of(raw: Any) -> Any:
    """Best-effort id of a (possibly malformed) case, for error lines."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), (str, int)) and not isinstance(raw.get("id"), bool):
        return raw["id"]
    return None
