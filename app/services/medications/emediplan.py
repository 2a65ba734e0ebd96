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
  reference is a 13-digit GTIN), ``Pos`` [{``D``: [morning, noon, evening, night], ``DtFrom``,
  ``DtTo``, ``InRes``}], ``AppInstr``, ``TkgRsn``, ``AutoMed``, ``PrscbBy``, ``Roa``;
  Cordée adds the ATC code as a private field ``PFields`` [{``Nm``: "ATC", ``Val``}].

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


def _number(text: str | None) -> float:
    try:
        return float(text) if text else 0.0
    except ValueError:
        return 0.0


def _compact(obj):
    """Omit null / empty values, as the specification asks."""
    if isinstance(obj, dict):
        return {k: _compact(v) for k, v in obj.items() if v not in (None, "", [], {})}
    if isinstance(obj, list):
        return [_compact(v) for v in obj]
    return obj


def medicament(row: MedicationRow) -> dict:
    d = row.data
    name = " ".join(x for x in (d.product_name or d.substances, d.strength if d.product_name and d.strength and
                                d.strength not in (d.product_name or "") else None) if x)
    pos = {"DtFrom": d.start_date.isoformat() if d.start_date else None,
           "DtTo": d.end_date.isoformat() if d.end_date else None, "InRes": 1 if d.as_needed else None}
    if not d.as_needed:
        pos["D"] = [_number(x) for x in (d.dose_morning, d.dose_noon, d.dose_evening, d.dose_night)]
    gtin = d.catalogue_ref if d.catalogue_ref and GTIN.match(d.catalogue_ref) else None
    return {"Id": gtin or name, "IdType": 2 if gtin else 1, "Pos": [pos], "AppInstr": d.instructions,
            "TkgRsn": d.indication, "AutoMed": 1 if d.self_medication else None,
            "PrscbBy": row.prescriber_display, "Roa": d.route,
            "PFields": [{"Nm": "ATC", "Val": d.atc}] if d.atc else None}


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
        "Medicaments": [medicament(r) for r in rows], "MedType": 1, "Auth": author_gln,
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
        raise ValidationError("emediplan", "medications.unreadable_emediplan") from None
    raise ValidationError("emediplan", "medications.not_an_emediplan")


def medication_inputs(obj: dict) -> list[MedicationInput]:
    """The medicaments of a decoded plan as MedicationInput values (import of a discharge list)."""
    out = []
    for m in obj.get("Medicaments", []) if isinstance(obj, dict) else []:
        pos = (m.get("Pos") or [{}])[0]
        doses = [str(x).rstrip("0").rstrip(".") if x else None for x in (pos.get("D") or [None] * 4)]
        atc = next((p.get("Val") for p in m.get("PFields", []) if p.get("Nm") == "ATC"), None)
        name = str(m.get("Id") or "")
        out.append(MedicationInput(atc=atc, substances="" if m.get("IdType") == 2 else name,
                                   product_name=name if m.get("IdType") != 2 else None,
                                   catalogue_ref=name if m.get("IdType") == 2 else None,
                                   dose_morning=doses[0], dose_noon=doses[1], dose_evening=doses[2],
                                   dose_night=doses[3], as_needed=bool(pos.get("InRes")),
                                   instructions=m.get("AppInstr"), indication=m.get("TkgRsn"),
                                   self_medication=bool(m.get("AutoMed")), route=m.get("Roa"),
                                   start_date=pos.get("DtFrom"), end_date=pos.get("DtTo")))
    return out
