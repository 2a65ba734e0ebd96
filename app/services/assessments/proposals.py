"""Accept what an assessment's result proposes: a task for the pool the instrument names (linked to the assessment,
made once), or a need added as a problem to the patient's care plan in force (the next revision opened when the
plan is validated or in action), once."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from app.models.assessment import AcceptedProposal, Assessment
from app.models.care_plan import CarePlan, PlanStatus
from app.services.assessments import records
from app.services.assessments.instruments import label
from app.services.care_plans import lifecycle, plans
from app.services.care_plans.plan_input import ProblemInput
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence, task_flow
from app.services.tasks.task_input import TaskInput

TASK_TYPE = "assessment"
ORIGIN = "assessment"


def dedup_key(assessment_id: int, action_key: str) -> str:
    return f"assess:{assessment_id}:{action_key}"


def accept(ctx: ServiceContext, assessment_id: int, action_key: str, lang: str = "fr") -> records.Proposal:
    """Carry out one proposal of the assessment; accepting it again returns what was made the first time."""
    require(ctx, "assessment.record")
    with ctx.transaction() as session:
        row = session.get(Assessment, assessment_id)
        if row is None:
            raise NotFoundError("assessment", assessment_id)
        require(ctx, "assessment.record", access_records.patient_record(session, row.patient_id))
        instrument = records.instrument_of(row.instrument_id, row.instrument_version)
        actions = {a.key: a for a in records.result_of(row, instrument).actions}
        proposed = {p.key: p for p in records.proposals_of(row, instrument, [], lang)}
        if action_key not in proposed:
            raise ValidationError("proposal", "assessments.not_proposed", value=str(action_key))
        done = session.exec(select(AcceptedProposal).where(AcceptedProposal.assessment_id == assessment_id,
                                                           AcceptedProposal.action_key == action_key)).first()
        if done is not None:
            return replace(proposed[action_key], accepted=True, task_id=done.task_id, care_plan_id=done.care_plan_id)
        action = actions[action_key]
        why = f"{label(instrument.title, lang)}: {row.score}/{instrument.score_max}"
        task_id = plan_id = None
        if action.kind == "task":
            task_id = task_flow.create_task(ctx, TaskInput(
                title=label(action.text, lang), description=why, task_type=TASK_TYPE, patient_id=row.patient_id,
                pool_role=action.pool_role, priority=action.priority, due_date=recurrence.today_local(),
                origin_type=ORIGIN, origin_id=row.id), dedup_key=dedup_key(row.id, action_key))
        else:
            plan_id = _add_need(ctx, session, row, label(action.text, lang), action.domain, action.priority,
                                f"{instrument.id} {row.done_at:%Y-%m-%d}")
        session.add(AcceptedProposal(assessment_id=row.id, action_key=action_key, kind=action.kind, task_id=task_id,
                                     care_plan_id=plan_id, accepted_by=ctx.actor.display_name))
        session.flush()
        ctx.audit(session, "assessment.accept", entity_type="assessment", entity_id=row.id,
                  patient_id=row.patient_id, detail=f"{action_key} task={task_id} plan={plan_id}")
        ctx.announce("assessment.changed", patient_id=row.patient_id)
        return replace(proposed[action_key], accepted=True, task_id=task_id, care_plan_id=plan_id)


def _add_need(ctx: ServiceContext, session, row: Assessment, text: str, domain: str, priority: str,
              source: str) -> int:
    plan = session.exec(select(CarePlan).where(CarePlan.patient_id == row.patient_id,
                                               CarePlan.status != PlanStatus.CLOSED)).first()
    if plan is None:
        raise ValidationError("proposal", "assessments.no_plan_in_force")
    version = plan.version
    if plan.status in (PlanStatus.VALIDATED, PlanStatus.ACTIVE):
        version = lifecycle.revise(ctx, plan.id, version)
    plans.save_item(ctx, plan.id, version, "problem",
                    ProblemInput(domain=domain, label=text[:300], priority=priority, source=source))
    return plan.id
