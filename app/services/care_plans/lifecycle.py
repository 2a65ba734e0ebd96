"""The plan's lifecycle: draft → validated → active → revised (a new version) → … → closed.

Validation is the médecin traitant's (a physician of the practice; the patient's own médecin traitant when
the chart names one) and records the patient's agreement: its date and how it was obtained. Activation
turns actions into tasks; closing cancels the tasks still open. Every step keeps a version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.models.base import utcnow
from app.models.care_plan import CarePlanAction, CarePlanGoal, CarePlanVersion, PlanStatus
from app.services.care_plans import action_tasks as care_plan_tasks
from app.services.care_plans.diff import diff_snapshots
from app.services.care_plans.plan_input import optional_date
from app.services.care_plans.plans import bump, plan_for
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.tasks import recurrence

S = PlanStatus
TRANSITIONS = {S.DRAFT: (S.VALIDATED, S.CLOSED), S.VALIDATED: (S.ACTIVE, S.REVISED, S.CLOSED),
               S.ACTIVE: (S.REVISED, S.CLOSED), S.REVISED: (S.VALIDATED, S.CLOSED), S.CLOSED: ()}


@dataclass(frozen=True)
class VersionRow:
    """One kept version of a plan."""

    version: int
    revision: int
    status: str
    change: str
    saved_at: datetime
    saved_by: str


def _check_move(plan, new_status: str) -> None:
    if new_status not in TRANSITIONS[plan.status]:
        raise ValidationError("status", "care_plans.transition_not_allowed", plan_status=plan.status,
                              wanted_plan_status=new_status, next_plan_statuses=TRANSITIONS[plan.status])


def validate(ctx: ServiceContext, plan_id: int, expected_version: int, *, agreement_date, agreement_how: str) -> int:
    """The médecin traitant validates the plan, with the patient's agreement; returns the new version."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.validate", plan_id, expected_version)
        _check_move(plan, S.VALIDATED)
        day = optional_date(agreement_date, "patient_agreement_date")
        if day is None:
            raise ValidationError("patient_agreement_date", "required")
        if day > recurrence.today_local():
            raise ValidationError("patient_agreement_date", "care_plans.in_future")
        how = clean_text(agreement_how, "patient_agreement_how", 200, required=True)
        if plan.review_date is None:
            raise ValidationError("review_date", "care_plans.review_date_needed")
        goals = session.exec(select(CarePlanGoal.id).where(CarePlanGoal.plan_id == plan_id)).first()
        if goals is None:
            raise ValidationError("goals", "care_plans.no_goal")
        plan = bump(ctx, session, plan_id, expected_version, "validated", status=S.VALIDATED,
                    validated_by_staff_id=ctx.actor.staff_id, validated_at=utcnow(), patient_agreement_date=day,
                    patient_agreement_how=how)
        ctx.audit(session, "care_plan.validate", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id)
        return plan.version


def activate(ctx: ServiceContext, plan_id: int, expected_version: int) -> int:
    """Put a validated plan into action: each action with a person or a role responsible gets its task."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.activate", plan_id, expected_version)
        _check_move(plan, S.ACTIVE)
        plan = bump(ctx, session, plan_id, expected_version, "activated", status=S.ACTIVE)
        created = care_plan_tasks.create_tasks(ctx, session, plan)
        ctx.audit(session, "care_plan.activate", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id, detail=f"{created} tasks created")
        return plan.version


def revise(ctx: ServiceContext, plan_id: int, expected_version: int) -> int:
    """Start the next version of a validated or active plan (it must be validated again)."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.edit", plan_id, expected_version)
        _check_move(plan, S.REVISED)
        plan = bump(ctx, session, plan_id, expected_version, f"revision {plan.revision + 1} started",
                    status=S.REVISED, revision=plan.revision + 1, validated_by_staff_id=None, validated_at=None,
                    patient_agreement_date=None, patient_agreement_how=None)
        ctx.audit(session, "care_plan.revise", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id)
        return plan.version


def close(ctx: ServiceContext, plan_id: int, expected_version: int, reason: str) -> int:
    """Close the plan (situation stable, goals met, patient moved …): open tasks of its actions are cancelled."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.close", plan_id, expected_version)
        _check_move(plan, S.CLOSED)
        why = clean_text(reason, "closed_reason", 500, required=True)
        plan = bump(ctx, session, plan_id, expected_version, "closed", status=S.CLOSED, closed_at=utcnow(),
                    closed_reason=why)
        actions = session.exec(select(CarePlanAction.id).where(CarePlanAction.plan_id == plan_id)).all()
        care_plan_tasks.cancel_open_tasks(ctx, session, list(actions), f"care plan closed: {why}")
        ctx.audit(session, "care_plan.close", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id)
        return plan.version


def history(ctx: ServiceContext, plan_id: int) -> list[VersionRow]:
    """Every kept version, newest first."""
    with ctx.transaction() as session:
        plan_for(ctx, session, "care_plan.read", plan_id)
        rows = session.exec(select(CarePlanVersion).where(CarePlanVersion.plan_id == plan_id)
                            .order_by(CarePlanVersion.version.desc())).all()
        return [VersionRow(v.version, v.revision, v.status, v.change, v.saved_at, v.saved_by) for v in rows]


def _snapshot(session, plan_id: int, version: int) -> dict:
    row = session.exec(select(CarePlanVersion).where(CarePlanVersion.plan_id == plan_id,
                                                     CarePlanVersion.version == version)).first()
    if row is None:
        raise NotFoundError("care_plan_version", version, plan_id=plan_id)
    return json.loads(row.snapshot)


def diff(ctx: ServiceContext, plan_id: int, older: int, newer: int) -> list[str]:
    """What changed between two kept versions, one readable line per change."""
    with ctx.transaction() as session:
        plan_for(ctx, session, "care_plan.read", plan_id)
        if older > newer:
            older, newer = newer, older
        return diff_snapshots(_snapshot(session, plan_id, older), _snapshot(session, plan_id, newer))
