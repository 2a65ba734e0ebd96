"""A patient's summary as a FHIR R4 Bundle (collection): Patient, AllergyIntolerance, Condition, MedicationStatement,
Observation (eGFR, weight, creatinine) and, when the patient has a plan, the care plan's resources.

Every code travels in its real system (ICD-10, ATC, LOINC, UCUM, EDQM, BCP 47); the care plan's Cordée-only codings
and extensions (``urn:cordee:``) are left out, their text kept. ``build_summary`` is plain data in, plain JSON out;
``export_summary`` reads the record through the services and audits the export.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.patient import ProblemKind
from app.services.care_plans import fhir as care_plan_fhir
from app.services.care_plans import plans as care_plans
from app.services.exchange import fhir_terms as terms
from app.services.kernel import fhir_json, identifiers
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list, observations, posology_text
from app.services.medications.medication_list import MedicationInput
from app.services.patients import identity, records
from app.services.patients.records import PatientInput
from app.services.security.access import require

NS = uuid.UUID("0c3f4d7e-5b1a-4e7c-9d2f-1f6e8a2b7c31")
GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}
WHEN = (("dose_morning", "MORN"), ("dose_noon", "NOON"), ("dose_evening", "EVE"), ("dose_night", "NIGHT"))
EDQM = "http://standardterms.edqm.eu"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
STATEMENT_CATEGORY = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
ALD_TEXT = "Affection de longue durée (ALD)"
PRIVATE_PREFIX = "urn:cordee"
GTIN_DIGITS = re.compile(r"^\d{13}$")


@dataclass
class Summary:
    """What the bundle carries, as plain values (the same shape is read back from a bundle)."""

    patient: PatientInput
    medications: list[MedicationInput] = field(default_factory=list)
    values: list[tuple[str, float, str]] = field(default_factory=list)   # (cordee code, value, ISO date)
    care_plan: list[dict] = field(default_factory=list)                  # FHIR resources, as exported


def _ref(kind: str, key) -> str:
    return f"urn:uuid:{uuid.uuid5(NS, f'{kind}/{key}')}"


def _number(text) -> int | float:
    value = Decimal(str(text))
    return int(value) if value == value.to_integral_value() else float(value)


def _patient(p: PatientInput) -> dict:
    ids = []
    ins = identity.exportable_ins(p)   # only a qualified identity, never doubtful or fictitious (RNIV)
    if ins is not None:
        ids.append(care_plan_fhir.ins_identifier(ins))
    if p.avs_number:
        ids.append({"system": terms.identifier_system("avs"), "value": p.avs_number.replace(".", "")})
    names = [{"use": "official", "family": p.family_name, "given": p.given_names.split()}]
    if p.birth_name:
        names.append({"use": "maiden", "family": p.birth_name, "given": p.given_names.split()})
    return {"resourceType": "Patient", "identifier": ids, "name": names,
            "telecom": [{"system": "phone", "value": p.phone}] if p.phone else [],
            "gender": GENDER.get(p.sex, "unknown"), "birthDate": str(p.birth_date),
            "address": [{"line": [p.address_line] if p.address_line else [], "postalCode": p.postal_code,
                         "city": p.city, "country": p.country}],
            "communication": [{"language": {"coding": [{"system": terms.BCP47, "code": p.preferred_language}]},
                               "preferred": True}]}


def _problem(kind: str, label: str, code: str | None, subject: dict) -> dict:
    active = {"coding": [{"system": terms.ALLERGY_CLINICAL if kind == ProblemKind.ALLERGY else
                          terms.CLINICAL_STATUS, "code": "active"}]}
    if kind == ProblemKind.ALLERGY:
        return {"resourceType": "AllergyIntolerance", "clinicalStatus": active, "patient": subject,
                "code": {"coding": [{"system": terms.ATC, "code": code}] if code else [], "text": label}}
    category = [{"coding": [{"system": CONDITION_CATEGORY, "code": "problem-list-item"}]}]
    if kind == ProblemKind.LONG_TERM:
        category.append({"text": ALD_TEXT})
    return {"resourceType": "Condition", "clinicalStatus": active, "category": category, "subject": subject,
            "code": {"coding": [{"system": terms.ICD10, "code": code}] if code else [], "text": label}}


def _quantity(amount, unit: str | None) -> dict:
    ucum = terms.ucum_unit(unit)
    return {"value": _number(amount), "unit": unit, "system": terms.UCUM if ucum else None, "code": ucum}


def dosages(m: MedicationInput) -> list[dict]:
    """The posology as FHIR Dosage elements: one per time of day, or one as needed, else the text alone."""
    p = m.posology
    text = posology_text.describe(p, "fr")
    route = {"coding": [{"system": EDQM, "code": p.route}]} if p.route else (
        {"text": p.route_text} if p.route_text else None)
    common = {"text": text, "patientInstruction": p.instructions, "route": route}
    if p.kind == "times":
        return [common | {"sequence": 1, "asNeededBoolean": True if p.in_reserve else None,
                          "timing": {"repeat": {"when": [when], "frequency": 1, "period": 1, "periodUnit": "d"}},
                          "doseAndRate": [{"doseQuantity": _quantity(getattr(p, name), p.unit)}]}
                for name, when in WHEN if getattr(p, name) not in (None, "")]
    if p.kind == "as_needed":
        per_day = {"numerator": _quantity(p.max_per_day, p.unit),
                   "denominator": {"value": 1, "unit": "d", "system": terms.UCUM, "code": "d"}} \
            if p.max_per_day else None
        return [common | {"asNeededBoolean": True, "maxDosePerPeriod": per_day,
                          "doseAndRate": [{"doseQuantity": _quantity(p.as_needed_amount, p.unit)}]
                          if p.as_needed_amount else []}]
    if p.kind == "text":
        return [{"text": p.instructions, "route": route}]
    return [common]


def _gtin(ref: str | None) -> str | None:
    digits = (ref or "").rsplit(":", 1)[-1].strip()
    return digits if GTIN_DIGITS.match(digits) and identifiers.gs1_check_digit_ok(digits) else None


STRENGTH = re.compile(r"^(\d+(?:\.\d+)?) (mg|g|mcg|µg|ml|UI|U)(?:/(?:(\d+(?:\.\d+)?) )?(ml|g|dose))?$")
STRENGTH_UCUM = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ml": "mL", "UI": "[iU]", "U": "U", "dose": "{dose}"}


def strength_ratio(strength: str | None) -> dict | None:
    """A strength such as "5 mg" or "100 mg/5 ml" as a FHIR Ratio (None: not in a form read back exactly)."""
    m = STRENGTH.match(strength or "")
    if not m:
        return None
    amount, unit, per, per_unit = m.groups()
    ratio = {"numerator": {"value": _number(amount), "unit": unit, "system": terms.UCUM,
                           "code": STRENGTH_UCUM[unit]},
             "denominator": {"value": _number(per or 1)} | (
                 {"unit": per_unit, "system": terms.UCUM, "code": STRENGTH_UCUM[per_unit]} if per_unit else {})}
    return ratio if ratio_text(ratio) == strength else None


def ratio_text(ratio: dict) -> str | None:
    """The strength a Ratio stands for ("5 mg", "100 mg/5 ml"); None when it has no numerator with a unit."""
    num, den = ratio.get("numerator") or {}, ratio.get("denominator") or {}
    if num.get("value") is None or not num.get("unit"):
        return None
    text = f"{num['value']} {num['unit']}"
    if den.get("unit"):
        text += f"/{den['unit']}" if den.get("value", 1) == 1 else f"/{den['value']} {den['unit']}"
    return text


def _medication(m: MedicationInput, subject: dict) -> dict:
    p = m.posology
    coding = [{"system": terms.ATC, "code": m.atc, "display": m.substances or None}] if m.atc else []
    if _gtin(m.catalogue_ref):
        coding.append({"system": terms.GTIN, "code": _gtin(m.catalogue_ref)})
    concept = {"coding": coding, "text": m.product_name or m.substances}
    ratio = strength_ratio(m.strength)
    medication = {"medicationCodeableConcept": concept} if ratio is None else {
        "contained": [{"resourceType": "Medication", "id": "medication", "code": concept,
                       "ingredient": [{"itemCodeableConcept": {"text": m.substances or concept["text"]},
                                       "strength": ratio}]}],
        "medicationReference": {"reference": "#medication", "display": concept["text"]}}
    return {"resourceType": "MedicationStatement", "status": "active", "subject": subject,
            "category": {"coding": [{"system": STATEMENT_CATEGORY, "code": "patientspecified"}]}
            if m.self_medication else None,
            **medication,
            "effectivePeriod": {"start": str(p.start_date) if p.start_date else None,
                                "end": str(p.end_date) if p.end_date else None},
            "reasonCode": [{"text": m.indication}] if m.indication else [],
            "dosage": dosages(m)}


def _observation(code: str, value: float, day: str, subject: dict) -> dict:
    term = next(t for t in terms.observation_terms() if t.cordee == code)
    return {"resourceType": "Observation", "status": "final", "subject": subject, "effectiveDateTime": day,
            "category": [{"coding": [{"system": terms.OBSERVATION_CATEGORY, "code": term.category}]}],
            "code": {"coding": [{"system": terms.LOINC, "code": term.loinc, "display": term.display}]},
            "valueQuantity": {"value": value, "unit": term.ucum, "system": terms.UCUM, "code": term.ucum}}


def without_private_codes(value):
    """A resource without Cordée's own codings and extensions (``urn:cordee:``); their text stays."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in ("coding", "extension"):
                item = [x for x in item if not str(x.get("system", x.get("url", ""))).startswith(PRIVATE_PREFIX)]
            out[key] = without_private_codes(item)
        return out
    if isinstance(value, list):
        return [without_private_codes(v) for v in value]
    return value


def build_summary(summary: Summary, key) -> dict:
    """The bundle of a summary (``key``: what makes the resources' URLs, the patient id)."""
    patient_url = _ref("Patient", key)
    subject = {"reference": patient_url}
    entries = [(patient_url, _patient(summary.patient))]
    for i, p in enumerate(summary.patient.problems):
        entries.append((_ref("Problem", f"{key}/{i}"), _problem(p.kind, p.label, p.code, subject)))
    for i, m in enumerate(summary.medications):
        entries.append((_ref("MedicationStatement", f"{key}/{i}"), _medication(m, subject)))
    for i, (code, value, day) in enumerate(summary.values):
        entries.append((_ref("Observation", f"{key}/{i}"), _observation(code, value, day, subject)))
    entries += [(url, res) for url, res in _plan_entries(summary.care_plan, subject)]
    return fhir_json.clean({"resourceType": "Bundle", "type": "collection",
                            "entry": [{"fullUrl": url, "resource": res} for url, res in entries]})


def _plan_entries(plan_entries: list[dict], subject: dict) -> list[tuple[str, dict]]:
    out = []
    for entry in plan_entries:
        res = without_private_codes(entry["resource"])
        if res["resourceType"] == "Patient":
            continue
        for name in ("subject", "for"):
            if name in res:
                res[name] = subject
        out.append((entry["fullUrl"], res))
    return out


def read_summary(ctx: ServiceContext, patient_id: int) -> Summary:
    """The patient's record as a summary (audited reads)."""
    row = records.open_patient(ctx, patient_id)
    meds = [r.data for r in medication_list.list_current(ctx, patient_id)]
    values = [(o.code, o.value, o.measured_on.isoformat())
              for term in terms.observation_terms()
              for o in reversed(observations.history(ctx, patient_id, term.cordee))]
    plan_id = care_plans.current_plan_id(ctx, patient_id)
    plan = care_plan_fhir.export_bundle(ctx, plan_id)["entry"] if plan_id is not None else []
    return Summary(row.data, meds, values, plan)


def export_summary(ctx: ServiceContext, patient_id: int) -> dict:
    """The patient's FHIR R4 summary bundle (an export: ``patient.export``, audited)."""
    require(ctx, "patient.export", records.patient_access(ctx, patient_id))   # an unknown id: NotFoundError
    with ctx.transaction() as session:
        summary = read_summary(ctx, patient_id)
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail="FHIR R4 patient summary")
    return build_summary(summary, patient_id)


def export_summary_json(ctx: ServiceContext, patient_id: int) -> bytes:
    """The bundle as UTF-8 JSON (what is written to a file)."""
    return json.dumps(export_summary(ctx, patient_id), ensure_ascii=False, indent=2).encode()
