"""Read a FHIR R4 patient summary bundle (ours or another program's) into a ``Summary``, or refuse it.

The bytes are checked before anything else looks at them: size (``MAX_BYTES``), JSON, nesting depth (``MAX_DEPTH``)
and number of elements (``MAX_ELEMENTS``); then the whole bundle against the FHIR R4B models (fhir.resources), then
what Cordée needs (one Patient with a name and a birth date; ICD-10 and ATC codes in their form; values in range).
A refusal is one coded error naming the element's path (``Bundle.entry[3].resource.code.coding[0].system``).
Plain data: no database, nothing stored.
"""

from __future__ import annotations

import json
import re
from datetime import date

from app.models.patient import ProblemKind
from app.services.errors import CordeeError, ValidationError
from app.services.exchange import fhir_terms as terms
from app.services.exchange.summary_export import (
    ALD_TEXT,
    EDQM,
    GENDER,
    STATEMENT_CATEGORY,
    WHEN,
    Summary,
    ratio_text,
)
from app.services.kernel import identifiers
from app.services.medications import posology as posology_rules
from app.services.medications import posology_terms
from app.services.medications.medication_list import MedicationInput
from app.services.medications.observations import RANGES
from app.services.medications.posology import Posology
from app.services.patients.identity import OIDS
from app.services.patients.records import ATC_OR_CLASS, ICD10, LANGUAGES, PatientInput, ProblemEntry

MAX_BYTES = 5_000_000
MAX_DEPTH = 40
MAX_ELEMENTS = 200_000
MAX_ENTRIES = 2_000
SEX = {v: k for k, v in GENDER.items()}
INS_SYSTEMS = {"urn:oid:" + oid: oid for oid in OIDS}   # INS-NIR, INS-NIA and their test forms
MED_ATC = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")


def _path(loc: tuple) -> str:
    out = "Bundle"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
    return out


def _depth_and_size(value) -> None:
    stack = [(value, 1)]
    count = 0
    while stack:
        item, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise CordeeError("exchange.fhir_too_deep", max=MAX_DEPTH)
        if count > MAX_ELEMENTS:
            raise CordeeError("exchange.fhir_too_many", max=MAX_ELEMENTS)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def _brackets_depth(text: str) -> None:
    """The nesting depth before parsing (a deep document would exhaust the parser's stack)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise CordeeError("exchange.fhir_too_deep", max=MAX_DEPTH)
        elif char in "]}":
            depth -= 1


def read_file(path, field: str = "fhir_file") -> bytes:
    """A bundle's bytes from a file: at most one byte more than ``parse`` accepts (it says the file is too large);
    a file that cannot be read is a coded refusal naming ``field``."""
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError(field, "exchange.unreadable_file", error=exc.strerror or type(exc).__name__) from None
    except ValueError:   # a NUL character in the path
        raise ValidationError(field, "exchange.unreadable_file", error="NUL") from None


def _no_constant(name: str):
    raise ValueError(name)


def parse(data: bytes) -> dict:
    """The checked bundle as plain JSON (size, JSON, depth, FHIR R4B models), or a coded refusal."""
    if len(data) > MAX_BYTES:
        raise CordeeError("exchange.fhir_too_large", max=MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CordeeError("exchange.fhir_not_json", line=1, column=1) from None
    _brackets_depth(text)
    try:
        bundle = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CordeeError("exchange.fhir_not_json", line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError):
        raise CordeeError("exchange.fhir_not_json", line=1, column=1) from None
    _depth_and_size(bundle)
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        found = bundle.get("resourceType") if isinstance(bundle, dict) else type(bundle).__name__
        raise CordeeError("exchange.fhir_not_bundle", found=str(found)[:40])
    if len(bundle.get("entry") or []) > MAX_ENTRIES:
        raise CordeeError("exchange.fhir_too_many", path="Bundle.entry", max=MAX_ENTRIES)
    _validate_model(bundle)
    return bundle


def _resource_types(bundle: dict) -> None:
    """Every resource, contained ones too, names its type in a string (the models' own check fails on anything
    else)."""
    stack: list[tuple[object, str]] = [(bundle, "Bundle")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            if "resourceType" in item and not isinstance(item["resourceType"], str):
                raise CordeeError("exchange.fhir_invalid", path=f"{path}.resourceType", problem="string_type")
            stack.extend((v, f"{path}.{k}") for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))


def _validate_model(bundle: dict) -> None:
    from fhir.resources.R4B.bundle import Bundle  # the FHIR models load only when a bundle is read
    from pydantic import ValidationError as ModelError

    _resource_types(bundle)
    try:
        Bundle.model_validate(bundle)
    except ModelError as exc:
        first = exc.errors()[0]
        raise CordeeError("exchange.fhir_invalid", path=_path(first["loc"]), problem=str(first["type"])) from None
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise CordeeError("exchange.fhir_invalid", path="Bundle", problem=type(exc).__name__) from None


# -- what Cordée reads ---------------------------------------------------------------------------------------------
def _codes(concept: dict | None, system: str) -> list[tuple[int, str]]:
    return [(i, c.get("code")) for i, c in enumerate((concept or {}).get("coding") or [])
            if c.get("system") == system and c.get("code")]


def _text(value, path: str, limit: int) -> str | None:
    text = (value or "").strip() if isinstance(value, str) else None
    if text and len(text) > limit:
        raise CordeeError("exchange.fhir_too_long", path=path, max=limit)
    return text or None


def _patient(res: dict, at: str) -> PatientInput:
    official = next((n for n in res.get("name") or [] if n.get("use") in (None, "official", "usual")), None)
    if not official or not official.get("family") or not official.get("given"):
        raise CordeeError("exchange.fhir_missing", path=f"{at}.name")
    if not res.get("birthDate") or len(res["birthDate"]) != 10:
        raise CordeeError("exchange.fhir_missing", path=f"{at}.birthDate")
    born = date.fromisoformat(res["birthDate"])
    if born > date.today() or born.year < 1900:
        raise CordeeError("exchange.fhir_out_of_range", path=f"{at}.birthDate")
    maiden = next((n.get("family") for n in res.get("name") or [] if n.get("use") == "maiden"), None)
    p = PatientInput(family_name=_text(official["family"], f"{at}.name.family", 100),
                     given_names=_text(" ".join(official["given"]), f"{at}.name.given", 150) or "",
                     birth_date=born, sex=SEX.get(res.get("gender"), "U"),
                     birth_name=_text(maiden, f"{at}.name.family", 100))
    for i, ident in enumerate(res.get("identifier") or []):
        system, value = ident.get("system"), (ident.get("value") or "").replace(" ", "")
        try:
            if system in INS_SYSTEMS and value:   # qualified again here: provisional
                p.ins_matricule, p.ins_oid, p.ins_status = identifiers.normalise_ins(value), INS_SYSTEMS[system], "PROV"
            elif system == terms.identifier_system("avs") and value:
                p.avs_number = identifiers.normalise_avs(value)
        except ValidationError:
            raise CordeeError("exchange.fhir_bad_code", path=f"{at}.identifier[{i}].value", system=system) from None
    address = (res.get("address") or [{}])[0]
    p.address_line = _text(", ".join(address.get("line") or []), f"{at}.address[0].line", 200)
    p.postal_code = _text(address.get("postalCode"), f"{at}.address[0].postalCode", 10)
    p.city = _text(address.get("city"), f"{at}.address[0].city", 100)
    if address.get("country") in ("FR", "CH"):
        p.country = address["country"]
    phone = next((t.get("value") for t in res.get("telecom") or [] if t.get("system") == "phone"), None)
    p.phone = _text(phone, f"{at}.telecom", 30)
    for c in res.get("communication") or []:
        for _i, code in _codes(c.get("language"), terms.BCP47):
            if code[:2].lower() in LANGUAGES:
                p.preferred_language = code[:2].lower()
    return p


def _problem(res: dict, at: str) -> ProblemEntry:
    allergy = res["resourceType"] == "AllergyIntolerance"
    concept = res.get("code") or {}
    system, pattern = (terms.ATC, ATC_OR_CLASS) if allergy else (terms.ICD10, ICD10)
    code = None
    for i, value in _codes(concept, system):
        if not pattern.match(value.upper()):
            raise CordeeError("exchange.fhir_bad_code", path=f"{at}.code.coding[{i}].code", system=system)
        code = code or value.upper()
    label = _text(concept.get("text"), f"{at}.code.text", 200) or next(
        (c.get("display") for c in concept.get("coding") or [] if c.get("display")), None) or code
    if not label:
        raise CordeeError("exchange.fhir_missing", path=f"{at}.code")
    label = _text(label, f"{at}.code.text", 200)
    if allergy:
        return ProblemEntry(ProblemKind.ALLERGY, label, code)
    ald = any(c.get("text") == ALD_TEXT for c in res.get("category") or [])
    return ProblemEntry(ProblemKind.LONG_TERM if ald else ProblemKind.CONDITION, label, code)


def _amount(quantity: dict | None, at: str) -> tuple[str | None, str | None]:
    if not quantity or quantity.get("value") is None:
        return None, None
    value = quantity["value"]
    if not 0 < float(value) <= 100_000:
        raise CordeeError("exchange.fhir_out_of_range", path=f"{at}.value")
    unit = terms.unit_of_ucum(quantity.get("code")) if quantity.get("system") == terms.UCUM else None
    unit = unit or (quantity.get("unit") if quantity.get("unit") in posology_terms.units() else None)
    return f"{float(value):.3f}".rstrip("0").rstrip("."), unit


def _posology(res: dict, at: str) -> Posology:
    dosage = res.get("dosage") or []
    period = res.get("effectivePeriod") or {}
    base = {"start_date": (period.get("start") or "")[:10] or None, "end_date": (period.get("end") or "")[:10] or None}
    first = dosage[0] if dosage else {}
    route = next((c for _i, c in _codes(first.get("route"), EDQM)), None)
    base.update(route=route, route_text=None if route else _text((first.get("route") or {}).get("text"),
                                                                  f"{at}.dosage[0].route.text", 100),
                instructions=_text(first.get("patientInstruction"), f"{at}.dosage[0].patientInstruction", 500))
    times, unit, reserve = {}, None, False
    for i, d in enumerate(dosage):
        whens = ((d.get("timing") or {}).get("repeat") or {}).get("when") or []
        rates = d.get("doseAndRate") or []
        if len(whens) == 1 and len(rates) == 1 and whens[0] in dict((w, n) for n, w in WHEN):
            amount, unit = _amount(rates[0].get("doseQuantity"), f"{at}.dosage[{i}].doseAndRate[0].doseQuantity")
            times[{w: n for n, w in WHEN}[whens[0]]] = amount
            reserve = reserve or bool(d.get("asNeededBoolean"))
    if times and len(times) == len(dosage):
        return Posology(schedule="times", in_reserve=reserve, unit=unit, **times, **base)
    if len(dosage) == 1 and first.get("asNeededBoolean"):
        amount, unit = _amount(((first.get("doseAndRate") or [{}])[0]).get("doseQuantity"),
                               f"{at}.dosage[0].doseAndRate[0].doseQuantity")
        most, most_unit = _amount((first.get("maxDosePerPeriod") or {}).get("numerator"),
                                  f"{at}.dosage[0].maxDosePerPeriod.numerator")
        return Posology(schedule="as_needed", as_needed_amount=amount, max_per_day=most, unit=unit or most_unit,
                        **base)
    text = "; ".join(d["text"] for d in dosage if d.get("text"))
    joined = "; ".join(x for x in (text, base.pop("instructions")) if x)
    return Posology(schedule="text", instructions=_text(joined[:500], f"{at}.dosage", 500), **base)


def _checked_posology(res: dict, at: str) -> Posology:
    """The posology, checked as the medication list will check it (a refusal names the dosage)."""
    try:
        return posology_rules.checked(_posology(res, at))
    except ValidationError as exc:
        raise CordeeError("exchange.fhir_invalid", path=f"{at}.dosage", problem=exc.code) from None


def _referred_medication(res: dict, by_url: dict[str, dict]) -> dict | None:
    """The Medication a statement refers to: contained (``#id``) or an entry of the bundle (full URL or Type/id)."""
    ref = (res.get("medicationReference") or {}).get("reference") or ""
    if ref.startswith("#"):
        return next((c for c in res.get("contained") or []
                     if c.get("resourceType") == "Medication" and c.get("id") == ref[1:]), None)
    found = by_url.get(ref)
    return found if found and found.get("resourceType") == "Medication" else None


def _medication(res: dict, at: str, by_url: dict[str, dict]) -> MedicationInput:
    concept, strength = res.get("medicationCodeableConcept"), None
    medication = None if concept else _referred_medication(res, by_url)
    if medication is not None:
        concept = medication.get("code")
        ingredient = (medication.get("ingredient") or [{}])[0]
        strength = _text(ratio_text(ingredient.get("strength") or {}), f"{at}.medicationReference", 60)
    if not concept:
        raise CordeeError("exchange.fhir_missing", path=f"{at}.medicationCodeableConcept")
    atc, substances, gtin = None, "", None
    for i, coding in enumerate(concept.get("coding") or []):
        if coding.get("system") == terms.ATC and coding.get("code"):
            if not MED_ATC.match(coding["code"]):
                raise CordeeError("exchange.fhir_bad_code", path=f"{at}.medicationCodeableConcept.coding[{i}].code",
                              system=terms.ATC)
            atc, substances = coding["code"], coding.get("display") or ""
        elif coding.get("system") == terms.GTIN and coding.get("code"):
            gtin = coding["code"]
    name = _text(concept.get("text"), f"{at}.medicationCodeableConcept.text", 200)
    if not name and not substances:
        raise CordeeError("exchange.fhir_missing", path=f"{at}.medicationCodeableConcept.text")
    self_med = any(code == "patientspecified" for _i, code in _codes(res.get("category"), STATEMENT_CATEGORY))
    reason = next((r.get("text") for r in res.get("reasonCode") or [] if r.get("text")), None)
    if not atc:   # free text: the name is all there is
        substances, name = name or substances, None
    return MedicationInput(atc=atc, substances=_text(substances, f"{at}.medicationCodeableConcept.coding", 500) or "",
                           product_name=name if name != substances else None,
                           catalogue_ref=gtin if atc and gtin else None, posology=_checked_posology(res, at),
                           strength=strength, self_medication=self_med,
                           indication=_text(reason, f"{at}.reasonCode", 200))


def _value(res: dict, at: str) -> tuple[str, float, str] | None:
    found = next(((i, terms.term_for_loinc(code)) for i, code in _codes(res.get("code"), terms.LOINC)
                  if terms.term_for_loinc(code)), None)
    quantity = res.get("valueQuantity") or {}
    if found is None or quantity.get("value") is None:
        return None
    term, factor = found[1]
    number = round(float(quantity["value"]) * factor, 3)
    low, high = RANGES[term.cordee][1:]
    if not low <= number <= high:
        raise CordeeError("exchange.fhir_out_of_range", path=f"{at}.valueQuantity.value")
    day = (res.get("effectiveDateTime") or "")[:10]
    if len(day) != 10:
        raise CordeeError("exchange.fhir_missing", path=f"{at}.effectiveDateTime")
    if date.fromisoformat(day) > date.today() or day < "1900":
        raise CordeeError("exchange.fhir_out_of_range", path=f"{at}.effectiveDateTime")
    return term.cordee, number, day


def read(data: bytes) -> Summary:
    """The summary a bundle holds (see the module text); a bad bundle is a coded refusal naming the element."""
    bundle = parse(data)
    try:
        return _summary(bundle)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:   # a value the models let through
        raise CordeeError("exchange.fhir_invalid", path="Bundle", problem=type(exc).__name__) from None


def _summary(bundle: dict) -> Summary:
    entries = [(f"Bundle.entry[{i}].resource", e.get("resource"), e.get("fullUrl"))
               for i, e in enumerate(bundle.get("entry") or []) if e.get("resource")]
    by_url = {url: res for _at, res, url in entries if url}
    by_url |= {f"{res['resourceType']}/{res['id']}": res for _at, res, _url in entries if res.get("id")}
    patients = [(at, res) for at, res, _url in entries if res["resourceType"] == "Patient"]
    if len(patients) != 1:
        raise CordeeError("exchange.fhir_patients", count=len(patients))
    plan_refs = {a.get("reference") for _at, res, _url in entries if res["resourceType"] == "CarePlan"
                 for a in res.get("addresses") or []}
    summary = Summary(_patient(patients[0][1], patients[0][0]))
    for at, res, url in entries:
        kind = res["resourceType"]
        if kind in ("AllergyIntolerance", "Condition") and url not in plan_refs:
            summary.patient.problems.append(_problem(res, at))
        elif kind == "MedicationStatement" and res.get("status") in ("active", "intended", "on-hold"):
            summary.medications.append(_medication(res, at, by_url))
        elif kind == "Observation" and res.get("status") in ("final", "amended", "corrected"):
            value = _value(res, at)
            if value:
                summary.values.append(value)
        elif kind in ("CarePlan", "CareTeam", "Goal", "Task") or (kind == "Condition" and url in plan_refs):
            summary.care_plan.append(res)
    return summary
