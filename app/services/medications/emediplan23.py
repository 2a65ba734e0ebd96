"""eMediplan **CHMED23A** reader: a CHMED23A code becomes the same reading a CHMED16A code gives.

Read from the IG eMediplan specification (github.com/ig-emediplan/specification, commit
2e56950ad082e6f5c0d0ac82fa73811c0083435a): ``chtransmissionformat/README.md`` (ReleaseYear 23), ``chmed23a/README.md``
(object model) and ``chmed23a/posology.md`` (PosologyDetail, TimedDosage and Dosage objects).

* transport: ``CHMED23{SubVersion}[.{i}/{n}].{base64(gzip(JSON))}`` — compression is mandatory; the prefix is read
  case-insensitively; only sub-version ``A`` is read. A code split over several QR codes (chunks ``.1/3.`` …) is
  read when all its parts are pasted together (one after the other, separated by white space), in any order;
* the JSON (camelCase) is shape-checked against the object model (``emediplan_check`` with the CHMED23A table) —
  a damaged code is refused with one ``ValidationError`` whose ``path`` names the CHMED23A field
  (``meds[2].pos[0].po.ds[1]``) — then rewritten as the CHMED16A object the readers of ``emediplan`` take
  (``medication_inputs``, ``plan_patient``): patient (``fName`` …, ``gender`` 3 "other" left unsaid, insurance card
  ``ids`` type 1, ``mData`` weight/height and risk categories), medicaments (``rsn`` → reason, ``autoMed``,
  ``prscbBy``), one line per posology.
* posology: ``Daily`` (``ds``, four day segments) and ``FreeText`` as they are; ``Cyclic`` of whole days or weeks
  (or hours dividing a day) with ``Times`` or ``DaySegments`` of simple dosages, and ``DosageOnly`` / ``Interval``
  in reserve, become CHMED16A taking times; ``unit``, ``roa``, ``appInstr`` of the posology (or ``unit`` on the
  medicament, as the README's example has it). What has no CHMED16A form (``Single``, ``Sequence``, dose ranges,
  week days, days of the month) is read as a free-text line naming the CHMED23A object, for the person reconciling
  to complete from the original.

What was found (December 2026): the object model README and the transmission format agree on camelCase; the
transmission format's own CHMED23A example decodes to an older PascalCase draft (``Meds``, ``Ps``, ``PO``, no
patient) that this reader does not take; the README's example omits ``patient.ids`` and ``patient.lng`` that the
tables mark required for a medication plan, so they are not required here. PMC (``medType`` 2) is deprecated.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib

from app.services.errors import ValidationError
from app.services.medications import emediplan_check
from app.services.medications.emediplan_check import Model

MAX_PAYLOAD = 1_000_000
MAX_JSON = emediplan_check.MAX_JSON
TRANSPORT = re.compile(r"^CHMED23([A-Z]+)(?:\.([1-9][0-9]{0,3})/([1-9][0-9]{0,3}))?\.(.*)$", re.IGNORECASE | re.DOTALL)
DAY = 86_400
_UNIT_SECONDS = {1: 1, 2: 60, 3: 3600, 4: DAY, 5: 7 * DAY}   # months and years have no fixed length
_SEGMENT_CLOCK = {1: 8 * 3600, 2: 12 * 3600, 3: 18 * 3600, 4: 22 * 3600}
_OBJECT_NAMES = {3: "Single", 4: "Cyclic", 5: "Sequence"}

_EXT = ["Extension"]
MODEL = Model(
    objects={
        "Medication": {"patient": "Patient", "hcPerson": "HealthcarePerson", "hcOrg": "HealthcareOrganization",
                       "meds": ["Medicament"], "exts": _EXT, "medType": "int", "id": "text", "auth": "int",
                       "rec": "text", "dt": "datetime", "rmk": "text"},
        "Patient": {"fName": "text", "lName": "text", "bdt": "date", "gender": "int", "street": "text", "zip": "text",
                    "city": "text", "country": "text", "lng": "text", "ids": ["PatientId"], "exts": _EXT,
                    "mData": "MedicalData", "phones": ["text"], "emails": ["text"]},
        "PatientId": {"type": "int", "sId": "text", "val": "text"},
        "MedicalData": {"dLstMen": "date", "prem": "bool", "toG": "text", "rcs": ["RiskCategory"], "w": "num",
                        "h": "num", "exts": _EXT},
        "RiskCategory": {"id": "int", "rIds": ["int"]},
        "Medicament": {"id": "text", "idType": "int", "pos": ["Posology"], "rsn": "text", "autoMed": "bool",
                       "prscbBy": "text", "reps": "Repetition", "isNotSub": "bool", "sic": "bool", "nbPack": "num",
                       "exts": _EXT, "unit": "text"},
        "Posology": {"dtFrom": "date", "dtTo": "date", "inRes": "bool", "po": "PosologyDetail", "relMeal": "int",
                     "unit": "text", "appInstr": "text", "roa": "text", "moa": "text"},
        "PosologyDetail": {"t": "int", "ds": "D", "text": "text", "cyDu": "int", "cyDuU": "int", "tdpc": "int",
                           "tdo": "TimedDosage", "sos": ["SequenceObject"]},
        "SequenceObject": {"t": "int", "po": "PosologyDetail", "du": "int", "duU": "int"},
        "TimedDosage": {"t": "int", "do": "Dosage", "ts": ["ApplicationAtTime"], "ss": ["ApplicationInSegment"],
                        "tdo": "TimedDosage", "wds": ["int"], "doms": ["int"], "miDu": "int", "miDuU": "int"},
        "ApplicationAtTime": {"dt": "text", "do": "Dosage"},
        "ApplicationInSegment": {"s": "int", "do": "Dosage"},
        "Dosage": {"t": "int", "a": "dose", "aMin": "dose", "aMax": "dose", "aFrom": "dose", "aTo": "dose",
                   "du": "int", "duU": "int"},
        "Repetition": {"t": "int", "v": "int", "d": "int", "u": "int"},
        "HealthcarePerson": {"gln": "text", "fName": "text", "lName": "text", "zsr": "text"},
        "HealthcareOrganization": {"gln": "text", "name": "text", "street": "text", "zip": "text", "city": "text",
                                   "country": "text", "zsr": "text"},
        "Extension": {"nm": "text", "val": "text", "schema": "text", "exts": _EXT},
    },
    required={"Medication": ("patient",), "Medicament": ("id",), "RiskCategory": ("id",), "PatientId": ("type",), "Extension": ("nm",),
              "Posology": ("po",), "PosologyDetail": ("t",), "TimedDosage": ("t",), "Dosage": ("t",),
              "SequenceObject": ("t",)},
    nested=frozenset({"Extension", "PosologyDetail", "TimedDosage", "SequenceObject"}))


def is_chmed23(payload) -> bool:
    """True when ``payload`` is text starting like a CHMED23 code (case-insensitive)."""
    return isinstance(payload, str) and payload.strip()[:7].upper() == "CHMED23"


def _data(text: str) -> str:
    """The base64 data of a code, its chunks joined in order."""
    parts = [TRANSPORT.match(piece) for piece in text.split()]
    if not parts or any(p is None for p in parts):
        raise ValidationError("emediplan", "medications.emediplan23_unreadable")
    if any(p.group(1).upper() != "A" for p in parts):
        raise ValidationError("emediplan", "medications.emediplan23_version", version=parts[0].group(1).upper())
    if len(parts) == 1 and parts[0].group(2) is None:
        return parts[0].group(4)
    totals = {p.group(3) for p in parts}
    if None in totals or len(totals) != 1:
        raise ValidationError("emediplan", "medications.emediplan23_unreadable")
    total = int(totals.pop())
    chunks = {int(p.group(2)): p.group(4) for p in parts}
    if total < 2 or len(chunks) != len(parts) or any(i > total for i in chunks):
        raise ValidationError("emediplan", "medications.emediplan23_unreadable")
    if len(chunks) != total:
        raise ValidationError("emediplan", "medications.emediplan23_chunks", total=total, found=len(chunks))
    return "".join(chunks[i] for i in range(1, total + 1))


def _no_constant(name: str):
    raise ValueError(name)


def read_object(payload: str) -> dict:
    """The CHMED23A ``Medication`` object of a code, shape-checked (``ValidationError`` on the field ``emediplan``)."""
    if not isinstance(payload, str):
        raise ValidationError("emediplan", "medications.emediplan23_unreadable")
    text = payload.strip()
    if len(text) > MAX_PAYLOAD:
        raise ValidationError("emediplan", "medications.emediplan_too_large", max=MAX_PAYLOAD)
    data = _data(text)
    try:
        raw = emediplan_check.inflate(base64.b64decode(data, validate=True)).decode("utf-8")
        obj = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, binascii.Error, zlib.error, RecursionError):
        raise ValidationError("emediplan", "medications.emediplan23_unreadable") from None
    return emediplan_check.check(obj, MODEL)


def _set(target: dict, key: str, value) -> None:
    if value not in (None, "", [], {}):
        target[key] = value


def _flag(value) -> int | None:
    return None if value is None else int(bool(value))


def _patient(p: dict) -> dict:
    out: dict = {}
    for old, new in (("fName", "FName"), ("lName", "LName"), ("bdt", "BDt"), ("street", "Street"), ("zip", "Zip"),
                     ("city", "City"), ("lng", "Lng")):
        _set(out, new, p.get(old))
    if p.get("gender") in (1, 2):
        out["Gender"] = p["gender"]
    _set(out, "Phone", (p.get("phones") or [None])[0])
    _set(out, "Email", (p.get("emails") or [None])[0])
    _set(out, "Ids", [{"Type": 1, "Val": i.get("val")} for i in p.get("ids") or [] if i.get("type") == 1])
    m = p.get("mData") or {}
    med: dict = {}
    _set(med, "Meas", [{"Type": kind, "Val": m[key]} for kind, key in ((1, "w"), (2, "h")) if m.get(key) is not None])
    _set(med, "Rc", [{"Id": rc["id"], **({"R": rc["rIds"]} if rc.get("rIds") else {})} for rc in m.get("rcs") or []])
    _set(med, "DLstMen", m.get("dLstMen"))
    _set(med, "Prem", _flag(m.get("prem")))
    _set(out, "Med", med)
    return out


def _int(value) -> int | None:
    """A whole number as given (numeric text, booleans and fractions are not whole numbers here)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _simple(dosage) -> float | None:
    """The amount of a simple dosage (``t`` 1); None for ranges and from-to dosages, which CHMED16A cannot say."""
    if isinstance(dosage, dict) and dosage.get("t") == 1 and dosage.get("a") is not None:
        return float(dosage["a"])
    return None


def _clock(text) -> int | None:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?", str(text or "").strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3] or 0) > 59:
        return None
    return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3] or 0)


def _takings(tdo: dict) -> list[dict] | None:
    """CHMED16A ``TT`` of a Times or DaySegments dosage of simple amounts; None when another shape."""
    if tdo.get("t") == 2:
        items = [(_clock(a.get("dt")), _simple(a.get("do"))) for a in tdo.get("ts") or []]
    elif tdo.get("t") == 3:
        items = [(_SEGMENT_CLOCK.get(a.get("s")), _simple(a.get("do"))) for a in tdo.get("ss") or []]
    else:
        return None
    if not items or any(off is None or amount is None for off, amount in items):
        return None
    return [{"Off": off, "A": amount} for off, amount in items]


def _schedule(po: dict, reserve: bool) -> dict | None:
    """The CHMED16A ``Pos`` fields of a PosologyDetail, or None when it has no CHMED16A form."""
    kind = po.get("t")
    if kind == 1 and isinstance(po.get("ds"), list):
        return {"D": [float(x or 0) for x in po["ds"]]}
    if kind != 4 or not isinstance(po.get("tdo"), dict):
        return None
    cycle = _UNIT_SECONDS.get(_int(po.get("cyDuU")), 0) * (_int(po.get("cyDu")) or 0)
    if cycle <= 0 or (cycle % DAY and DAY % cycle) or cycle > 366 * DAY or _int(po.get("tdpc", 1)) != 1:
        return None
    tdo = po["tdo"]
    if reserve and tdo.get("t") in (1, 6):   # "take 1 if needed", "… at least … apart"
        amount = _simple(tdo.get("do"))
        return None if amount is None else {"CyDu": cycle, "TT": [{"A": amount}]}
    takings = _takings(tdo)
    return None if takings is None else {"CyDu": cycle, "TT": takings}


def _position(m: dict, pos: dict) -> tuple[dict, dict]:
    """(the CHMED16A ``Pos``, the medicament fields it carries: ``Unit``, ``Roa``, ``AppInstr``)."""
    po = pos.get("po") or {}
    reserve = bool(pos.get("inRes"))
    out: dict = {}
    _set(out, "DtFrom", pos.get("dtFrom"))
    _set(out, "DtTo", pos.get("dtTo"))
    if reserve:
        out["InRes"] = 1
    schedule = _schedule(po, reserve)
    words = [pos.get("appInstr")]
    if schedule is not None:
        out.update(schedule)
    elif po.get("t") == 2:
        words.insert(0, po.get("text"))
    else:
        words.insert(0, f"CHMED23A {_OBJECT_NAMES.get(po.get('t'), 'posology')}")
    fields: dict = {}
    _set(fields, "Unit", pos.get("unit") or m.get("unit"))
    _set(fields, "Roa", pos.get("roa"))
    _set(fields, "AppInstr", " — ".join(str(w).strip() for w in words if w not in (None, "") and str(w).strip()))
    return out, fields


def _medicaments(m: dict) -> list[dict]:
    base: dict = {"Id": m.get("id"), "IdType": m.get("idType")}
    _set(base, "TkgRsn", m.get("rsn"))
    _set(base, "AutoMed", _flag(m.get("autoMed")))
    _set(base, "PrscbBy", m.get("prscbBy"))
    out = []
    for pos in m.get("pos") or [None]:
        if pos is None:
            out.append(dict(base, **({"Unit": m["unit"]} if m.get("unit") else {})))
            continue
        position, fields = _position(m, pos)
        out.append({**base, **fields, "Pos": [position]})
    return out


def as_chmed16a(obj: dict) -> dict:
    """The checked CHMED23A object rewritten as the CHMED16A ``Medication`` the readers of ``emediplan`` take."""
    out: dict = {}
    _set(out, "MedType", obj.get("medType"))
    _set(out, "Id", obj.get("id"))
    author = (obj.get("hcPerson") or {}).get("gln") or (obj.get("hcOrg") or {}).get("gln")
    _set(out, "Auth", author or ("patient" if obj.get("auth") == 2 else None))
    _set(out, "Dt", obj.get("dt"))
    _set(out, "Rmk", obj.get("rmk"))
    _set(out, "Patient", _patient(obj.get("patient") or {}))
    out["Medicaments"] = [x for m in obj.get("meds") or [] for x in _medicaments(m)]
    return emediplan_check.check(out)


def decode(payload: str) -> dict:
    """Read a CHMED23A code (chunks pasted together accepted) as the CHMED16A object ``emediplan.decode`` gives."""
    return as_chmed16a(read_object(payload))


__all__ = ["MODEL", "is_chmed23", "read_object", "as_chmed16a", "decode"]
