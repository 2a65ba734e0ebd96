"""eMediplan medication plan payload (the QR code of the printed plan), version **CHMED16A**.

Follows the IG eMediplan specification (github.com/ig-emediplan/specification,
``chmed16a/README.md`` and ``chtransmissionformat/README.md``):

* transport: ``"CHMED16A1" + base64(gzip(UTF-8 JSON))`` (compression flag 1); ``CHMED16A0`` +
  plain JSON is also read;
* object ``Medication`` with ``Patient``, ``Medicaments``, ``MedType`` 1 (medication plan),
  ``Auth`` (author GLN when known), ``Dt`` (ISO 8601), ``Rmk``; short field names, empty values
  omitted;
* ``Patient``: ``FName``, ``LName``, ``BDt``, ``Gender`` (1 male, 2 female), ``Lng``, ``Street``,
  ``Zip``, ``City``, ``Ids`` (type 1 insurance card), ``Med`` (weight measure, renal risk category);
* ``Medicament``: ``Id`` + ``IdType`` (1 = free text, the product name; 2 = GTIN when the catalogue
  reference is a 13-digit GTIN), ``TkgRsn``, ``AutoMed``, ``PrscbBy``; the posology (``Pos``, ``Unit``, ``Roa``,
  ``AppInstr``) as ``emediplan_posology`` writes and reads it;
* Cordée's private fields (``PFields`` [{``Nm``, ``Val``}], under ``PSchema`` "cordee-1"): ``ATC``, ``Name``,
  ``Subst``, ``Strength``, ``Ref`` (so that a plan read back gives the same lines) and the posology's own.

CHMED23A (camelCase, compression mandatory, chunking) is not written yet.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from app.services.errors import ValidationError
from app.services.medications import emediplan_posology
from app.services.medications.medication_list import MedicationInput, MedicationRow

PREFIX = "CHMED16A1"
PLAIN_PREFIX = "CHMED16A0"
GTIN = re.compile(r"^\d{13}$")
# CH eMediplan renal risk codes by creatinine clearance (risk category 1)
RENAL_CODES = ((15, 597), (30, 575), (60, 576), (90, 577))


@dataclass(frozen=True)
class PlanPatient:
    family_name: str
    given_names: str
    birth_date: date
    sex: str
    language: str = "fr"
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    insurance_card_number: str | None = None
    weight_kg: float | None = None
    egfr: float | None = None


def _compact(obj):
    """Omit null / empty values, as the specification asks."""
    if isinstance(obj, dict):
        return {k: _compact(v) for k, v in obj.items() if v not in (None, "", [], {})}
    if isinstance(obj, list):
        return [_compact(v) for v in obj]
    return obj


def medicament(row: MedicationRow, plan_day: date | None = None) -> dict:
    """One ``Medicament`` of the plan."""
    d = row.data
    name = " ".join(x for x in (d.product_name or d.substances, d.strength if d.product_name and d.strength and
                                d.strength not in (d.product_name or "") else None) if x)
    pos, posology_fields, private = emediplan_posology.write(d.posology, plan_day or date.today())
    gtin = d.catalogue_ref if d.catalogue_ref and GTIN.match(d.catalogue_ref) else None
    private = {"ATC": d.atc, "Name": d.product_name, "Subst": d.substances, "Strength": d.strength,
               "Ref": None if gtin else d.catalogue_ref, **private}
    return {"Id": gtin or name, "IdType": 2 if gtin else 1, "Pos": [pos], **posology_fields,
            "TkgRsn": d.indication, "AutoMed": 1 if d.self_medication else 0, "PrscbBy": row.prescriber_display,
            "PFields": [{"Nm": k, "Val": v} for k, v in private.items() if v]}


def plan_object(patient: PlanPatient, rows: list[MedicationRow], when: datetime, author_gln: str | None = None,
                remark: str | None = None) -> dict:
    """The CHMED16A ``Medication`` object of a medication plan (MedType 1)."""
    med = {}
    if patient.weight_kg:
        med["Meas"] = [{"Type": 1, "Val": patient.weight_kg}]
    if patient.egfr is not None:
        code = next((c for limit, c in RENAL_CODES if patient.egfr < limit), None)
        med["Rc"] = [{"Id": 1, "R": [code] if code else []}]
    return _compact({
        "Patient": {"FName": patient.given_names, "LName": patient.family_name, "BDt": patient.birth_date.isoformat(),
                    "Gender": {"M": 1, "F": 2}.get(patient.sex), "Lng": patient.language, "Street": patient.street,
                    "Zip": patient.postal_code, "City": patient.city,
                    "Ids": [{"Type": 1, "Val": patient.insurance_card_number}] if patient.insurance_card_number
                    else None, "Med": med},
        "Medicaments": [medicament(r, when.date()) for r in rows], "MedType": 1, "Auth": author_gln,
        "PSchema": emediplan_posology.PSCHEMA,
        "Dt": when.isoformat(timespec="seconds"), "Rmk": remark})


def encode(obj: dict) -> str:
    """``CHMED16A1`` + base64(gzip(JSON))."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return PREFIX + base64.b64encode(gzip.compress(raw, mtime=0)).decode("ascii")


def decode(payload: str) -> dict:
    """Read a CHMED16A payload (compressed or plain); a bad payload is refused naming the field."""
    text = (payload or "").strip()
    try:
        if text.startswith(PREFIX):
            return json.loads(gzip.decompress(base64.b64decode(text[len(PREFIX):], validate=True)).decode("utf-8"))
        if text.startswith(PLAIN_PREFIX):
            return json.loads(text[len(PLAIN_PREFIX):])
    except (ValueError, OSError, EOFError):
        raise ValidationError("emediplan", "medications.emediplan_unreadable") from None
    raise ValidationError("emediplan", "medications.emediplan_prefix")


def _private(obj: dict, medicament: dict) -> dict[str, str]:
    """A medicament's private fields: Cordée's under its schema; the ATC code also without (as written before)."""
    found = {str(f.get("Nm")): str(f.get("Val")) for f in medicament.get("PFields") or []
             if isinstance(f, dict) and f.get("Nm") and f.get("Val") not in (None, "")}
    if obj.get("PSchema") == emediplan_posology.PSCHEMA:
        return found
    return {"ATC": found["ATC"]} if "ATC" in found else {}


def medication_inputs(obj: dict) -> list[MedicationInput]:
    """The medicaments of a decoded plan as MedicationInput values (import of a discharge list)."""
    out = []
    for m in obj.get("Medicaments", []) if isinstance(obj, dict) else []:
        if not isinstance(m, dict):
            continue
        private = _private(obj, m)
        name = str(m.get("Id") or "")
        gtin = m.get("IdType") == 2
        product = private.get("Name") if "Name" in private or "Subst" in private else (None if gtin else name)
        out.append(MedicationInput(atc=private.get("ATC"), substances=private.get("Subst") or "", product_name=product,
                                   catalogue_ref=name if gtin else private.get("Ref"), strength=private.get("Strength"),
                                   posology=emediplan_posology.read(m, private), indication=m.get("TkgRsn"),
                                   self_medication=bool(m.get("AutoMed"))))
    return out
