"""Run the review engine on a patient's record: context from the chart, lines from the list.

The context is built from the birth date, sex, coded conditions (condition and
ALD problems, ICD-10), coded allergies (ATC codes or classes) and the latest
eGFR, weight and creatinine. Lines without an ATC code cannot be checked: they
are returned apart so that the screen can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.models.medication import ObservationCode
from app.models.patient import Patient, PatientProblem, ProblemKind
from app.models.practice import Practice
from app.services.errors import NotFoundError
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list as medications
from app.services.medications import observations, posology_terms
from app.services.medications.knowledge_update import practice_knowledge
from app.services.medications.medication_list import MedicationRow
from app.services.medications.observations import ObservationRow
from app.services.medications.review import Finding, Medication, PatientContext, review
from app.services.practice.practice_record import pim_lists_for
from app.services.security import records as access_records
from app.services.security.access import require

ENGINE_LANGUAGES = ("fr", "de", "en")


@dataclass(frozen=True)
class ReviewResult:
    """What the Medications tab shows beside the list."""

    patient_id: int
    as_of: date
    findings: tuple[Finding, ...]
    checked: tuple[MedicationRow, ...]       # lines the engine saw (with an ATC code)
    not_checked: tuple[MedicationRow, ...]   # free-text lines: "not checked by the engine"
    values: dict[str, ObservationRow]        # latest eGFR / weight / creatinine used
    context: PatientContext


def to_medication(row: MedicationRow) -> Medication:
    """The engine's view of one line: mg a day (the stored ``daily_dose_mg``) and, from the posology, mg a week
    and the cycle, so that a weekly drug does not read as a daily one."""
    d = row.data
    p = d.posology
    dose = float(d.daily_dose_mg) if d.daily_dose_mg is not None else None
    amounts = d.amounts()
    weekly = amounts.mg_per_week
    if weekly is None and dose is not None and amounts.per_day is not None:
        weekly = dose * 7
    return Medication(atc=d.atc or "", name=d.substances or row.display_name, as_needed=p.as_needed,
                      daily_dose_mg=dose, route=posology_terms.route_word(p.route) or p.route_text,
                      self_medication=d.self_medication, weekly_dose_mg=weekly, cycle_days=amounts.cycle_days,
                      route_code=p.route)


def build_context(patient: Patient, problems: list[PatientProblem], values: dict[str, ObservationRow],
                  as_of: date) -> PatientContext:
    """A PatientContext from plain record values."""
    conditions = tuple(sorted({p.code for p in problems if p.code and p.kind in (ProblemKind.CONDITION,
                                                                                  ProblemKind.LONG_TERM)}))
    allergies = tuple(sorted({p.code for p in problems if p.code and p.kind == ProblemKind.ALLERGY}))

    def value(code: str) -> float | None:
        row = values.get(code)
        return float(row.value) if row is not None else None

    return PatientContext(as_of=as_of, birth_date=patient.birth_date,
                          sex=patient.sex if patient.sex in ("F", "M") else None,
                          egfr=value(ObservationCode.EGFR), weight_kg=value(ObservationCode.WEIGHT),
                          creatinine_umol_l=value(ObservationCode.CREATININE),
                          conditions=conditions, allergies=allergies)


def practice_pim_lists(session: Session) -> tuple[str, ...]:
    """The lists for older people the practice applies (its choice, else its country's default)."""
    practice = session.exec(select(Practice)).first()
    if practice is None:
        return pim_lists_for("FR", None)
    return pim_lists_for(practice.country, practice.pim_lists)


def review_patient(ctx: ServiceContext, patient_id: int, as_of: date | None = None,
                   lang: str = "fr") -> ReviewResult:
    """Review the patient's current medications against the record (audited read)."""
    with ctx.transaction() as session:
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        result = review_in(session, patient_id, as_of, lang)
        ctx.audit(session, "medication.review", entity_type="patient", entity_id=patient_id,
                  patient_id=patient_id)
    return result


@dataclass(frozen=True)
class ChartMedications:
    """What a chart's medications tab shows: the current list, its history when asked, the review's findings."""

    rows: list[MedicationRow]
    history: list | None
    review: ReviewResult


def chart_medications(ctx: ServiceContext, patient_id: int, *, with_history: bool = False,
                      lang: str = "fr") -> ChartMedications:
    """The medications tab's reads in one unit of work: one commit of their audit events instead of one per read
    (each commit of the encrypted file waits for the disk)."""
    with ctx.transaction():
        rows = medications.list_current(ctx, patient_id)
        history = medications.list_history(ctx, patient_id) if with_history else None
        return ChartMedications(rows, history, review_patient(ctx, patient_id, lang=lang))


def review_in(session: Session, patient_id: int, as_of: date | None = None, lang: str = "fr") -> ReviewResult:
    """The review inside an open unit of work, for rules that run in the transaction of a change (no access
    check and no audit event of its own: the change that triggers it is checked and audited)."""
    as_of = as_of or date.today()
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFoundError("patient", patient_id)
    problems = list(session.exec(select(PatientProblem).where(PatientProblem.patient_id == patient_id)).all())
    values = observations.latest(session, patient_id, [str(c) for c in observations.REVIEW_CODES])
    lines = medications.current_lines(session, patient_id)
    context = build_context(patient, problems, values, as_of)
    active = [ln for ln in lines if ln.data.end_date is None or ln.data.end_date >= as_of]
    checked = tuple(ln for ln in active if ln.data.atc)
    unchecked = tuple(ln for ln in active if not ln.data.atc)
    findings = review(context, [to_medication(ln) for ln in checked],
                      lang=lang if lang in ENGINE_LANGUAGES else "fr", knowledge=practice_knowledge(session),
                      pim_lists=practice_pim_lists(session))
    return ReviewResult(patient_id, as_of, tuple(findings), checked, unchecked, values, context)
