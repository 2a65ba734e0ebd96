"""Import a FHIR patient summary: first a preview of what differs from the local record, then, once confirmed, the
new items written in one transaction (all or nothing).

The patient is found by INS, else by AVS number, else by family name and birth date; none found: a new patient.
The local register stays the reference: identity differences are shown, never written over. New allergies,
conditions, medications (by ATC code, else by name) and values (code, day, value) are added. The care plan is
shown as present and not imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import func
from sqlmodel import Session, select

from app.models.patient import Patient
from app.services.exchange import summary_read
from app.services.exchange.summary_export import Summary
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list, observations
from app.services.medications.medication_list import MedicationInput
from app.services.patients import records
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.security.access import require

IDENTITY_FIELDS = ("family_name", "given_names", "birth_name", "birth_date", "sex", "address_line", "postal_code",
                   "city", "country", "phone", "preferred_language", "ins_matricule", "avs_number")


@dataclass
class ImportPreview:
    """What importing the bundle would change (nothing has been stored)."""

    patient_id: int | None          # None: a new patient
    matched_by: str | None          # "ins", "avs", "name_birth_date" or None
    patient_name: str
    identity_differences: list[tuple[str, str, str]] = field(default_factory=list)   # (field, local, bundle)
    new_problems: list[ProblemEntry] = field(default_factory=list)
    new_medications: list[MedicationInput] = field(default_factory=list)
    new_values: list[tuple[str, float, str]] = field(default_factory=list)
    care_plan_resources: int = 0
    created: bool = False           # applied: the patient was new

    @property
    def new_patient(self) -> bool:
        """The bundle's patient is (or was, once applied) not in the register."""
        return self.patient_id is None or self.created

    @property
    def changes(self) -> int:
        """How many items would be (or were) written."""
        return self.new_patient + len(self.new_problems) + len(self.new_medications) + len(self.new_values)


def _find(session: Session, p: PatientInput) -> tuple[int | None, str | None]:
    if p.ins_matricule:
        found = session.exec(select(Patient.id).where(Patient.ins_matricule == p.ins_matricule)).first()
        if found:
            return found, "ins"
    if p.avs_number:
        found = session.exec(select(Patient.id).where(Patient.avs_number == p.avs_number)).first()
        if found:
            return found, "avs"
    found = session.exec(select(Patient.id).where(func.lower(Patient.family_name) == p.family_name.lower(),
                                                  Patient.birth_date == p.birth_date)).all()
    return (found[0], "name_birth_date") if len(found) == 1 else (None, None)


def _problem_key(p: ProblemEntry) -> tuple:
    return p.kind == "allergy", p.code or p.label.casefold()


def _medication_key(m: MedicationInput) -> str:
    return m.atc or (m.product_name or m.substances).casefold()


def _preview(ctx: ServiceContext, session: Session, summary: Summary) -> ImportPreview:
    incoming = summary.patient
    patient_id, matched_by = _find(session, incoming)
    name = f"{incoming.family_name.upper()} {incoming.given_names}"
    if patient_id is None:
        require(ctx, "patient.create")
        return ImportPreview(None, None, name, [], list(incoming.problems), list(summary.medications),
                             list(summary.values), len(summary.care_plan))
    local = records.open_patient(ctx, patient_id).data
    differences = [(f, str(getattr(local, f) or ""), str(getattr(incoming, f) or "")) for f in IDENTITY_FIELDS
                   if getattr(incoming, f) not in (None, "") and str(getattr(local, f) or "") != str(getattr(incoming, f))]
    known = {_problem_key(p) for p in local.problems}
    problems = [p for p in incoming.problems if _problem_key(p) not in known]
    current = {_medication_key(r.data) for r in medication_list.list_current(ctx, patient_id)}
    meds = [m for m in summary.medications if _medication_key(m) not in current]
    stored = {(o.code, o.measured_on.isoformat(), round(o.value, 3)) for code in {v[0] for v in summary.values}
              for o in observations.history(ctx, patient_id, code)}
    values = [v for v in summary.values if (v[0], v[2], round(v[1], 3)) not in stored]
    return ImportPreview(patient_id, matched_by, name, differences, problems, meds, values, len(summary.care_plan))


def preview_import(ctx: ServiceContext, data: bytes) -> ImportPreview:
    """What importing ``data`` (a FHIR bundle's bytes) would change; nothing is stored."""
    summary = summary_read.read(data)
    with ctx.reading() as session:
        return _preview(ctx, session, summary)


def apply_import(ctx: ServiceContext, data: bytes) -> ImportPreview:
    """Write what the preview shows, in one transaction (audited as an import); returns the preview applied."""
    summary = summary_read.read(data)
    with ctx.transaction() as session:
        preview = _preview(ctx, session, summary)
        patient_id = preview.patient_id
        if patient_id is None:
            identity = {f.name: getattr(summary.patient, f.name) for f in fields(PatientInput) if f.name != "problems"}
            patient_id = records.create_patient(ctx, PatientInput(**identity, problems=preview.new_problems))
        elif preview.new_problems:
            row = records.open_patient(ctx, patient_id)
            records.update_patient(ctx, patient_id, row.version, records.with_changes(
                row, problems=[*row.data.problems, *preview.new_problems]))
        for m in preview.new_medications:
            medication_list.add_medication(ctx, patient_id, m)
        for code, value, day in preview.new_values:
            observations.record_observation(ctx, patient_id, code, value, day)
        ctx.audit(session, "patient.import", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"FHIR R4 patient summary: {preview.changes} items")
        preview.created, preview.patient_id = preview.patient_id is None, patient_id
        return preview
