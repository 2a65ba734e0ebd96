"""A finished Polymedication Check as it leaves the practice: the CHMED16A object (MedType 2) and the protocol PDF.

The latest *finished* PMC worksheet of the patient (analysis dated, conclusion written) becomes:

* ``json``: the CHMED16A ``Medication`` object of type Polymedication Check (``emediplan.check_object``), with the
  current medicaments, the recommendations 1–5 with the patient's agreement (``PatAgr``) and remark (``Rmk``), the
  findings and conclusion as private fields; ``Auth`` the reviewer's GLN, else the practice's, else the name;
* ``pdf``: the protocol for the médecin traitant, with signature lines for pharmacist and patient
  (``review_check_pdf``).

Both are exports (``patient.export``, audited).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from app.models.medication_review_sheet import MedicationReviewSheet
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.alerts import review_check_pdf, worksheet
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.medications import emediplan
from app.services.medications import plan_pdf as medication_plan
from app.services.security import records as access_records
from app.services.security.access import require

FORMATS = ("json", "pdf")


@dataclass(frozen=True)
class CheckData:
    """Everything the check shows (plain values)."""

    plan: medication_plan.PlanData
    sheet: worksheet.WorksheetRow
    author_gln: str | None
    made_at: datetime

    @property
    def recommendations(self) -> list[emediplan.Recommendation]:
        return [emediplan.Recommendation(r["kind"], r.get("agreed"), r.get("remark") or None)
                for r in self.sheet.recommendations]

    def finding_lines(self) -> tuple[str, ...]:
        """Each finding in one line: message, then the reviewer's annotation."""
        return tuple(" — ".join(x for x in (f.get("message"), f.get("annotation")) if x)
                     for f in self.sheet.findings)


def load(ctx: ServiceContext, patient_id: int) -> CheckData:
    """The patient's latest finished Polymedication Check worksheet with the plan it concerns."""
    with ctx.transaction() as session:
        if not isinstance(patient_id, int) or session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        record = access_records.patient_record(session, patient_id)
        require(ctx, "review.worksheet", record)
        require(ctx, "patient.export", record)
        row = worksheet.latest_finished(session, patient_id, "pmc")
        if row is None:
            raise ValidationError("patient_id", "alerts.no_finished_check")
        sheet = session.get(MedicationReviewSheet, row.id)   # the reviewer, not whoever exports
        author = session.get(Staff, sheet.author_staff_id) if sheet.author_staff_id else None
        author_gln = author.gln if author and author.gln else None
    plan = medication_plan.load_plan(ctx, patient_id)
    return CheckData(plan, row, author_gln or plan.practice_gln, plan.made_at)


def chmed_object(data: CheckData) -> dict:
    """The CHMED16A Polymedication Check object."""
    p = data.plan
    patient = emediplan.PlanPatient(p.patient.family_name, p.patient.given_names, p.patient.birth_date, p.patient.sex,
                                    street=p.patient.street, postal_code=p.patient.postal_code, city=p.patient.city,
                                    insurance_card_number=p.patient.insurance_card_number)
    return emediplan.check_object(patient, list(p.rows), data.made_at, data.recommendations,
                                  author_gln=data.author_gln, author_name=data.sheet.author_name,
                                  findings=data.finding_lines(), conclusion=data.sheet.conclusion)


def export_check(ctx: ServiceContext, patient_id: int, fmt: str, lang: str = "fr") -> bytes:
    """The patient's latest finished Polymedication Check as ``json`` (CHMED16A) or ``pdf`` (the protocol, in
    ``lang``); an export, audited."""
    if fmt not in FORMATS:
        raise ValidationError("format", "alerts.bad_check_format")
    data = load(ctx, patient_id)
    if fmt == "json":
        out = json.dumps(chmed_object(data), ensure_ascii=False, indent=1).encode("utf-8")
    else:
        out = review_check_pdf.render(data, lang)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="medication_review_sheet", entity_id=data.sheet.id,
                  patient_id=patient_id, detail=f"polymedication check {fmt.upper()} ({lang})")
    return out
