"""eMediplan medication plan payload (the QR code of the printed plan), version **CHMED16A**.

Follows the IG eMediplan specification (github.com/ig-emediplan/specification,
``chmed16a/README.md`` and ``chtransmissionformat/README.md``):

* transport: ``"CHMED16A1" + base64(gzip(UTF-8 JSON))`` (compression flag 1); ``CHMED16A0`` +
  plain JSON is also read; what is read is size-limited and its shape checked (``emediplan_check``) before use;
* object ``Medication`` with ``Id`` (a UUID derived from the content unless given), ``Patient``, ``Medicaments``,
  ``MedType`` 1 (medication plan), ``Auth`` (author GLN, else name), ``Dt`` (ISO 8601), ``Rmk``, ``ValBy`` /
  ``ValDt`` (who validated the plan, when); short field names, empty values omitted;
* ``Patient``: ``FName``, ``LName``, ``BDt``, ``Gender`` (1 male, 2 female), ``Lng``, ``Street``,
  ``Zip``, ``City``, ``Ids`` (type 1 insurance card), ``PFields`` ``INS`` and ``INSOID`` (CHMED16A has no type for the
  French INS: a private field, written only for a qualified identity), ``Med``: ``Meas`` (weight in kg, height in cm) and ``Rc``, the
  seven risk categories (a category with no risk listed is explicitly excluded, an absent one unknown);
* ``Medicament``: ``Id`` + ``IdType`` (2 GTIN for a 13-digit catalogue reference, 3 Pharmacode for
  ``pharmacode:NNNNNNN``, else 1 and the product name), ``TkgRsn``, ``AutoMed``, ``PrscbBy``; the posology
  (``Pos``, ``Unit``, ``Roa``, ``AppInstr``) as ``emediplan_posology`` writes and reads it — every ``Pos`` of a
  medicament read from elsewhere becomes a line of its own;
* Cordée's private fields (``PFields`` [{``Nm``, ``Val``}], under ``PSchema`` "cordee-1"): ``ATC``, ``Name``,
  ``Subst``, ``Strength``, ``Ref`` (so that a plan read back gives the same lines) and the posology's own.

**Polymedication Check** (``MedType`` 2, the same guide at commit 2e56950ad082e6f5c0d0ac82fa73811c0083435a): the
patient's ``FName``, ``LName``, ``BDt`` required, no ``Lng`` nor ``Med``; each medicament one ``Pos`` at most; no
``Rmk`` on the ``Medication``; ``Recoms`` [{``Id`` (string; 1 weekly dosing system by the pharmacist, 2 intensified
compliance support, 3 repeat check in … months, 4 forwarding to doctor / other specialist, 5 analysis needed),
``PatAgr`` (1 the patient agrees, 0 otherwise), ``Rmk`` (remarks on the check)}]. The review's findings and
conclusion travel as Cordée's private fields of the ``Medication`` (``Finding``, ``Conclusion``).

CHMED23A (camelCase, compression mandatory, chunking) is read (``emediplan23``: ``decode`` gives the same CHMED16A
object for it), not written.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import uuid
import zlib
from dataclasses import dataclass
from datetime import date, datetime

from app.services.errors import ValidationError
from app.services.medications import emediplan23, emediplan_check, emediplan_posology
from app.services.medications.medication_list import MedicationInput, MedicationRow

PREFIX = "CHMED16A1"
PLAIN_PREFIX = "CHMED16A0"
MAX_PAYLOAD = 1_000_000     # characters of a payload (a QR code holds under 3,000)
MAX_JSON = emediplan_check.MAX_JSON
GTIN = re.compile(r"^\d{13}$")
PHARMACODE = re.compile(r"^pharmacode:(\d{1,7})$")
# Medicament.IdType: 1 none (free text), 2 GTIN, 3 Pharmacode, 4 product number
ID_FREE, ID_GTIN, ID_PHARMACODE, ID_PRODUCT_NUMBER = 1, 2, 3, 4
# CH eMediplan renal risk codes by creatinine clearance (risk category 1)
RENAL_CODES = ((15, 597), (30, 575), (60, 576), (90, 577))
# MedicalData.Rc: 1 renal, 2 liver insufficiency, 3 reproduction, 4 competitive athlete, 5 operating vehicles or
# machines, 6 allergies, 7 diabetes
RISK_CATEGORIES = (1, 2, 3, 4, 5, 6, 7)


@dataclass(frozen=True)
class PlanPatient:
    """The patient of a plan. ``risks`` holds the CHMED16A risk categories that are known, as (category, risk ids)
    pairs: an empty tuple of risks means the whole category is explicitly excluded, a category left out is unknown.
    Category 1 (renal) is derived from ``egfr`` when ``risks`` does not give it."""

    family_name: str
    given_names: str
    birth_date: date | None
    sex: str | None
    language: str = "fr"
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    insurance_card_number: str | None = None
    weight_kg: float | None = None
    egfr: float | None = None
    risks: tuple[tuple[int, tuple[int, ...]], ...] = ()
    height_cm: float | None = None
    ins: tuple[str, str] | None = None   # (matricule, OID): only an exportable INS (patients.identity.exportable_ins)


def _compact(obj):
    """Omit null / empty values, as the specification asks (a risk category's empty ``R`` list, left out, still
    says "excluded": the category itself stays)."""
    if isinstance(obj, dict):
        return {k: _compact(v) for k, v in obj.items() if v not in (None, "", [], {})}
    if isinstance(obj, list):
        return [_compact(v) for v in obj]
    return obj


def _measure(value: float) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _identifier(d: MedicationInput, name: str) -> tuple[str, int, str | None]:
    """(Id, IdType, the catalogue reference kept in a private field) of a medicament."""
    ref = d.catalogue_ref or ""
    if GTIN.match(ref):
        return ref, ID_GTIN, None
    m = PHARMACODE.match(ref)
    if m:
        return m.group(1), ID_PHARMACODE, None
    return name, ID_FREE, ref or None


def medicament(row: MedicationRow, plan_day: date | None = None) -> dict:
    """One ``Medicament`` of the plan."""
    d = row.data
    name = " ".join(x for x in (d.product_name or d.substances, d.strength if d.product_name and d.strength and
                                d.strength not in (d.product_name or "") else None) if x)
    pos, posology_fields, private = emediplan_posology.write(d.posology, plan_day or date.today())
    ident, id_type, ref = _identifier(d, name)
    private = {"ATC": d.atc, "Name": d.product_name, "Subst": d.substances, "Strength": d.strength,
               "Ref": ref, **private}
    return {"Id": ident, "IdType": id_type, "Pos": [pos], **posology_fields,
            "TkgRsn": d.indication, "AutoMed": 1 if d.self_medication else 0,
            "PrscbBy": row.prescriber_display or d.prescriber_external,
            "PFields": [{"Nm": k, "Val": v} for k, v in private.items() if v]}


def _risks(patient: PlanPatient) -> list[dict]:
    known = {int(c): tuple(r) for c, r in patient.risks}
    if 1 not in known and patient.egfr is not None:
        code = next((c for limit, c in RENAL_CODES if patient.egfr < limit), None)
        known[1] = (code,) if code else ()
    return [{"Id": c, "R": list(known[c])} for c in RISK_CATEGORIES if c in known]


def plan_object(patient: PlanPatient, rows: list[MedicationRow], when: datetime, author_gln: str | None = None,
                remark: str | None = None, *, author_name: str | None = None, validated_by: str | None = None,
                validated_at: datetime | None = None, plan_id: str | None = None) -> dict:
    """The CHMED16A ``Medication`` object of a medication plan (MedType 1). ``Auth`` is the author's GLN, else their
    name; ``Id`` is ``plan_id`` or a UUID derived from the content (the same plan gives the same id);
    ``ValBy``/``ValDt`` the GLN of the professional who validated the plan and when."""
    med: dict = {"Meas": [m for m in ({"Type": 1, "Val": _measure(patient.weight_kg), "Unit": 2}
                                      if patient.weight_kg else None,
                                      {"Type": 2, "Val": _measure(patient.height_cm), "Unit": 1}
                                      if patient.height_cm else None) if m],
                 "Rc": _risks(patient)}
    obj = _compact({
        "Patient": {"FName": patient.given_names, "LName": patient.family_name,
                    "BDt": patient.birth_date.isoformat() if patient.birth_date else None,
                    "Gender": {"M": 1, "F": 2}.get(patient.sex or ""), "Lng": patient.language,
                    "Street": patient.street, "Zip": patient.postal_code, "City": patient.city,
                    "Ids": [{"Type": 1, "Val": patient.insurance_card_number}] if patient.insurance_card_number
                    else None, "Med": med,
                    "PFields": [{"Nm": "INS", "Val": patient.ins[0]}, {"Nm": "INSOID", "Val": patient.ins[1]}]
                    if patient.ins else None},
        "Medicaments": [medicament(r, when.date()) for r in rows], "MedType": 1, "Auth": author_gln or author_name,
        "PSchema": emediplan_posology.PSCHEMA,
        "Dt": when.isoformat(timespec="seconds"), "Rmk": remark, "ValBy": validated_by,
        "ValDt": validated_at.isoformat(timespec="seconds") if validated_at else None})
    content = json.dumps(obj, sort_keys=True, ensure_ascii=False)
    return {"Id": plan_id or str(uuid.uuid5(uuid.NAMESPACE_URL, "cordee:chmed16a:" + content)), **obj}


MED_TYPE_PLAN, MED_TYPE_CHECK = 1, 2
RECOMMENDATIONS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Recommendation:
    """One recommendation of a Polymedication Check: ``kind`` 1–5 (``RECOMMENDATIONS``), whether the patient agrees
    (None: not asked) and a remark."""

    kind: int
    agreed: bool | None = None
    remark: str | None = None


def check_object(patient: PlanPatient, rows: list[MedicationRow], when: datetime, recommendations, *,
                 author_gln: str | None = None, author_name: str | None = None, findings: tuple[str, ...] = (),
                 conclusion: str | None = None, check_id: str | None = None) -> dict:
    """The CHMED16A ``Medication`` object of a Polymedication Check (MedType 2): the patient (no language nor
    medical data: not used in a PMC), the current medicaments, the recommendations; the findings and the conclusion
    as private fields."""
    private = [{"Nm": "Finding", "Val": f} for f in findings if f] + \
              ([{"Nm": "Conclusion", "Val": conclusion}] if conclusion else [])
    obj = _compact({
        "Patient": {"FName": patient.given_names, "LName": patient.family_name,
                    "BDt": patient.birth_date.isoformat() if patient.birth_date else None,
                    "Gender": {"M": 1, "F": 2}.get(patient.sex or ""),
                    "Street": patient.street, "Zip": patient.postal_code, "City": patient.city,
                    "Ids": [{"Type": 1, "Val": patient.insurance_card_number}] if patient.insurance_card_number
                    else None},
        "Medicaments": [medicament(r, when.date()) for r in rows],
        "Recoms": [{"Id": str(r.kind), "PatAgr": None if r.agreed is None else int(bool(r.agreed)),
                    "Rmk": r.remark} for r in recommendations],
        "MedType": MED_TYPE_CHECK, "Auth": author_gln or author_name, "PSchema": emediplan_posology.PSCHEMA,
        "PFields": private, "Dt": when.isoformat(timespec="seconds")})
    content = json.dumps(obj, sort_keys=True, ensure_ascii=False)
    return {"Id": check_id or str(uuid.uuid5(uuid.NAMESPACE_URL, "cordee:chmed16a:pmc:" + content)), **obj}


def recommendations(obj: dict) -> list[Recommendation]:
    """The recommendations of a decoded Polymedication Check whose ``Id`` is one of 1–5 (the guide also allows a
    free description as ``Id``: such a recommendation is left out)."""
    out = []
    recoms = obj.get("Recoms") if isinstance(obj, dict) else None
    for r in recoms if isinstance(recoms, list) else []:
        if not isinstance(r, dict):
            continue
        kind = _text(r.get("Id"))
        if kind is None or not kind.isdigit() or int(kind) not in RECOMMENDATIONS:
            continue
        agreed = r.get("PatAgr")
        out.append(Recommendation(int(kind), None if agreed in (None, "") else str(agreed).strip() in ("1", "True"),
                                  _text(r.get("Rmk"))))
    return out


def encode(obj: dict) -> str:
    """``CHMED16A1`` + base64(gzip(JSON))."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return PREFIX + base64.b64encode(gzip.compress(raw, mtime=0)).decode("ascii")


def decode(payload: str) -> dict:
    """Read a CHMED16A payload (compressed or plain), or a CHMED23A one rewritten as CHMED16A (``emediplan23``), and
    check its shape (``emediplan_check``); a bad payload is
    refused with one ``ValidationError`` on the field ``emediplan`` (its ``path`` parameter names the CHMED16A field
    when one is at fault)."""
    if payload is not None and not isinstance(payload, str):
        raise ValidationError("emediplan", "medications.emediplan_prefix")
    if emediplan23.is_chmed23(payload):
        return emediplan23.decode(payload)
    text = (payload or "").strip()
    if len(text) > MAX_PAYLOAD:
        raise ValidationError("emediplan", "medications.emediplan_too_large", max=MAX_PAYLOAD)
    try:
        if text.startswith(PREFIX):
            raw = emediplan_check.inflate(base64.b64decode(text[len(PREFIX):], validate=True)).decode("utf-8")
        elif text.startswith(PLAIN_PREFIX):
            raw = text[len(PLAIN_PREFIX):]
        else:
            raise ValidationError("emediplan", "medications.emediplan_prefix")
        obj = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, zlib.error, RecursionError):   # bad base64, gzip, UTF-8, JSON (or JSON nested too deep)
        raise ValidationError("emediplan", "medications.emediplan_unreadable") from None
    return emediplan_check.check(obj)


def _no_constant(name: str):
    """NaN and Infinity are not JSON."""
    raise ValueError(name)


def _private(obj: dict, medicament: dict) -> dict[str, str]:
    """A medicament's private fields: Cordée's under its schema; the ATC code also without (as written before)."""
    fields = medicament.get("PFields") if isinstance(medicament.get("PFields"), list) else []
    found = {str(f.get("Nm")): str(f.get("Val")) for f in fields
             if isinstance(f, dict) and f.get("Nm") and f.get("Val") not in (None, "")}
    if obj.get("PSchema") == emediplan_posology.PSCHEMA:
        return found
    return {"ATC": found["ATC"]} if "ATC" in found else {}


def _text(value) -> str | None:
    """A payload text (numbers tolerated) stripped, or None."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


_ID_LABELS = {ID_GTIN: "GTIN", ID_PHARMACODE: "Pharmacode", ID_PRODUCT_NUMBER: "Product number"}


def medication_inputs(obj: dict) -> list[MedicationInput]:
    """The medicaments of a decoded plan as MedicationInput values (import of a discharge list): one line for each
    of a medicament's ``Pos`` (successive periods of another schedule become successive lines)."""
    out = []
    medicaments = obj.get("Medicaments") if isinstance(obj, dict) else None
    for m in medicaments if isinstance(medicaments, list) else []:
        if not isinstance(m, dict):
            continue
        private = _private(obj, m)
        ident = _text(m.get("Id")) or ""
        id_type = m.get("IdType") if m.get("IdType") in _ID_LABELS else ID_FREE
        ref = {ID_GTIN: ident, ID_PHARMACODE: f"pharmacode:{ident}"}.get(id_type) if ident else None
        if "Name" in private or "Subst" in private:
            product = private.get("Name")
        else:
            product = ident if id_type == ID_FREE else f"{_ID_LABELS[id_type]} {ident}".strip()
        for posology in emediplan_posology.read_all(m, private):
            out.append(MedicationInput(
                atc=private.get("ATC"), substances=private.get("Subst") or "", product_name=product or None,
                catalogue_ref=ref or private.get("Ref"), strength=private.get("Strength"), posology=posology,
                indication=_text(m.get("TkgRsn")), self_medication=m.get("AutoMed") in (1, "1", True),
                prescriber_external=_text(m.get("PrscbBy"))))
    return out


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def risk_categories(obj: dict) -> dict[int, tuple[int, ...]]:
    """The risk categories a plan states: category → risk ids; an empty tuple means "explicitly excluded"; a category
    absent from the result is unknown."""
    patient = obj.get("Patient") if isinstance(obj, dict) else None
    med = patient.get("Med") if isinstance(patient, dict) else None
    found: dict[int, tuple[int, ...]] = {}
    for rc in (med.get("Rc") if isinstance(med, dict) and isinstance(med.get("Rc"), list) else []):
        if isinstance(rc, dict) and rc.get("Id") in RISK_CATEGORIES and not isinstance(rc.get("Id"), bool):
            risks = rc.get("R") if isinstance(rc.get("R"), list) else []
            found[int(rc["Id"])] = found.get(int(rc["Id"]), ()) + tuple(
                int(r) for r in risks if isinstance(r, int) and not isinstance(r, bool))
    return found


def plan_patient(obj: dict) -> PlanPatient:
    """The patient of a decoded plan (what it states; the rest None)."""
    p = obj.get("Patient") if isinstance(obj, dict) and isinstance(obj.get("Patient"), dict) else {}
    med = p.get("Med") if isinstance(p.get("Med"), dict) else {}
    measures = {m.get("Type"): _number(m.get("Val")) for m in med.get("Meas") or [] if isinstance(m, dict)} \
        if isinstance(med.get("Meas"), list) else {}
    ids = [i for i in p.get("Ids") or [] if isinstance(i, dict) and i.get("Type") == 1] \
        if isinstance(p.get("Ids"), list) else []
    try:
        birth = date.fromisoformat(str(p.get("BDt"))[:10]) if p.get("BDt") else None
    except ValueError:
        birth = None
    return PlanPatient(
        family_name=_text(p.get("LName")) or "", given_names=_text(p.get("FName")) or "", birth_date=birth,
        sex={1: "M", 2: "F"}.get(p.get("Gender")), language=(_text(p.get("Lng")) or "").lower() or "fr",
        street=_text(p.get("Street")), postal_code=_text(p.get("Zip")), city=_text(p.get("City")),
        insurance_card_number=_text(ids[0].get("Val")) if ids else None, weight_kg=measures.get(1),
        risks=tuple(sorted(risk_categories(obj).items())), height_cm=measures.get(2))


__all__ = ["PREFIX", "PlanPatient", "plan_object", "Recommendation", "check_object", "recommendations", "medicament", "encode", "decode", "medication_inputs",
           "risk_categories", "plan_patient"]
