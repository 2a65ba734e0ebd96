"""Deprescribing plans: stop or reduce one medication in dated steps, with the patient's agreement and follow-up
calls by the nurse, pharmacist or medical assistant.

A physician or a pharmacist makes the plan (from a review finding or from the list), from a taper scheme's
proposal (``taper_schemes``) edited as needed. While the patient's agreement is not recorded the plan is a draft;
recording it makes the plan active and creates one follow-up call (a task) per step, ``follow_up_days`` after it.
On and after a step's date the step is proposed to the physician, who confirms it — the medication line gets the
step's posology, or is stopped by the last step, in the same transaction — or skips it. Steps are decided in
order. When every step is decided the plan is completed. The care plan shows the patient's plans and their steps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.deprescribing import DeprescribingPlan, DeprescribingStatus, DeprescribingStep, StepState
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import OPEN_STATUSES, Task, TaskStatus
from app.services.care_plans import deprescribing_input as inputs
from app.services.care_plans import taper_schemes
from app.services.care_plans.deprescribing_input import Agreement, DeprescribingInput
from app.services.care_plans.taper_schemes import ProposedStep
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.labels import LANGS, lang_of
from app.services.kernel.locks import locked
from app.services.kernel.shared_texts import practice_language
from app.services.kernel.validation import clean_text
from app.services.medications import medication_list as medications
from app.services.medications import posology as posologies
from app.services.medications.posology import Posology
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.actor import SYSTEM
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_flow import TaskInput

ORIGIN = "deprescribing_step"
TASK_TYPE = "deprescribing_follow_up"
TEXTS = {
    "task": ("Appel de suivi — déprescription de {drug}, étape {n}", "Nachfragen — Deprescribing {drug}, Schritt {n}",
             "Follow-up call — deprescribing {drug}, step {n}"),
    "task_text": ("Appeler le patient : tolérance de l'étape {n} du {day} (symptômes de sevrage, sommeil, "
                  "douleur, reprise du médicament ?). Noter le résultat.",
                  "Patient anrufen: Verträglichkeit von Schritt {n} vom {day} (Entzugssymptome, Schlaf, Schmerzen, "
                  "Wiedereinnahme?). Ergebnis festhalten.",
                  "Call the patient: how step {n} of {day} is tolerated (withdrawal symptoms, sleep, pain, taken "
                  "again?). Record the result."),
    "stop": ("Plan de déprescription : dernière étape ({n})", "Deprescribing-Plan: letzter Schritt ({n})",
             "Deprescribing plan: last step ({n})"),
}


@dataclass(frozen=True)
class StepRow:
    id: int
    number: int
    due_date: date
    stop: bool
    posology: Posology | None
    state: str
    decided_by: str | None
    decided_at: datetime | None
    note: str | None
    task_id: int | None
    task_status: str | None


@dataclass(frozen=True)
class PlanRow:
    id: int
    patient_id: int
    version: int
    line_id: int
    drug: str
    unit: str | None
    scheme_key: str
    status: str
    reason: str | None
    finding_code: str | None
    agreed_on: date | None
    agreed_how: str | None
    agreement_recorded_by: str | None
    follow_up_name: str | None
    follow_up_role: str | None
    follow_up_days: int
    created_by: str
    steps: tuple[StepRow, ...]

    def due(self, today: date) -> list[StepRow]:
        """The step to decide now: the first undecided step when its date has come (an active plan only)."""
        if self.status != DeprescribingStatus.ACTIVE:
            return []
        first = next((s for s in self.steps if s.state == StepState.PLANNED), None)
        return [first] if first is not None and first.due_date <= today else []


def _say(session: Session, key: str, **fields) -> str:
    return TEXTS[key][LANGS.index(practice_language(session))].format(**fields)


def follow_up_texts(session: Session, drug: str, number: int, due: date) -> tuple[str, str]:
    """The title and description of the follow-up call after step ``number`` (due ``due``), in the practice's
    language."""
    return (_say(session, "task", drug=drug, n=number)[:200],
            _say(session, "task_text", n=number, day=f"{due:%d.%m.%Y}"))


def stop_reason(session: Session, number: int) -> str:
    """Why the line stops when the last step (``number``) is confirmed, in the practice's language."""
    return _say(session, "stop", n=number)


def _line(session: Session, line_id: int | None) -> MedicationLine:
    line = session.get(MedicationLine, line_id) if line_id is not None else None
    if line is None:
        raise ValidationError("line_id", "deprescribing.unknown_line")
    if line.stopped_at is not None:
        raise ValidationError("line_id", "deprescribing.line_stopped")
    return line


def propose_steps(ctx: ServiceContext, line_id: int, scheme_key: str, start: date | str | None = None
                  ) -> list[ProposedStep]:
    """The steps a scheme proposes for a current line from ``start`` (today when empty); nothing is stored."""
    with ctx.transaction() as session:
        line = _line(session, line_id)
        require(ctx, "deprescribing.plan", access_records.patient_record(session, line.patient_id))
        day = posologies.optional_date(start, "start") or recurrence.today_local()
        proposal = taper_schemes.propose(scheme_key, medications.posology_of(line), day)
        ctx.audit(session, "deprescribing.propose", entity_type="medication_line", entity_id=line.id,
                  patient_id=line.patient_id, detail=scheme_key)
        return proposal


def create_plan(ctx: ServiceContext, patient_id: int, data: DeprescribingInput) -> int:
    """Save a plan for one of the patient's current lines; with the agreement given, the plan is active at once
    (follow-up tasks created). Returns the plan's id."""
    with ctx.transaction() as session:
        require(ctx, "deprescribing.plan", access_records.patient_record(session, patient_id))
        line = _line(session, data.line_id)
        if line.patient_id != patient_id:
            raise ValidationError("line_id", "deprescribing.unknown_line")
        scheme = taper_schemes.scheme(data.scheme_key)
        today = recurrence.today_local()
        steps = inputs.checked_steps(data.steps, medications.posology_of(line), today)
        staff_id, role, days = inputs.checked_follow_up(session, data)
        agreement = inputs.checked_agreement(data.agreement, today)
        open_plan = session.exec(select(DeprescribingPlan.id).where(
            DeprescribingPlan.line_id == line.id,
            DeprescribingPlan.status.in_([DeprescribingStatus.DRAFT, DeprescribingStatus.ACTIVE]))).first()
        if open_plan is not None:
            raise ValidationError("line_id", "deprescribing.open_plan_exists")
        plan = DeprescribingPlan(patient_id=patient_id, line_id=line.id,
                                 drug=(line.product_name or line.substances)[:200], scheme_key=scheme.key,
                                 follow_up_staff_id=staff_id, follow_up_role=role, follow_up_days=days,
                                 created_by=ctx.actor.display_name, updated_by=ctx.actor.display_name,
                                 **inputs.checked_texts(data))
        session.add(plan)
        session.flush()
        for n, (day, stop, posology) in enumerate(steps, start=1):
            session.add(DeprescribingStep(plan_id=plan.id, number=n, due_date=day, stop=stop,
                                          posology=json.dumps(posologies.to_dict(posology)) if posology else None))
        session.flush()
        ctx.audit(session, "deprescribing.create", entity_type="deprescribing_plan", entity_id=plan.id,
                  patient_id=patient_id, detail=f"{scheme.key}, {len(steps)} steps, line {line.id}")
        if agreement:
            _agree(ctx, session, plan, agreement)
        ctx.announce("deprescribing.changed", patient_id=patient_id)
        return plan.id


def _agree(ctx: ServiceContext, session: Session, plan: DeprescribingPlan, agreement: tuple[date, str]) -> None:
    plan.agreed_on, plan.agreed_how = agreement
    plan.agreement_recorded_by, plan.agreement_recorded_at = ctx.actor.display_name, utcnow()
    plan.status = DeprescribingStatus.ACTIVE
    session.add(plan)
    _create_follow_ups(ctx, session, plan)
    ctx.audit(session, "deprescribing.agreement", entity_type="deprescribing_plan", entity_id=plan.id,
              patient_id=plan.patient_id, detail=f"{agreement[0].isoformat()} {agreement[1]}")


def _create_follow_ups(ctx: ServiceContext, session: Session, plan: DeprescribingPlan) -> None:
    # The calls are a consequence of the agreed plan, made by Cordée in the same unit of work: the pharmacist who
    # makes a plan may not assign tasks to others himself.
    system = ctx.in_same_unit_as(SYSTEM)
    for step in _steps(session, plan.id):
        if step.state != StepState.PLANNED or step.task_id is not None:
            continue
        title, description = follow_up_texts(session, plan.drug, step.number, step.due_date)
        step.task_id = tasks.create_task(system, TaskInput(
            title=title, description=description,
            task_type=TASK_TYPE, patient_id=plan.patient_id, assignee_staff_id=plan.follow_up_staff_id,
            pool_role=plan.follow_up_role, due_date=step.due_date + timedelta(days=plan.follow_up_days),
            origin_type=ORIGIN, origin_id=step.id), dedup_key=f"{ORIGIN}:{step.id}")
        session.add(step)


def _steps(session: Session, plan_id: int) -> list[DeprescribingStep]:
    return list(session.exec(select(DeprescribingStep).where(DeprescribingStep.plan_id == plan_id)
                             .order_by(DeprescribingStep.number)))


def _plan(session: Session, plan_id: int, expected_version: int) -> DeprescribingPlan:
    plan = locked(session, DeprescribingPlan, plan_id)
    if plan is None:
        raise NotFoundError("deprescribing plan", plan_id)
    if plan.version != expected_version:
        raise StaleRecordError("deprescribing plan", plan_id, plan.updated_by, plan.updated_at)
    return plan


def _bump(ctx: ServiceContext, session: Session, plan: DeprescribingPlan) -> int:
    plan.version += 1
    plan.updated_at, plan.updated_by = utcnow(), ctx.actor.display_name
    session.add(plan)
    session.flush()
    ctx.announce("deprescribing.changed", patient_id=plan.patient_id)
    return plan.version


def record_agreement(ctx: ServiceContext, plan_id: int, expected_version: int, agreement: Agreement) -> int:
    """Record the patient's agreement on a draft plan: it becomes active and its follow-up calls are created.
    Returns the new version."""
    with ctx.transaction() as session:
        plan = _plan(session, plan_id, expected_version)
        require(ctx, "deprescribing.plan", access_records.patient_record(session, plan.patient_id))
        if plan.status != DeprescribingStatus.DRAFT:
            raise ValidationError("status", "deprescribing.not_draft")
        checked = inputs.checked_agreement(agreement, recurrence.today_local())
        if checked is None:
            raise ValidationError("agreed_how", "required")
        _agree(ctx, session, plan, checked)
        return _bump(ctx, session, plan)


def _decidable(session: Session, plan: DeprescribingPlan, step_id: int, today: date) -> DeprescribingStep:
    if plan.status != DeprescribingStatus.ACTIVE:
        raise ValidationError("status", "deprescribing.not_active")
    steps = _steps(session, plan.id)
    step = next((s for s in steps if s.id == step_id), None)
    if step is None:
        raise NotFoundError("deprescribing step", step_id)
    if step.state != StepState.PLANNED:
        raise ValidationError("step", "deprescribing.step_decided")
    if any(s.state == StepState.PLANNED and s.number < step.number for s in steps):
        raise ValidationError("step", "deprescribing.earlier_step_open")
    if step.due_date > today:
        raise ValidationError("step", "deprescribing.step_not_due", due=step.due_date)
    return step


def _decide(ctx: ServiceContext, session: Session, plan: DeprescribingPlan, step: DeprescribingStep, state: str,
            note: str | None) -> None:
    step.state, step.note = state, note
    step.decided_by, step.decided_by_staff_id, step.decided_at = ctx.actor.display_name, ctx.actor.staff_id, utcnow()
    session.add(step)
    session.flush()
    if all(s.state != StepState.PLANNED for s in _steps(session, plan.id)):
        plan.status = DeprescribingStatus.COMPLETED


def confirm_step(ctx: ServiceContext, plan_id: int, expected_version: int, step_id: int,
                 today: date | None = None) -> int:
    """The physician confirms a due step: the line takes the step's posology (or is stopped by the last step) in
    this transaction. Returns the plan's new version."""
    with ctx.transaction() as session:
        plan = _plan(session, plan_id, expected_version)
        require(ctx, "deprescribing.confirm", access_records.patient_record(session, plan.patient_id))
        day = today or recurrence.today_local()
        step = _decidable(session, plan, step_id, day)
        current = next((r for r in medications.current_lines(session, plan.patient_id) if r.id == plan.line_id), None)
        if current is None:
            raise ValidationError("step", "deprescribing.line_stopped")
        if step.stop:
            medications.stop_medication(ctx, current.id, current.version, stop_reason(session, step.number), day)
        else:
            target = posologies.from_dict(json.loads(step.posology))
            now = current.data.posology
            data = replace(current.data, posology=replace(target, start_date=now.start_date, end_date=now.end_date))
            medications.change_medication(ctx, current.id, current.version, data)
        _decide(ctx, session, plan, step, StepState.APPLIED, None)
        ctx.audit(session, "deprescribing.confirm", entity_type="deprescribing_plan", entity_id=plan.id,
                  patient_id=plan.patient_id, detail=f"step {step.number}" + (" (stop)" if step.stop else ""))
        return _bump(ctx, session, plan)


def skip_step(ctx: ServiceContext, plan_id: int, expected_version: int, step_id: int, reason: str,
              today: date | None = None) -> int:
    """The physician skips a due step (the list stays as it is; the reason is kept). Returns the new version."""
    with ctx.transaction() as session:
        plan = _plan(session, plan_id, expected_version)
        require(ctx, "deprescribing.confirm", access_records.patient_record(session, plan.patient_id))
        why = clean_text(reason, "reason", 500, required=True)
        step = _decidable(session, plan, step_id, today or recurrence.today_local())
        _decide(ctx, session, plan, step, StepState.SKIPPED, why)
        ctx.audit(session, "deprescribing.skip", entity_type="deprescribing_plan", entity_id=plan.id,
                  patient_id=plan.patient_id, detail=f"step {step.number}: {why[:150]}")
        return _bump(ctx, session, plan)


def cancel_plan(ctx: ServiceContext, plan_id: int, expected_version: int, reason: str) -> int:
    """Cancel a draft or active plan (the list stays as it is; open follow-up calls are cancelled)."""
    with ctx.transaction() as session:
        plan = _plan(session, plan_id, expected_version)
        require(ctx, "deprescribing.plan", access_records.patient_record(session, plan.patient_id))
        why = clean_text(reason, "reason", 500, required=True)
        if plan.status not in (DeprescribingStatus.DRAFT, DeprescribingStatus.ACTIVE):
            raise ValidationError("status", "deprescribing.not_open")
        plan.status, plan.closed_reason = DeprescribingStatus.CANCELLED, why
        system = ctx.in_same_unit_as(SYSTEM)
        ids = [s.task_id for s in _steps(session, plan.id) if s.task_id]
        for task in session.exec(select(Task).where(Task.id.in_(ids))).all() if ids else []:
            if task.status in [s.value for s in OPEN_STATUSES]:
                tasks.transition(system, task.id, task.version, TaskStatus.CANCELLED, reason=why[:500])
        ctx.audit(session, "deprescribing.cancel", entity_type="deprescribing_plan", entity_id=plan.id,
                  patient_id=plan.patient_id, detail=why[:200])
        return _bump(ctx, session, plan)


def rows_for(session: Session, patient_id: int) -> list[PlanRow]:
    """The patient's plans with their steps, newest first, without access check or audit (for other services)."""
    plans = list(session.exec(select(DeprescribingPlan).where(DeprescribingPlan.patient_id == patient_id)
                              .order_by(DeprescribingPlan.id.desc())))
    if not plans:
        return []
    steps = list(session.exec(select(DeprescribingStep).where(DeprescribingStep.plan_id.in_([p.id for p in plans]))
                              .order_by(DeprescribingStep.plan_id, DeprescribingStep.number)))
    task_ids = [s.task_id for s in steps if s.task_id]
    task_status = dict(session.exec(select(Task.id, Task.status).where(Task.id.in_(task_ids))).all()) \
        if task_ids else {}
    staff_ids = {p.follow_up_staff_id for p in plans if p.follow_up_staff_id}
    names = {s.id: s.display_name for s in session.exec(select(Staff).where(Staff.id.in_(staff_ids)))} \
        if staff_ids else {}
    units = dict(session.exec(select(MedicationLine.id, MedicationLine.unit)
                              .where(MedicationLine.id.in_([p.line_id for p in plans]))).all())
    out = []
    for p in plans:
        mine = tuple(StepRow(s.id, s.number, s.due_date, s.stop,
                             posologies.from_dict(json.loads(s.posology)) if s.posology else None, s.state,
                             s.decided_by, s.decided_at, s.note, s.task_id, task_status.get(s.task_id))
                     for s in steps if s.plan_id == p.id)
        out.append(PlanRow(p.id, p.patient_id, p.version, p.line_id, p.drug, units.get(p.line_id), p.scheme_key,
                           p.status, p.reason, p.finding_code, p.agreed_on, p.agreed_how, p.agreement_recorded_by,
                           names.get(p.follow_up_staff_id), p.follow_up_role, p.follow_up_days, p.created_by, mine))
    return out


def patient_plans(ctx: ServiceContext, patient_id: int) -> list[PlanRow]:
    """The patient's deprescribing plans and their steps (audited read; whoever may read the medication list)."""
    with ctx.transaction() as session:
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        rows = rows_for(session, patient_id)
        ctx.audit(session, "deprescribing.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return rows


def get_plan(ctx: ServiceContext, plan_id: int) -> PlanRow:
    """One plan with its steps (audited read)."""
    with ctx.transaction() as session:
        plan = session.get(DeprescribingPlan, plan_id)
        if plan is None:
            raise NotFoundError("deprescribing plan", plan_id)
    return next(r for r in patient_plans(ctx, plan.patient_id) if r.id == plan_id)


def due_steps(ctx: ServiceContext, patient_id: int, today: date | None = None) -> list[tuple[PlanRow, StepRow]]:
    """The steps the physician is asked to confirm now (one per active plan at most)."""
    day = today or recurrence.today_local()
    return [(plan, step) for plan in patient_plans(ctx, patient_id) for step in plan.due(day)]



def patient_sheet(ctx: ServiceContext, plan_id: int, lang: str | None = None, today: date | None = None) -> bytes:
    """The patient's printout of a plan (PDF bytes, audited), in ``lang`` or else the patient's language."""
    from app.services.care_plans import deprescribing_pdf  # imported inside: reportlab only when printing
    plan = get_plan(ctx, plan_id)
    with ctx.transaction() as session:
        require(ctx, "medication.read", access_records.patient_record(session, plan.patient_id))
        patient = session.get(Patient, plan.patient_id)
        name = f"{patient.given_names} {patient.family_name}"
        language = lang_of(lang or patient.preferred_language)
        ctx.audit(session, "deprescribing.print", entity_type="deprescribing_plan", entity_id=plan_id,
                  patient_id=plan.patient_id, detail=language)
    return deprescribing_pdf.render(plan, taper_schemes.scheme(plan.scheme_key), name, ctx.actor.display_name,
                                    today or recurrence.today_local(), language, practice.get_practice(ctx))


__all__ = ["ORIGIN", "TASK_TYPE", "StepRow", "PlanRow", "follow_up_texts", "stop_reason", "propose_steps",
           "create_plan", "record_agreement",
           "confirm_step", "skip_step", "cancel_plan", "rows_for", "patient_plans", "get_plan", "due_steps", "patient_sheet"]
