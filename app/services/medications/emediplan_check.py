"""The shape check of a decoded CHMED16A ``Medication`` object, before anything reads it.

A payload from outside may be damaged or hostile: every field the readers touch is checked against the object model
of the specification (github.com/ig-emediplan/specification, ``chmed16a/README.md``) — objects where objects are
expected, lists where lists are, numbers finite and within bounds, dates that are dates, texts and lists of a sane
length, private fields nested a few levels at most. The first problem is raised as one ``ValidationError`` on the
field ``emediplan`` whose ``path`` parameter names the CHMED16A field (``Medicaments[2].Pos[1].D[0]``).

The check is liberal where real plans are: numbers may come as numeric text (the specification itself types
``TakingTime.Off`` and ``Measurement.Val`` both ways), booleans count as 0/1, ``D`` may have fewer than four entries
(the object model allows 0–4), an optional text may be empty, and unknown fields are left alone.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from datetime import date, datetime

from app.services.errors import ValidationError

MAX_TEXT = 2000
MAX_LIST = 500
MAX_PFIELD_DEPTH = 4
MAX_NUMBER = 1e9
# CyDu and Off are seconds: a cycle of at most a year (posology.MAX_CYCLE_DAYS) and offsets within it
MAX_SECONDS = 367 * 86_400
MAX_DOSE = 100_000
MAX_PATH_DEPTH = 32
MAX_JSON = 4_000_000        # bytes of a plan's JSON once inflated (CHMED16A and CHMED23A)

# Each object: field → kind. Kinds: "text", "int", "num", "seconds", "dose", "date", "datetime", an object name, or a
# list of one kind ["kind"]; "D" is a list of at most four doses.
_OBJECTS: dict[str, dict[str, object]] = {
    "Medication": {"Patient": "Patient", "Medicaments": ["Medicament"], "Recoms": ["Recommendation"],
                   "PFields": ["PField"], "PSchema": "text", "MedType": "int", "Id": "text", "Auth": "text",
                   "Zsr": "text", "Dt": "datetime", "Rmk": "text", "ValBy": "text", "ValDt": "datetime"},
    "Patient": {"FName": "text", "LName": "text", "BDt": "date", "Gender": "int", "Street": "text", "Zip": "text",
                "City": "text", "Lng": "text", "Phone": "text", "Email": "text", "Rcv": "text", "Ids": ["PatientId"],
                "Med": "MedicalData", "PFields": ["PField"]},
    "PatientId": {"Type": "int", "Val": "text"},
    "MedicalData": {"DLstMen": "date", "Prem": "int", "ToG": "text", "Rc": ["RiskCategory"], "Meas": ["Measurement"],
                    "PFields": ["PField"]},
    "RiskCategory": {"Id": "int", "R": ["int"]},
    "Measurement": {"Type": "int", "Val": "num", "Unit": "int"},
    "Medicament": {"Id": "text", "IdType": "int", "Pos": ["Posology"], "Unit": "text", "TkgRsn": "text",
                   "AppInstr": "text", "AutoMed": "int", "PrscbBy": "text", "Roa": "text", "Rep": "int", "Subs": "int",
                   "NbPack": "num", "PFields": ["PField"]},
    "Posology": {"DtFrom": "date", "DtTo": "date", "CyDu": "seconds", "InRes": "int", "D": "D",
                 "TT": ["TakingTime"]},
    "TakingTime": {"Off": "seconds", "Du": "seconds", "DoFrom": "dose", "DoTo": "dose", "A": "dose", "MA": "dose"},
    "Recommendation": {"Id": "text", "PatAgr": "int", "Rmk": "text"},
    "PField": {"Nm": "text", "Val": "text", "PFields": ["PField"]},
}
_REQUIRED = {"Medicament": ("Id",), "RiskCategory": ("Id",), "PatientId": ("Type",), "PField": ("Nm",)}


def _number(value, path: str, low: float, high: float) -> None:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise ValidationError("emediplan", "medications.emediplan_not_a_number", path=path) from None
    if not isinstance(value, (int, float)):
        raise ValidationError("emediplan", "medications.emediplan_not_a_number", path=path)
    try:
        number = float(value)
    except OverflowError:   # an integer too large for a float
        raise ValidationError("emediplan", "medications.emediplan_out_of_range", path=path) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ValidationError("emediplan", "medications.emediplan_out_of_range", path=path)


def _value(kind: object, value, path: str, depth: int, model: Model) -> None:
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise ValidationError("emediplan", "medications.emediplan_not_a_list", path=path)
        if len(value) > MAX_LIST:
            raise ValidationError("emediplan", "medications.emediplan_too_many", path=path, max=MAX_LIST)
        for i, item in enumerate(value):
            _value(kind[0], item, f"{path}[{i}]", depth + 1, model)
    elif kind in model.objects:
        if kind in model.nested and depth > MAX_PFIELD_DEPTH * 2:
            raise ValidationError("emediplan", "medications.emediplan_too_deep", path=path)
        _object(str(kind), value, path, depth, model)
    elif kind == "D":
        if not isinstance(value, list):
            raise ValidationError("emediplan", "medications.emediplan_not_a_list", path=path)
        if len(value) > 4:
            raise ValidationError("emediplan", "medications.emediplan_too_many", path=path, max=4)
        for i, item in enumerate(value):
            if item is not None:
                _number(item, f"{path}[{i}]", 0, MAX_DOSE)
    elif kind == "text":
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ValidationError("emediplan", "medications.emediplan_not_a_text", path=path)
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValidationError("emediplan", "medications.emediplan_too_long", path=path, max=MAX_TEXT)
    elif kind in ("date", "datetime"):
        if not isinstance(value, str):
            raise ValidationError("emediplan", "medications.emediplan_not_a_date", path=path)
        if value.strip():
            try:
                if kind == "date":
                    date.fromisoformat(value.strip()[:10])
                else:
                    datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                raise ValidationError("emediplan", "medications.emediplan_not_a_date", path=path) from None
    elif kind == "bool":   # CHMED23A's booleans; 0 and 1 tolerated
        if not (isinstance(value, bool) or value in (0, 1)) or isinstance(value, float):
            raise ValidationError("emediplan", "medications.emediplan_not_a_boolean", path=path)
    elif kind == "int":
        _number(value, path, -MAX_NUMBER, MAX_NUMBER)
    elif kind == "num":
        _number(value, path, -MAX_NUMBER, MAX_NUMBER)
    elif kind == "seconds":
        _number(value, path, 0, MAX_SECONDS)
    elif kind == "dose":
        _number(value, path, 0, MAX_DOSE)


def _object(name: str, value, path: str, depth: int, model: Model) -> None:
    if not isinstance(value, dict):
        raise ValidationError("emediplan", "medications.emediplan_not_an_object", path=path)
    if path.count(".") > MAX_PATH_DEPTH:   # objects in objects (CHMED23A's posology) without end
        raise ValidationError("emediplan", "medications.emediplan_too_deep", path=path)
    for key in model.required.get(name, ()):
        if value.get(key) in (None, ""):
            raise ValidationError("emediplan", "medications.emediplan_missing", path=f"{path}.{key}" if path else key)
    for key, kind in model.objects[name].items():
        if value.get(key) is not None:   # null is the same as absent
            _value(kind, value[key], f"{path}.{key}" if path else key, depth, model)


@dataclass(frozen=True)
class Model:
    """An object model to check against: object name → field → kind, the required fields of each object, and the
    objects that may nest in themselves (their depth is bounded)."""

    objects: dict[str, dict[str, object]]
    required: dict[str, tuple[str, ...]]
    nested: frozenset[str] = frozenset()


CHMED16A = Model(_OBJECTS, _REQUIRED, frozenset({"PField"}))


def check(obj, model: Model = CHMED16A) -> dict:
    """The decoded object itself when its shape is that of a ``Medication`` of ``model`` (CHMED16A unless said);
    else ``ValidationError``."""
    if not isinstance(obj, dict):
        raise ValidationError("emediplan", "medications.emediplan_not_an_object", path="Medication")
    _object("Medication", obj, "", 0, model)
    return obj


__all__ = ["check", "Model", "CHMED16A"]


def inflate(data: bytes) -> bytes:
    """gzip (or zlib) data inflated, refused beyond ``MAX_JSON`` bytes (a small payload must not fill the memory);
    ``ValueError`` when the data end too early."""
    inflater = zlib.decompressobj(wbits=47)   # 32 + 15: gzip or zlib header, detected
    out = inflater.decompress(data, MAX_JSON + 1)
    if len(out) > MAX_JSON or inflater.unconsumed_tail:
        raise ValidationError("emediplan", "medications.emediplan_too_large", max=MAX_JSON)
    if not inflater.eof:
        raise ValueError("truncated")
    return out
