"""Structured medication review worksheets: French BPM and Swiss Polymedikations-Check (PMC).

Eligibility is computed from the record, with the reason shown:

* **BPM** (bilan partagé de médication): ≥ 65 years with a long-term condition (an ALD problem) or
  ≥ 75 years, and ≥ 5 chronic substances (regular, not as-needed) taken for ≥ 6 months;
* **PMC**: ≥ 4 prescribed drugs (self-medication excluded) taken for ≥ 3 months.

A worksheet records the steps with their dates (interview, analysis, advice to the doctor,
follow-up), the engine findings attached with the reviewer's annotation, the recommendations (those of the
CHMED16A Polymedication Check: 1 weekly dosing system, 2 intensified compliance support, 3 repeat check,
4 forwarding to the doctor, 5 analysis needed — each with the patient's agreement and a remark) and a conclusion.
A worksheet is *finished* when its analysis is dated and it has a conclusion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlmodel import select

from app.models.base import utcnow
from app.models.medication_review_sheet import MedicationReviewSheet
from app.models.patient import Patient, PatientProblem, ProblemKind
from app.services.alerts import memory as alert_memory
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import parse_date
from app.services.medications import check as medication_check
from app.services.medications import knowledge_update
from app.services.medications import medication_list as medications
from app.services.medications.review.context import age_in_years
from app.services.medications.timeline import timeline_in
from app.services.patients import records as patients
from app.services.practice import contact as practice_contact
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import can, require

SCHEMES = ("bpm", "pmc")
STEPS = ("interview_on", "analysis_on", "advice_on", "followup_on")


@dataclass(frozen=True)
class Eligibility:
    scheme: str
    eligible: bool
    reason: str
    age: int
    count: int


def eligibility(scheme: str, birth: date, has_ald: bool, lines, as_of: date) -> Eligibility:
    """Pure rule (``lines``: MedicationRow values)."""
    age = age_in_years(birth, as_of)
    if scheme == "bpm":
        since = as_of - relativedelta(months=6)
        substances = {s.strip().lower() for r in lines if not r.data.as_needed and r.data.start_date
                      and r.data.start_date <= since for s in (r.data.substances or r.display_name).split(";")}
        n = len(substances)
        age_ok = age >= 75 or (age >= 65 and has_ald)
        age_text = (f"age {age} ≥ 75" if age >= 75 else f"age {age} ≥ 65 with a long-term condition (ALD)"
                    if age_ok else f"age {age}: needs ≥ 75, or ≥ 65 with a long-term condition (ALD)")
        count_text = f"{n} chronic substances for ≥ 6 months (needs ≥ 5)"
        return Eligibility(scheme, age_ok and n >= 5, f"{age_text}; {count_text}", age, n)
    if scheme == "pmc":
        since = as_of - relativedelta(months=3)
        n = sum(1 for r in lines if not r.data.self_medication and r.data.start_date and r.data.start_date <= since)
        return Eligibility(scheme, n >= 4, f"{n} prescribed drugs for ≥ 3 months (needs ≥ 4)", age, n)
    raise ValidationError("scheme", "alerts.bad_scheme")


def check_eligibility(ctx: ServiceContext, patient_id: int, scheme: str, as_of: date | None = None) -> Eligibility:
    require(ctx, "review.worksheet")
    as_of = as_of or date.today()
    if scheme not in SCHEMES:
        raise ValidationError("scheme", "alerts.bad_scheme")
    with ctx.transaction() as session:
        require(ctx, "review.worksheet", access_records.patient_record(session, patient_id))
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFoundError("patient", patient_id)
        ald = session.exec(select(PatientProblem).where(PatientProblem.patient_id == patient_id,
                                                        PatientProblem.kind == ProblemKind.LONG_TERM)).first()
        lines = medications.current_lines(session, patient_id)
        return eligibility(scheme, patient.birth_date, ald is not None, lines, as_of)


@dataclass(frozen=True)
class WorksheetRow:
    id: int
    version: int
    patient_id: int
    scheme: str
    eligible: bool
    eligibility_reason: str
    author_name: str
    steps: dict
    findings: list
    conclusion: str | None
    recommendations: list = ()

    @property
    def finished(self) -> bool:
        """The analysis is dated and concluded."""
        return bool(self.steps.get("analysis_on") and self.conclusion)


RECOMMENDATION_KINDS = (1, 2, 3, 4, 5)


def _row(s: MedicationReviewSheet) -> WorksheetRow:
    return WorksheetRow(s.id, s.version, s.patient_id, s.scheme, s.eligible, s.eligibility_reason, s.author_name,
                        {k: getattr(s, k) for k in STEPS}, json.loads(s.findings), s.conclusion,
                        json.loads(s.recommendations or "[]"))


def _recommendations(items) -> list[dict]:
    """Checked recommendations: ``kind`` 1–5 once each, ``agreed`` True / False / None, a remark of ≤ 2000."""
    out, seen = [], set()
    for i, item in enumerate(items or (), 1):
        kind = item.get("kind") if isinstance(item, dict) else None
        if isinstance(kind, bool) or kind not in RECOMMENDATION_KINDS or kind in seen:
            raise ValidationError("recommendations", "alerts.bad_recommendation", row=i)
        agreed = item.get("agreed")
        if agreed not in (True, False, None):
            raise ValidationError("recommendations", "alerts.bad_recommendation", row=i)
        remark = (item.get("remark") or "").strip()
        if len(remark) > 2000:
            raise ValidationError("recommendations", "too_long", max=2000)
        seen.add(kind)
        out.append({"kind": kind, "agreed": agreed, "remark": remark})
    return out


def create_worksheet(ctx: ServiceContext, patient_id: int, scheme: str) -> int:
    """Open a worksheet: eligibility with its reason, and the current engine findings attached."""
    result_elig = check_eligibility(ctx, patient_id, scheme)
    review = medication_check.review_patient(ctx, patient_id)
    findings = [{"key": alert_memory.finding_key(f), "kind": f.kind, "severity": f.severity, "atc": list(f.atc),
                 "rule": f.rule, "message": f.message, "recommendation": f.recommendation,
                 "sources": list(f.sources), "annotation": ""} for f in review.findings]
    with ctx.transaction() as session:
        sheet = MedicationReviewSheet(patient_id=patient_id, scheme=scheme, eligible=result_elig.eligible,
                                      eligibility_reason=result_elig.reason, author_staff_id=ctx.actor.staff_id,
                                      author_name=ctx.actor.display_name, updated_by=ctx.actor.display_name,
                                      findings=json.dumps(findings, ensure_ascii=False))
        session.add(sheet)
        session.flush()
        ctx.audit(session, "review.worksheet.create", entity_type="medication_review_sheet", entity_id=sheet.id,
                  patient_id=patient_id, detail=scheme)
        ctx.announce("worksheet.changed", patient_id=patient_id, worksheet_id=sheet.id)
        return sheet.id


def update_worksheet(ctx: ServiceContext, sheet_id: int, expected_version: int, steps: dict,
                     annotations: dict[str, str], conclusion: str | None, recommendations: list | None = None) -> int:
    """Save step dates (dd.mm.yyyy), annotations by finding key, the conclusion and (unless None) the
    recommendations ([{"kind": 1–5, "agreed": bool | None, "remark": str}]); returns the new version."""
    with ctx.transaction() as session:
        sheet = session.get(MedicationReviewSheet, sheet_id) if isinstance(sheet_id, int) else None
        if sheet is None:
            raise NotFoundError("worksheet", sheet_id)
        if sheet.version != expected_version:
            raise StaleRecordError("worksheet", sheet_id, sheet.updated_by, sheet.updated_at)
        require(ctx, "review.worksheet", access_records.patient_record(session, sheet.patient_id))
        previous = None
        for name in STEPS:
            value = steps.get(name)
            day = None if value in (None, "") else parse_date(value, name)
            if day and day > date.today():
                raise ValidationError(name, "alerts.in_future")
            if day and previous and day < previous:
                raise ValidationError(name, "alerts.before_previous_step")
            previous = day or previous
            setattr(sheet, name, day)
        findings = json.loads(sheet.findings)
        keys = {f["key"] for f in findings}
        for key, note in annotations.items():
            if key not in keys:
                raise ValidationError("annotations", "alerts.not_a_worksheet_finding", finding=key)
            if len(note or "") > 2000:
                raise ValidationError("annotations", "too_long", max=2000)
        for f in findings:
            f["annotation"] = (annotations.get(f["key"], f["annotation"]) or "").strip()
        text = (conclusion or "").strip() or None
        if text and len(text) > 8000:
            raise ValidationError("conclusion", "too_long", max=8000)
        sheet.findings, sheet.conclusion = json.dumps(findings, ensure_ascii=False), text
        if recommendations is not None:
            sheet.recommendations = json.dumps(_recommendations(recommendations), ensure_ascii=False)
        sheet.version += 1
        sheet.updated_at, sheet.updated_by = utcnow(), ctx.actor.display_name
        ctx.audit(session, "review.worksheet.update", entity_type="medication_review_sheet", entity_id=sheet.id,
                  patient_id=sheet.patient_id)
        ctx.announce("worksheet.changed", patient_id=sheet.patient_id, worksheet_id=sheet.id)
        return sheet.version


def latest_finished(session, patient_id: int, scheme: str) -> WorksheetRow | None:
    """The patient's latest finished worksheet of ``scheme`` (inside the caller's unit of work, access checked by
    the caller)."""
    sheets = session.exec(select(MedicationReviewSheet).where(MedicationReviewSheet.patient_id == patient_id,
                                                              MedicationReviewSheet.scheme == scheme)
                          .order_by(MedicationReviewSheet.id.desc())).all()
    return next((row for row in map(_row, sheets) if row.finished), None)


def list_worksheets(ctx: ServiceContext, patient_id: int) -> list[WorksheetRow]:
    with ctx.transaction() as session:
        require(ctx, "review.worksheet", access_records.patient_record(session, patient_id))
        sheets = session.exec(select(MedicationReviewSheet).where(MedicationReviewSheet.patient_id == patient_id)
                              .order_by(MedicationReviewSheet.id.desc())).all()
        ctx.audit(session, "review.worksheet.list", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return [_row(s) for s in sheets]


def export_report(ctx: ServiceContext, sheet_id: int, out_path: Path | str, lang: str = "fr") -> Path:
    """Write the worksheet's report PDF to ``out_path`` (an export: ``patient.export``, audited)."""
    from app.services.alerts import review_report_pdf  # the PDF writer loads with the first report

    with ctx.transaction() as session:   # one unit of work: a failed write leaves no export event
        sheet = session.get(MedicationReviewSheet, sheet_id) if isinstance(sheet_id, int) else None
        if sheet is None:
            raise NotFoundError("worksheet", sheet_id)
        record = access_records.patient_record(session, sheet.patient_id)
        require(ctx, "review.worksheet", record)
        require(ctx, "patient.export", record)
        row = _row(sheet)
        patient = patients.open_patient(ctx, row.patient_id)
        prac = practice.get_practice(ctx)
        data = review_report_pdf.ReportData(
            patient.display_name, patient.data.birth_date, prac.name if prac else "", row.author_name, row.scheme,
            row.eligible, row.eligibility_reason, row.steps, tuple(row.findings), row.conclusion,
            ctx.actor.display_name, datetime.now().astimezone(), knowledge_update.edition_in(session),
            tuple(practice_contact.contact_lines(prac, lang, name=False)),
            timeline_in(session, row.patient_id, lang=lang).points if can(ctx, "medication.read", record) else ())
        ctx.audit(session, "patient.export", entity_type="medication_review_sheet", entity_id=row.id,
                  patient_id=row.patient_id, detail=f"review report PDF ({row.scheme}, {lang})")
        return review_report_pdf.write(out_path, data, lang)
