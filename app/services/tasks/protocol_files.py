"""Delegation protocols as data: load and check ``resources/protocols/*.json``.

Each file describes one framework (Asalée, a national cooperation protocol,
the IPA scope, the pharmacien correspondant, the medical-assistant profile,
the Swiss MPK / APN delegations). A bad file is refused with a ``ProtocolFileError``:
a ``tasks.protocol_file_…`` code, the file and the key (``acts[0].code``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from app.resources import resource_dir
from app.services.errors import CordeeError

PROTOCOL_DIR = resource_dir("protocols")
KINDS = ("asalee", "national_cooperation", "local_protocol", "ipa", "pharmacien_correspondant", "assistant_medical",
         "ch_mpk", "ch_apn")
ROLES = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant", "coordinator")
CODE = re.compile(r"^[a-z0-9][a-z0-9\-]{1,58}$")
ACT_CODE = re.compile(r"^[a-z0-9_]{2,60}$")
ICD_PREFIX = re.compile(r"^[A-Z](\d{1,2}(\.\d{1,2})?)?$")
ATC_PREFIX = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$")


JSON_TYPES = {int: "integer", str: "string", list: "array", dict: "object", bool: "true/false"}


class ProtocolFileError(CordeeError):
    """A protocol file is malformed: the code says how, the params name the file and the key."""

    code = "protocol_file"

    def __init__(self, code: str, file: str, key: str, **params):
        super().__init__(code, file=file, key=key, **params)
        self.file, self.field = file, key


@dataclass(frozen=True)
class Criteria:
    """Who the protocol (or one of its acts) covers."""

    age_min_years: int | None = None
    age_max_years: int | None = None
    age_min_months: int | None = None
    sex: tuple[str, ...] = ()
    conditions_icd10: tuple[str, ...] = ()
    medications_atc: tuple[str, ...] = ()


@dataclass(frozen=True)
class Act:
    code: str
    label: str                                   # English
    domain: str | None
    criteria: Criteria
    labels: tuple[tuple[str, str], ...] = ()     # (language, label) for French and German

    def label_in(self, lang: str) -> str:
        """The act's label in ``lang`` ("fr", "de"; English and a missing language: the English label)."""
        return dict(self.labels).get(lang, self.label)


@dataclass(frozen=True)
class Protocol:
    """One delegation framework as shipped in the data files."""

    code: str
    name: str
    kind: str
    country: str
    legal_reference: str
    version: str
    source: tuple[str, ...]
    verify: bool
    verify_notes: tuple[str, ...]
    delegating_professions: tuple[str, ...]
    delegate_roles: tuple[str, ...]
    delegate_profession_keywords: tuple[str, ...]
    delegate_professions: tuple[str, ...]
    inclusion: Criteria
    exclusion_conditions: tuple[str, ...]
    exclusion_medications: tuple[str, ...]
    red_flags: tuple[str, ...]
    acts: tuple[Act, ...]
    prescriptions: tuple[str, ...]
    training_required: bool
    training_hours: int | None
    requires_enrolment: bool
    requires_prescription_authorisation: bool
    max_total_months: int | None
    valid_from: date | None
    valid_until: date | None
    report_to_doctor: str

    def act(self, code: str | None) -> Act | None:
        return next((a for a in self.acts if a.code == code), None)


class _Reader:
    def __init__(self, file: str, data: dict):
        self.file, self.data = file, data

    def get(self, obj: dict, key: str, kind, where: str, required: bool = True, default=None):
        if key not in obj or obj[key] is None:
            if required:
                raise ProtocolFileError("tasks.protocol_file_missing", self.file, where + key)
            return default
        value = obj[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise ProtocolFileError("tasks.protocol_file_wrong_type", self.file, where + key, expected=JSON_TYPES[kind])
        if isinstance(value, str) and required and not value.strip():
            raise ProtocolFileError("tasks.protocol_file_empty", self.file, where + key)
        return value

    def strings(self, obj: dict, key: str, where: str, pattern: re.Pattern | None = None,
                allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        values = self.get(obj, key, list, where, required=False, default=[])
        for i, v in enumerate(values):
            if not isinstance(v, str) or (pattern and not pattern.match(v)) or (allowed and v not in allowed):
                raise ProtocolFileError("tasks.protocol_file_bad_value", self.file, f"{where}{key}[{i}]", value=repr(v))
        return tuple(values)

    def labels(self, obj: dict, where: str) -> tuple[tuple[str, str], ...]:
        """The optional {"fr": …, "de": …} translations of a label."""
        values = self.get(obj, "labels", dict, where, required=False, default={})
        for lang, text in values.items():
            if lang not in ("fr", "de") or not isinstance(text, str) or not text.strip():
                raise ProtocolFileError("tasks.protocol_file_bad_value", self.file, f"{where}labels.{lang}",
                                        value=repr(text))
        return tuple(sorted(values.items()))

    def day(self, key: str) -> date | None:
        value = self.get(self.data, key, str, "", required=False)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ProtocolFileError("tasks.protocol_file_not_a_date", self.file, key) from None

    def criteria(self, obj: dict, where: str) -> Criteria:
        ages = {k: self.get(obj, k, int, where, required=False) for k in ("age_min_years", "age_max_years",
                                                                           "age_min_months")}
        for k, v in ages.items():
            if v is not None and not 0 <= v <= 130 * (12 if "months" in k else 1):
                raise ProtocolFileError("tasks.protocol_file_out_of_range", self.file, where + k)
        if ages["age_min_years"] is not None and ages["age_max_years"] is not None \
                and ages["age_min_years"] > ages["age_max_years"]:
            raise ProtocolFileError("tasks.protocol_file_below", self.file, where + "age_max_years",
                                    other=where + "age_min_years")
        return Criteria(**ages, sex=self.strings(obj, "sex", where, allowed=("F", "M", "X")),
                        conditions_icd10=self.strings(obj, "conditions_icd10", where, ICD_PREFIX),
                        medications_atc=self.strings(obj, "medications_atc", where, ATC_PREFIX))


def parse_protocol(file: str, data: dict) -> Protocol:
    """Check one file's content and build the definition (raises ProtocolFileError)."""
    r = _Reader(file, data)
    if not isinstance(data, dict):
        raise ProtocolFileError("tasks.protocol_file_not_a_json_object", file, "(file)")
    code = r.get(data, "code", str, "")
    if not CODE.match(code):
        raise ProtocolFileError("tasks.protocol_file_bad_code", file, "code")
    kind = r.get(data, "kind", str, "")
    if kind not in KINDS:
        raise ProtocolFileError("tasks.protocol_file_one_of", file, "kind", allowed=KINDS)
    if r.get(data, "country", str, "") not in ("FR", "CH"):
        raise ProtocolFileError("tasks.protocol_file_one_of", file, "country", allowed=("FR", "CH"))
    source = r.strings(data, "source", "")
    if not source:
        raise ProtocolFileError("tasks.protocol_file_no_source", file, "source")
    inclusion = r.criteria(r.get(data, "inclusion", dict, ""), "inclusion.")
    exclusion = r.get(data, "exclusion", dict, "")
    acts_data = r.get(data, "acts", list, "")
    if not acts_data:
        raise ProtocolFileError("tasks.protocol_file_no_act", file, "acts")
    acts = []
    for i, a in enumerate(acts_data):
        where = f"acts[{i}]."
        if not isinstance(a, dict):
            raise ProtocolFileError("tasks.protocol_file_not_an_object", file, f"acts[{i}]")
        act_code = r.get(a, "code", str, where)
        if not ACT_CODE.match(act_code):
            raise ProtocolFileError("tasks.protocol_file_bad_act_code", file, where + "code")
        acts.append(Act(act_code, r.get(a, "label", str, where), r.get(a, "domain", str, where, required=False),
                        r.criteria(a, where), r.labels(a, where)))
    if len({a.code for a in acts}) != len(acts):
        raise ProtocolFileError("tasks.protocol_file_duplicate_acts", file, "acts")
    roles = r.strings(data, "delegate_roles", "", allowed=ROLES)
    keywords = r.strings(data, "delegate_profession_keywords", "")
    if not roles and not keywords:
        raise ProtocolFileError("tasks.protocol_file_no_delegate", file, "delegate_roles")
    training = r.get(data, "training", dict, "")
    valid_from, valid_until = r.day("valid_from"), r.day("valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise ProtocolFileError("tasks.protocol_file_below", file, "valid_until", other="valid_from")
    verify = r.get(data, "verify", bool, "")
    notes = r.strings(data, "verify_notes", "")
    if verify and not notes:
        raise ProtocolFileError("tasks.protocol_file_no_verify_notes", file, "verify_notes")
    return Protocol(
        code=code, name=r.get(data, "name", str, ""), kind=kind, country=data["country"],
        legal_reference=r.get(data, "legal_reference", str, ""), version=r.get(data, "version", str, ""),
        source=source, verify=verify, verify_notes=notes,
        delegating_professions=r.strings(data, "delegating_professions", "", allowed=ROLES),
        delegate_roles=roles, delegate_profession_keywords=keywords,
        delegate_professions=r.strings(data, "delegate_professions", ""), inclusion=inclusion,
        exclusion_conditions=r.strings(exclusion, "conditions_icd10", "exclusion.", ICD_PREFIX),
        exclusion_medications=r.strings(exclusion, "medications_atc", "exclusion.", ATC_PREFIX),
        red_flags=r.strings(exclusion, "red_flags", "exclusion."), acts=tuple(acts),
        prescriptions=r.strings(data, "prescriptions", ""),
        training_required=r.get(training, "required", bool, "training."),
        training_hours=r.get(training, "hours", int, "training.", required=False),
        requires_enrolment=r.get(data, "requires_enrolment", bool, ""),
        requires_prescription_authorisation=r.get(data, "requires_prescription_authorisation", bool, "",
                                                  required=False, default=False),
        max_total_months=r.get(data, "max_total_months", int, "", required=False),
        valid_from=valid_from, valid_until=valid_until, report_to_doctor=r.get(data, "report_to_doctor", str, ""))


def load_folder(folder: Path) -> dict[str, Protocol]:
    """Every ``*.json`` file of a folder, checked; codes must be unique and match the file name."""
    out: dict[str, Protocol] = {}
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ProtocolFileError("tasks.protocol_file_unreadable", path.name, "(file)", detail=str(exc)) from None
        protocol = parse_protocol(path.name, data)
        if protocol.code != path.stem:
            raise ProtocolFileError("tasks.protocol_file_code_mismatch", path.name, "code")
        out[protocol.code] = protocol
    return out


@lru_cache(maxsize=4)
def shipped_protocols(folder: str = str(PROTOCOL_DIR)) -> dict[str, Protocol]:
    """The protocols shipped with the program (read once)."""
    return load_folder(Path(folder))


def get_protocol(code: str | None) -> Protocol | None:
    return shipped_protocols().get(code) if code else None
