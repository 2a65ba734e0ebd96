"""A doctor's answer to an alert as a CH EMED *Pharmaceutical Advice* document (FHIR R4 Bundle, JSON).

Read in HL7 Switzerland CH EMED (github.com/hl7ch/ch-emed, commit ac69a4d0ed69ff02a41ab5f906327b5180b87658,
7.0.0-ballot ci-build of 2025-12-16): ``input/fsh/profiles/CHEMEDDocumentPharmaceuticalAdvice.fsh``,
``CHEMEDCompositionPharmaceuticalAdvice.fsh``, ``CHEMEDObservation.fsh``, ``CHEMEDMedicationStatementChanged.fsh``,
``CHEMEDMedicationStatement.fsh``, ``CHEMEDUUIDIdentifier.fsh``, ``input/fsh/extensions/CHEMEDExtTreatmentPlan.fsh``,
``CHEMEDExtMedicationStatementChanged.fsh``, ``input/fsh/invariants/ch-obs-1.fsh``, ``ch-emed-comp.fsh`` and the
examples ``Bundle PharmaceuticalAdvice-ChangeDosage``, ``Comp-ChangeDosage``, ``Obs-ChangeDosage``,
``MedStatTriatec-ChangeDosage``, ``2-2-ObsPharmaceuticalAdvice``; the page ``pharmaceutical-advice-document.md``.
What it says, and what is written here:

* a document holds ONE Observation (section *pharmaceuticalAdvice*, LOINC 61357-0, entry 1..1) that refers to ONE
  existing entry and defines ONE action: ``Observation.code`` from the IHE Pharmaceutical Advice Status List
  (system ``urn:oid:1.3.6.1.4.1.19376.1.9.2.1``: OK, CHANGE, SUSPEND, CANCEL, REFUSE, COMMENT); so one document is
  made for one medication line of the answer (``line_id`` chooses it when the answer concerns several);
* ``Observation.note`` 1..1: the comment (COMMENT) or the reason the action was done (the other codes): the
  answer's text, else the problem the alert was raised for; ``identifier`` 1..1, ``status`` final, ``subject``,
  ``performer`` 1..1 (the doctor who answered, as PractitionerRole), ``issued`` 1..;
* the entry referred to, by the extension *ch-emed-ext-treatmentplan* (``id``: the entry's identifier,
  ``externalDocumentId``: the document holding it). Cordée's medication list stands for the treatment plan: each
  line has a stable UUID (derived from the practice and the line's id) and the patient's list one;
* CHANGE (invariant ch-obs-1) also refers, by *ch-emed-ext-medicationstatement-changed*, to a
  MedicationStatement *Changed* in the bundle: the line as changed, with the SAME identifier as the line (a changed
  line keeps its identifier), ``partOf`` the Observation, the medication contained, ``dateAsserted``,
  ``informationSource``, one dosage (the posology in words as ``patientInstruction``);
* every identifier is a CH EMED UUID identifier (``urn:ietf:rfc:3986``, ``urn:uuid:…``); the Composition has the
  bundle's identifier (as in the example), ``status`` final, ``type`` LOINC 61356-2 + SNOMED CT 419891008,
  the title in the document's language, confidentiality N with the EPR confidentiality code 17621005 (Normal).

Not done: the Patient, Practitioner, PractitionerRole and Organization follow FHIR R4, not the CH Core profiles
(not read); the contained Medication has no EDQM form code (Cordée's lines do not hold one).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from sqlmodel import select

from app.models.alert import Alert, AlertMessage
from app.models.base import utcnow
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.practice import Practice
from app.models.staff import Staff
from app.services.alerts import vocabulary
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel import fhir_json
from app.services.kernel.context import ServiceContext
from app.services.medications import posology, posology_text
from app.services.security import records as access_records
from app.services.security.access import require

PADV_SYSTEM = "urn:oid:1.3.6.1.4.1.19376.1.9.2.1"
CH_EMED = "http://fhir.ch/ig/ch-emed/StructureDefinition/"
PROFILES = {"Bundle": CH_EMED + "ch-emed-document-pharmaceuticaladvice",
            "Composition": CH_EMED + "ch-emed-composition-pharmaceuticaladvice",
            "Observation": CH_EMED + "ch-emed-observation",
            "MedicationStatement": CH_EMED + "ch-emed-medicationstatement-changed"}
EXT_TREATMENT_PLAN = CH_EMED + "ch-emed-ext-treatmentplan"
EXT_STATEMENT_CHANGED = CH_EMED + "ch-emed-ext-medicationstatement-changed"
EXT_CONFIDENTIALITY = "http://fhir.ch/ig/ch-core/StructureDefinition/ch-ext-epr-confidentialitycode"
URI = "urn:ietf:rfc:3986"
GLN_SYSTEM = "urn:oid:2.51.1.3"
GTIN_SYSTEM = "urn:oid:2.51.1.1"
ATC_SYSTEM = "http://www.whocc.no/atc"
NS = uuid.UUID("5c7e3e0a-8d8b-4c55-9d0e-1f6c2b7a0e55")
# the doctor's answers (steps of the alert's thread) that carry PADV codes
ANSWER_STEPS = ("question", "accepted", "modified", "refused")
TEXTS = {"fr": {"title": "Commentaire relatif à la médication", "section": "Conseils sur les médicaments",
                "cols": ("Médicament", "Action", "Motif / commentaire")},
         "de": {"title": "Kommentar zur Medikation", "section": "Hinweise zur Medikation",
                "cols": ("Medikament", "Aktion", "Grund / Kommentar")},
         "en": {"title": "Pharmaceutical Advice", "section": "Pharmaceutical Advice",
                "cols": ("Medication", "Action", "Reason / comment")}}
GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}


@dataclass(frozen=True)
class AdviceLine:
    """One line of the answer: its id, what it is, the PADV code and, for CHANGE, the line as changed."""

    line_id: int
    name: str
    padv: str
    atc: str | None = None
    catalogue_ref: str | None = None
    indication: str | None = None
    posology_words: str | None = None


@dataclass(frozen=True)
class AdviceData:
    """Everything a document shows (plain values)."""

    practice_key: str
    practice_name: str
    practice_gln: str | None
    patient_id: int
    patient: dict            # family, given, birth_date (ISO), sex
    doctor_key: str
    doctor_name: str
    doctor_gln: str | None
    alert_id: int
    step_id: int
    at: datetime
    note: str
    line: AdviceLine
    lang: str = "fr"


def _uuid(*parts) -> str:
    return f"urn:uuid:{uuid.uuid5(NS, '/'.join(str(p) for p in parts))}"


def line_identifier(practice_key: str, line_id: int) -> str:
    """The stable CH EMED identifier of a medication line (the same through its changes)."""
    return _uuid(practice_key, "medication-line", line_id)


def _identifier(value: str) -> dict:
    return {"system": URI, "value": value}


def _ref(url: str) -> dict:
    return {"reference": url}


def _medication(line: AdviceLine) -> dict:
    codings = []
    if line.catalogue_ref and line.catalogue_ref.isdigit() and len(line.catalogue_ref) == 13:
        codings.append({"system": GTIN_SYSTEM, "code": line.catalogue_ref})
    if line.atc:
        codings.append({"system": ATC_SYSTEM, "code": line.atc})
    return {"resourceType": "Medication", "id": "med", "code": {"coding": codings, "text": line.name}}


def build_document(d: AdviceData) -> dict:
    """The CH EMED Pharmaceutical Advice document (Bundle of type document) of one answered line."""
    lang = d.lang if d.lang in TEXTS else "fr"
    t = TEXTS[lang]
    at = d.at.isoformat(timespec="seconds")
    doc_id = _uuid(d.practice_key, "padv-document", d.alert_id, d.step_id, d.line.line_id)
    obs_id = _uuid(d.practice_key, "padv-observation", d.alert_id, d.step_id, d.line.line_id)
    line_uuid = line_identifier(d.practice_key, d.line.line_id)
    urls = {"Composition": _uuid(doc_id, "Composition"), "Patient": _uuid(d.practice_key, "patient", d.patient_id),
            "PractitionerRole": _uuid(d.practice_key, "practitioner-role", d.doctor_key),
            "Practitioner": _uuid(d.practice_key, "practitioner", d.doctor_key),
            "Organization": _uuid(d.practice_key, "organization"), "Observation": obs_id,
            "MedicationStatement": _uuid(obs_id, "MedicationStatement")}
    observation = {
        "resourceType": "Observation", "meta": {"profile": [PROFILES["Observation"]]},
        "extension": [{"url": EXT_TREATMENT_PLAN, "extension": [
            {"url": "id", "valueIdentifier": _identifier(line_uuid)},
            {"url": "externalDocumentId",
             "valueIdentifier": _identifier(_uuid(d.practice_key, "medication-list", d.patient_id))}]}]
        + ([{"url": EXT_STATEMENT_CHANGED, "valueReference": _ref(urls["MedicationStatement"])}]
           if d.line.padv == "CHANGE" else []),
        "identifier": [_identifier(obs_id)], "status": "final",
        "code": {"coding": [{"system": PADV_SYSTEM, "code": d.line.padv}],
                 "text": vocabulary.padv_label(d.line.padv, lang)},
        "subject": _ref(urls["Patient"]), "effectiveDateTime": at, "issued": at,
        "performer": [_ref(urls["PractitionerRole"])], "note": [{"text": d.note}]}
    row = "".join(f"<td>{escape(x)}</td>" for x in (d.line.name, f"{d.line.padv} — "
                                                   f"{vocabulary.padv_label(d.line.padv, lang)}", d.note))
    head = "".join(f"<th>{escape(x)}</th>" for x in t["cols"])
    composition = {
        "resourceType": "Composition", "meta": {"profile": [PROFILES["Composition"]]}, "language": f"{lang}-CH",
        "identifier": _identifier(doc_id), "status": "final",
        "type": {"coding": [{"system": "http://loinc.org", "code": "61356-2",
                             "display": "Medication pharmaceutical advice.extended Document"},
                            {"system": "http://snomed.info/sct", "code": "419891008",
                             "display": "Record artifact (record artifact)"}]},
        "subject": _ref(urls["Patient"]), "date": at, "author": [_ref(urls["PractitionerRole"])],
        "title": t["title"],
        "confidentiality": "N",
        "_confidentiality": {"extension": [{"url": EXT_CONFIDENTIALITY, "valueCodeableConcept": {"coding": [
            {"system": "http://snomed.info/sct", "code": "17621005", "display": "Normal (qualifier value)"}]}}]},
        "section": [{"title": t["section"], "code": {"coding": [{"system": "http://loinc.org", "code": "61357-0",
                                                                "display": "Medication pharmaceutical advice.brief "
                                                                           "Document"}]},
                     "text": {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml"><table>'
                                                           f"<thead><tr>{head}</tr></thead><tbody><tr>{row}</tr>"
                                                           "</tbody></table></div>"},
                     "entry": [_ref(urls["Observation"])]}]}
    p = d.patient
    resources = [
        ("Composition", composition),
        ("Patient", {"resourceType": "Patient", "name": [{"family": p.get("family"), "given": [p.get("given")]}],
                     "gender": GENDER.get(p.get("sex") or ""), "birthDate": p.get("birth_date")}),
        ("PractitionerRole", {"resourceType": "PractitionerRole", "practitioner": _ref(urls["Practitioner"]),
                              "organization": _ref(urls["Organization"])}),
        ("Practitioner", {"resourceType": "Practitioner", "name": [{"text": d.doctor_name}],
                          "identifier": [{"system": GLN_SYSTEM, "value": d.doctor_gln}] if d.doctor_gln else []}),
        ("Organization", {"resourceType": "Organization", "name": d.practice_name,
                          "identifier": [{"system": GLN_SYSTEM, "value": d.practice_gln}] if d.practice_gln
                          else []}),
        ("Observation", observation)]
    if d.line.padv == "CHANGE":
        resources.append(("MedicationStatement", {
            "resourceType": "MedicationStatement", "meta": {"profile": [PROFILES["MedicationStatement"]]},
            "contained": [_medication(d.line)], "identifier": [_identifier(line_uuid)],
            "partOf": [_ref(urls["Observation"])], "status": "active", "medicationReference": {"reference": "#med"},
            "subject": _ref(urls["Patient"]), "dateAsserted": at, "informationSource": _ref(urls["PractitionerRole"]),
            "reasonCode": [{"text": d.line.indication}] if d.line.indication else [],
            "dosage": [{"patientInstruction": d.line.posology_words or "-"}]}))
    return fhir_json.clean({"resourceType": "Bundle", "meta": {"profile": [PROFILES["Bundle"]]},
                            "identifier": _identifier(doc_id), "type": "document", "timestamp": at,
                            "entry": [{"fullUrl": urls[kind], "resource": r} for kind, r in resources]})


def _answer_lines(session, alert: Alert, step: AlertMessage, lang: str) -> list[AdviceLine]:
    """The lines an answer step concerns, each with its PADV code (a line added by the answer has none: a PADV
    refers to an existing entry)."""
    items = [c for c in json.loads(step.changes or "[]") if c.get("padv") and c.get("line_id")]
    if not items and step.padv:   # a comment, or an accepted monitoring: on every line of the alert
        items = [{"line_id": m["line_id"], "name": m.get("name"), "padv": step.padv}
                 for m in json.loads(alert.medications) if m.get("line_id")]
    out = []
    for item in items:
        line = session.get(MedicationLine, item["line_id"])
        words = None
        if item["padv"] == "CHANGE" and item.get("posology"):
            words = posology_text.describe(posology.from_dict(item["posology"]), lang)
        out.append(AdviceLine(int(item["line_id"]), item.get("name") or (line.product_name or line.substances
                                                                         if line else str(item["line_id"])),
                              item["padv"], line.atc if line else None, line.catalogue_ref if line else None,
                              line.indication if line else None, words))
    return out


def _aware(at: datetime) -> datetime:
    """A stored UTC time, aware (SQLite gives it back naive)."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def export_advice(ctx: ServiceContext, alert_id: int, line_id: int | None = None, lang: str | None = None) -> dict:
    """The Pharmaceutical Advice document of the doctor's latest answer to the alert, for one of its lines
    (``line_id``: needed when the answer concerns several); ``lang`` of the titles (default: the practice's). An
    export (``patient.export``), audited."""
    with ctx.transaction() as session:
        alert = session.get(Alert, alert_id) if isinstance(alert_id, int) else None
        if alert is None:
            raise NotFoundError("alert", alert_id)
        require(ctx, "alert.read", access_records.alert_record(session, alert))
        require(ctx, "patient.export", access_records.patient_record(session, alert.patient_id))
        prac = session.exec(select(Practice).order_by(Practice.id)).first() or Practice(name="", country="CH")
        lang = lang if lang in TEXTS else prac.language if prac.language in TEXTS else "fr"
        step = session.exec(select(AlertMessage).where(AlertMessage.alert_id == alert.id,
                                                       AlertMessage.kind.in_(ANSWER_STEPS))
                            .order_by(AlertMessage.id.desc())).first()
        lines = _answer_lines(session, alert, step, lang) if step else []
        if not lines:
            raise ValidationError("alert_id", "alerts.no_advice")
        if line_id is not None:
            lines = [x for x in lines if x.line_id == line_id]
            if not lines:
                raise ValidationError("line_id", "alerts.advice_line_not_in_answer", line_id=line_id)
        elif len(lines) > 1:
            raise ValidationError("line_id", "alerts.advice_line_needed", lines=[x.line_id for x in lines])
        patient = session.get(Patient, alert.patient_id)
        doctor = session.get(Staff, step.author_staff_id) if step.author_staff_id else None
        practice_key = f"{prac.id}/{prac.created_at.isoformat() if prac.created_at else ''}"
        data = AdviceData(
            practice_key, prac.name, prac.gln, alert.patient_id,
            {"family": patient.family_name, "given": patient.given_names, "sex": patient.sex,
             "birth_date": patient.birth_date.isoformat() if patient.birth_date else None},
            str(step.author_staff_id or step.author_name), step.author_name, doctor.gln if doctor else None,
            alert.id, step.id, _aware(step.at or utcnow()), step.text or alert.problem_text, lines[0], lang)
        ctx.audit(session, "patient.export", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
                  detail=f"pharmaceutical advice FHIR ({lines[0].padv}, line {lines[0].line_id})")
        return build_document(data)
