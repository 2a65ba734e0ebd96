"""Identity vigilance (RNIV): the INS, its OID and its five traits, the identity attributes, and what may leave.

The rules, checked here for every save of a patient (``records``) and read by the form to grey what they forbid:

* while the identity is marked *doubtful* or *fictitious* its status stays provisional (PROV);
* a qualified identity (QUAL) has its matricule with its OID and the five INS traits: birth name, the list of
  birth first names, birth date, sex (F or M), INSEE COG code of the place of birth (99xxx: born abroad);
* only a qualified identity with neither attribute is used to reference and exchange health data:
  ``exportable_ins`` is what every export (FHIR, eMediplan, CDA …) writes, or nothing.

Sources: HL7 France FR Core, CodeSystem fr-core-cs-identity-status; ANS, Référentiel national d'identitovigilance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.models.patient import InsOid, InsStatus
from app.services.errors import ValidationError

OIDS = tuple(o.value for o in InsOid)
TRAITS = ("birth_name", "birth_given_names", "birth_date", "sex", "birth_place_code")
"""The five INS traits, as the patient's fields are named."""
COG = re.compile(r"(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|2[AB]\d{3}|9[789]\d{3}")
"""An INSEE COG code: a commune of a département (Corsica 2A/2B), of an overseas one (97x, 98x), or 99xxx abroad."""


@dataclass(frozen=True)
class InsTraits:
    """The five INS traits as they travel with the matricule."""

    birth_name: str
    birth_given_names: tuple[str, ...]
    birth_date: date
    sex: str
    birth_place_code: str


@dataclass(frozen=True)
class ExportableIns:
    """An INS that may reference health data outside the practice: matricule, OID of its authority, traits."""

    matricule: str
    oid: str
    traits: InsTraits

    def __iter__(self):   # (matricule, oid, traits) = exportable_ins(patient)
        return iter((self.matricule, self.oid, self.traits))


def normalise_birth_place_code(value: str | None) -> str | None:
    """The INSEE COG code of the place of birth, upper case; refused unless 5 characters of a COG code."""
    code = (value or "").strip().upper()
    if not code:
        return None
    if not COG.fullmatch(code):
        raise ValidationError("birth_place_code", "patients.birth_place_code")
    return code


def status_refusal(status: str | None, *, doubtful: bool, fictitious: bool) -> ValidationError | None:
    """The refusal of ``status`` the identity attributes make (on the field ``ins_status``), or None. Only PROV (or no
    INS) stays allowed while the identity is doubtful or fictitious."""
    if status in (None, "", InsStatus.PROVISIONAL.value):
        return None
    if fictitious:
        return ValidationError("ins_status", "patients.ins_status_fictitious", attribute="identity_fictitious")
    if doubtful:
        return ValidationError("ins_status", "patients.ins_status_doubtful", attribute="identity_doubtful")
    return None


def check_identity(values: dict) -> None:
    """The RNIV rules on a patient's checked values (``records``); raises ValidationError naming the field."""
    refusal = status_refusal(values.get("ins_status"), doubtful=values.get("identity_doubtful", False),
                             fictitious=values.get("identity_fictitious", False))
    if refusal:
        raise refusal
    oid = values.get("ins_oid")
    if oid and not values.get("ins_matricule"):
        raise ValidationError("ins_oid", "patients.ins_oid_without_ins")
    if oid and oid not in OIDS:
        raise ValidationError("ins_oid", "one_of", allowed=", ".join(OIDS))
    if values.get("ins_status") == InsStatus.QUALIFIED.value:
        for name in ("ins_oid", *TRAITS):
            if not values.get(name):
                raise ValidationError(name, "patients.ins_qual_needs")
        if values["sex"] not in ("F", "M"):
            raise ValidationError("sex", "patients.ins_qual_sex")


def exportable_ins(patient) -> ExportableIns | None:
    """The INS to write in an export, or None: only a qualified identity (QUAL) that is neither doubtful nor
    fictitious, with its OID and its five traits. ``patient``: a stored patient or a ``records.PatientInput``."""
    get = (lambda name: patient.get(name)) if isinstance(patient, dict) else (
        lambda name: getattr(patient, name, None))
    if get("ins_status") != InsStatus.QUALIFIED.value or get("identity_doubtful") or get("identity_fictitious"):
        return None
    if not get("ins_matricule") or get("ins_oid") not in OIDS or get("sex") not in ("F", "M"):
        return None
    if not all(get(name) for name in TRAITS):
        return None
    birth = get("birth_date")
    if isinstance(birth, str):
        birth = date.fromisoformat(birth)
    traits = InsTraits(get("birth_name"), tuple(get("birth_given_names").split()), birth, get("sex"),
                       get("birth_place_code"))
    return ExportableIns(get("ins_matricule"), get("ins_oid"), traits)
