"""A patient's intake: register it (on the waiting list when the patient has no médecin traitant), read it with its
checklist (from the new-patients window, or the patient's chart), take the patient on (a médecin traitant — through
the patients service, as everywhere — and the first appointment), withdraw it with a reason.

Every change names the version it read (a stale save is refused), is audited and announced (``intake.changed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlmodel import Session

from app.models.base import utcnow
from app.models.intake import OPEN_INTAKE, Intake, IntakeStatus, IntakeStep, StepState
from app.models.medication import MedicationLine
from app.models.patient import Patient, PatientProblem, ProblemKind
from app.models.staff import Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.intake.checklist import StepDef, identity_reasons, label, load
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.kernel.validation import clean_text, parse_date
from app.services.patients import records as patient_records
from app.services.patients.identity import exportable_ins
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence

DONE_STATES = (StepState.DONE, StepState.NOT_APPLICABLE, StepState.NOT_QUALIFIABLE)
"""The states that let an intake close: done, does not apply, an identity that cannot be qualified (with a reason)."""


@dataclass
class IntakeInput:
    """What the registration form hands over."""

    requested_on: date | str | None = None      # default today
    long_term: bool = False
    frailty: bool = False
    reason: str | None = None


@dataclass(frozen=True)
class StepView:
    key: str
    label: str
    kind: str
    required: bool
    state: str
    step_on: date | None
    staff_id: int | None
    staff_name: str | None
    detail: str | None
    chart_count: int | None     # what the chart holds for a summary step (problems, medications, allergies)
    reason: str | None = None           # identity not qualifiable: the reason's code …
    reason_label: str | None = None     # … and its words
    recorded_by: str | None = None      # who recorded the step, and when (None: never recorded)
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class IntakeView:
    id: int
    version: int
    patient_id: int
    patient_name: str
    birth_date: date
    country: str
    status: str
    requested_on: date
    long_term: bool
    frailty: bool
    no_gp: bool
    reason: str | None
    taken_on: date | None
    closed_on: date | None
    withdrawn_reason: str | None
    ins_qualified: bool
    gp_staff_id: int | None
    steps: tuple[StepView, ...]
    patient_version: int = 1            # the patient's version read (a médecin traitant is saved on it)

    @property
    def identity_unqualified(self) -> bool:
        """The identity step was closed as not qualifiable and the INS is still not qualified: the patient stays
        flagged (the INS is not used or shared) until the identity is qualified in the patient's record."""
        return not self.ins_qualified and any(
            s.kind == "identity" and s.state == StepState.NOT_QUALIFIABLE for s in self.steps)


def physician(session: Session, staff_id, field: str) -> int:
    """An active physician of the practice (the médecin traitant, the doctor of an appointment)."""
    if staff_id in (None, ""):
        raise ValidationError(field, "required")
    member = session.get(Staff, int(staff_id))
    if member is None or not member.active or "physician" not in member.role_set:
        raise ValidationError(field, "intake.not_a_physician")
    return member.id


def chart_counts(session: Session, patient_id: int) -> dict[str, int]:
    """What the chart holds for the summary steps: problems (conditions and ALD), current medications, allergies."""
    kinds = dict(session.execute(select(PatientProblem.kind, func.count()).where(
        PatientProblem.patient_id == patient_id).group_by(PatientProblem.kind)).all())
    meds = session.execute(select(func.count()).select_from(MedicationLine).where(
        MedicationLine.patient_id == patient_id, MedicationLine.stopped_at.is_(None))).scalar_one()
    return {"problems": kinds.get(ProblemKind.CONDITION.value, 0) + kinds.get(ProblemKind.LONG_TERM.value, 0),
            "medications": meds, "allergies": kinds.get(ProblemKind.ALLERGY.value, 0)}


CHART_OF_STEP = {"summary_problems": "problems", "summary_medications": "medications",
                 "summary_allergies": "allergies"}


def ins_required(patient: Patient) -> bool:
    """Whether the identity step waits for a qualified INS: a patient of France (identity vigilance, RNIV); elsewhere
    the identity is confirmed by hand."""
    return patient.country == "FR"


def locked_intake(session: Session, intake_id: int, expected_version: int, ctx: ServiceContext) -> Intake:
    """The intake, locked, checked for access and for the version the caller read; refused once it is closed."""
    intake = locked(session, Intake, intake_id)
    if intake is None:
        raise NotFoundError("intake", intake_id)
    require(ctx, "intake.manage", access_records.patient_record(session, intake.patient_id))
    if intake.version != expected_version:
        raise StaleRecordError("intake", intake_id, intake.updated_by, intake.updated_at)
    if intake.status not in OPEN_INTAKE:
        raise ValidationError("status", "intake.closed")
    return intake


def bump(ctx: ServiceContext, session: Session, intake: Intake, **values) -> int:
    """Save the intake's new values with the next version (the row is locked: nobody came in between)."""
    session.execute(update(Intake).where(Intake.id == intake.id, Intake.version == intake.version).values(
        **values, version=intake.version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    session.expire(intake)
    return intake.version


def set_step(ctx: ServiceContext, session: Session, intake_id: int, key: str, state: str, on: date | None = None,
             staff_id: int | None = None, detail: str | None = None, reason: str | None = None) -> None:
    step = session.execute(select(IntakeStep).where(IntakeStep.intake_id == intake_id,
                                                    IntakeStep.step_key == key)).scalar_one()
    step.state, step.step_on, step.staff_id, step.detail, step.reason = state, on, staff_id, detail, reason
    step.updated_at, step.updated_by = utcnow(), ctx.actor.display_name
    session.flush()


def close_if_complete(session: Session, intake_id: int) -> bool:
    """An intake in progress whose required steps are all done (or do not apply) is done, today."""
    intake = session.get(Intake, intake_id)
    if intake.status != IntakeStatus.IN_PROGRESS:
        return False
    checklist = load()
    states = dict(session.execute(select(IntakeStep.step_key, IntakeStep.state).where(
        IntakeStep.intake_id == intake_id)).all())
    if any(s.required and states.get(s.key) not in DONE_STATES for s in checklist.steps):
        return False
    session.execute(update(Intake).where(Intake.id == intake_id).values(
        status=IntakeStatus.DONE, closed_on=recurrence.today_local()))
    session.expire(intake)
    return True


def _initial_state(step: StepDef, country: str) -> str:
    return StepState.OPEN if step.applies_to(country) else StepState.NOT_APPLICABLE


def register(ctx: ServiceContext, patient_id: int, data: IntakeInput) -> int:
    """Open the patient's intake with every checklist step (those that do not apply to the patient's country marked
    so). A patient without a médecin traitant waits on the list; one who has one is in progress at once. A long-term
    condition (ALD) on the chart counts even when not ticked. Returns the intake's id; bad input names the field."""
    require(ctx, "intake.manage")
    today = recurrence.today_local()
    requested = today if data.requested_on in (None, "") else parse_date(data.requested_on, "requested_on")
    if requested > today:
        raise ValidationError("requested_on", "future_date")
    if requested.year < 1900:
        raise ValidationError("requested_on", "intake.before_1900")
    reason = clean_text(data.reason, "reason", 500)
    with ctx.transaction() as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "intake.manage", access_records.patient_record(session, patient_id))
        if session.execute(select(Intake.id).where(Intake.patient_id == patient_id)).first() is not None:
            raise ValidationError("patient", "intake.already_registered")
        has_ald = session.execute(select(PatientProblem.id).where(
            PatientProblem.patient_id == patient_id, PatientProblem.kind == ProblemKind.LONG_TERM.value)).first()
        no_gp = patient.gp_staff_id is None and not patient.gp_external_name
        intake = Intake(patient_id=patient_id, requested_on=requested, long_term=bool(data.long_term or has_ald),
                        frailty=bool(data.frailty), no_gp=no_gp, reason=reason,
                        status=IntakeStatus.WAITING if no_gp else IntakeStatus.IN_PROGRESS,
                        taken_on=None if no_gp else today, updated_by=ctx.actor.display_name)
        session.add(intake)
        session.flush()
        for step in load().steps:
            session.add(IntakeStep(intake_id=intake.id, step_key=step.key,
                                   state=_initial_state(step, patient.country), updated_by=ctx.actor.display_name))
        session.flush()
        ctx.audit(session, "intake.register", entity_type="intake", entity_id=intake.id, patient_id=patient_id,
                  detail=f"{intake.status}; requested {requested.isoformat()}; long-term {intake.long_term}; "
                         f"frailty {intake.frailty}")
        ctx.announce("intake.changed", patient_id=patient_id)
        return intake.id


def take_on(ctx: ServiceContext, intake_id: int, expected_version: int, gp_staff_id, first_appointment_on,
            patient_version: int) -> int:
    """Take a waiting patient off the list: the physician becomes the médecin traitant — through the patients
    service (``records.set_gp``: its rule, its access check, its audit event, on the patient's version the caller
    read) — and the first appointment is booked with them (recorded on the checklist). Returns the intake's new
    version."""
    require(ctx, "intake.manage")
    today = recurrence.today_local()
    on = parse_date(first_appointment_on, "first_appointment_on")
    if on < today:
        raise ValidationError("first_appointment_on", "intake.appointment_past")
    with ctx.transaction() as session:
        intake = locked_intake(session, intake_id, expected_version, ctx)
        if intake.status != IntakeStatus.WAITING:
            raise ValidationError("status", "intake.not_waiting")
        patient_records.set_gp(ctx, intake.patient_id, patient_version, gp_staff_id)
        gp = int(gp_staff_id)   # an active physician: the patients service said so
        set_step(ctx, session, intake_id, "first_appointment", StepState.DONE, on, gp)
        version = bump(ctx, session, intake, status=IntakeStatus.IN_PROGRESS, taken_on=today)
        close_if_complete(session, intake_id)
        ctx.audit(session, "intake.take_on", entity_type="intake", entity_id=intake_id,
                  patient_id=intake.patient_id, detail=f"médecin traitant staff {gp}; first appointment {on}")
        ctx.announce("intake.changed", patient_id=intake.patient_id)
        return version


def withdraw(ctx: ServiceContext, intake_id: int, expected_version: int, reason: str) -> int:
    """Withdraw the intake (the patient went elsewhere, moved …) with the reason; returns the new version."""
    require(ctx, "intake.manage")
    text = clean_text(reason, "withdrawn_reason", 500, True)
    with ctx.transaction() as session:
        intake = locked_intake(session, intake_id, expected_version, ctx)
        version = bump(ctx, session, intake, status=IntakeStatus.WITHDRAWN, withdrawn_reason=text,
                       closed_on=recurrence.today_local())
        ctx.audit(session, "intake.withdraw", entity_type="intake", entity_id=intake_id,
                  patient_id=intake.patient_id, detail=text)
        ctx.announce("intake.changed", patient_id=intake.patient_id)
        return version


def intake_of_patient(ctx: ServiceContext, patient_id: int) -> int | None:
    """The id of the patient's intake, or None."""
    require(ctx, "intake.list")
    with ctx.transaction() as session:
        return session.execute(select(Intake.id).where(Intake.patient_id == patient_id)).scalar_one_or_none()


def open_intake(ctx: ServiceContext, intake_id: int, lang: str = "fr") -> IntakeView:
    """The intake with its checklist in order and what the chart holds for the summary steps (audited read)."""
    with ctx.transaction() as session:
        intake = session.get(Intake, intake_id)
        if intake is None:
            raise NotFoundError("intake", intake_id)
        return _view(ctx, session, intake, lang)


def has_intake(ctx: ServiceContext, patient_id: int) -> bool:
    """Whether the patient has (or had) an intake: whether the chart shows its New patient tab (not audited: it
    reads no content); refused to whom may not take the patient in."""
    with ctx.reading() as session:
        require(ctx, "intake.manage", access_records.patient_record(session, patient_id))
        return session.execute(select(Intake.id).where(Intake.patient_id == patient_id).limit(1)).first() is not None


def patient_intake(ctx: ServiceContext, patient_id: int, lang: str = "fr") -> IntakeView | None:
    """The patient's intake with its checklist (the chart's tab), or None when the patient has had none. Audited when
    there is one; refused to whom may not take the patient in."""
    with ctx.transaction() as session:
        require(ctx, "intake.manage", access_records.patient_record(session, patient_id))
        intake = session.execute(select(Intake).where(Intake.patient_id == patient_id)).scalar_one_or_none()
        return None if intake is None else _view(ctx, session, intake, lang)


def _view(ctx: ServiceContext, session: Session, intake: Intake, lang: str) -> IntakeView:
    require(ctx, "intake.manage", access_records.patient_record(session, intake.patient_id))
    checklist, reasons = load(), identity_reasons()
    patient = session.get(Patient, intake.patient_id)
    rows = {s.step_key: s for s in session.execute(select(IntakeStep).where(
        IntakeStep.intake_id == intake.id)).scalars()}
    names = {sid: f"{g} {f}".strip() for sid, g, f in session.execute(select(
        Staff.id, Staff.given_names, Staff.family_name).where(
        Staff.id.in_({r.staff_id for r in rows.values() if r.staff_id}))).all()}
    counts = chart_counts(session, intake.patient_id)
    steps = []
    for d in checklist.steps:
        r = rows.get(d.key)
        state = r.state if r else _initial_state(d, patient.country)
        reason = reasons.reason(r.reason) if r and r.reason else None
        touched = r is not None and state not in (StepState.OPEN, StepState.NOT_APPLICABLE)
        steps.append(StepView(d.key, label(d.labels, lang), d.kind, d.required, state,
                              r.step_on if r else None, r.staff_id if r else None,
                              names.get(r.staff_id) if r and r.staff_id else None, r.detail if r else None,
                              counts.get(CHART_OF_STEP.get(d.key, "")),
                              r.reason if r else None, label(reason.labels, lang) if reason else None,
                              r.updated_by if touched else None, r.updated_at if touched else None))
    ctx.audit(session, "intake.read", entity_type="intake", entity_id=intake.id, patient_id=intake.patient_id)
    return IntakeView(intake.id, intake.version, patient.id, f"{patient.family_name.upper()} {patient.given_names}",
                      patient.birth_date, patient.country, intake.status, intake.requested_on, intake.long_term,
                      intake.frailty, intake.no_gp, intake.reason, intake.taken_on, intake.closed_on,
                      intake.withdrawn_reason, exportable_ins(patient) is not None, patient.gp_staff_id,
                      tuple(steps), patient.version)


def identity_reason_choices(lang: str = "fr") -> list[tuple[str, str]]:
    """The reasons an identity cannot be qualified (code, words), in their order, for the checklist's choice."""
    return [(r.code, label(r.labels, lang)) for r in identity_reasons().reasons]


def physicians(ctx: ServiceContext) -> list[tuple[int, str]]:
    """The practice's active physicians (id, name), for the médecin traitant and appointment choices."""
    require(ctx, "intake.list")
    with ctx.transaction() as session:
        rows = session.execute(select(Staff).where(Staff.active.is_(True)).order_by(Staff.family_name)).scalars()
        return [(s.id, s.display_name) for s in rows if "physician" in s.role_set]
