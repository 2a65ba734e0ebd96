"""Follow a local pathway from a referral: each step becomes a task for the patient, offered to the step's role
pool and due its delay after the day the pathway is followed. Following again creates no task twice (each step's
task carries a key made of the referral, the pathway and the step's position), so a step added later is the only
new task."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import select

from app.models.coordination import Referral
from app.models.directory import DirectoryPathway, DirectoryPathwayStep
from app.models.task import Task
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence, task_flow
from app.services.tasks.task_input import TaskInput

ORIGIN = "referral"


@dataclass(frozen=True)
class FollowResult:
    created_task_ids: tuple[int, ...]
    already_there: int      # steps whose task an earlier follow created


def step_key(referral_id: int, pathway_id: int, position: int) -> str:
    return f"pathway:{referral_id}:{pathway_id}:{position}"


def follow_pathway(ctx: ServiceContext, referral_id: int, pathway_id: int, *,
                   today: date | None = None) -> FollowResult:
    """Create the tasks of the pathway's steps for the referral's patient (once per step)."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError("referral", referral_id)
        require(ctx, "referral.update", access_records.patient_record(session, referral.patient_id))
        pathway = session.get(DirectoryPathway, pathway_id)
        if pathway is None:
            raise NotFoundError("directory_pathway", pathway_id)
        if referral.directory_resource_id != pathway.resource_id:
            raise ValidationError("pathway", "directory.pathway_not_of_resource")
        steps = session.exec(select(DirectoryPathwayStep).where(DirectoryPathwayStep.pathway_id == pathway_id)
                             .order_by(DirectoryPathwayStep.position)).all()
        keys = {s.position: step_key(referral_id, pathway_id, s.position) for s in steps}
        existing = set(session.exec(select(Task.dedup_key).where(Task.dedup_key.in_(list(keys.values())))).all())
        created = []
        for s in steps:
            if keys[s.position] in existing:
                continue
            created.append(task_flow.create_task(ctx, TaskInput(
                title=f"{pathway.name[:90]}: {s.label}"[:200], description=referral.recipient, task_type="pathway_step",
                patient_id=referral.patient_id, pool_role=s.pool_role, due_date=today + timedelta(days=s.delay_days),
                origin_type=ORIGIN, origin_id=referral_id), dedup_key=keys[s.position]))
        ctx.audit(session, "directory.pathway_follow", entity_type="referral", entity_id=referral_id,
                  patient_id=referral.patient_id, detail=f"pathway {pathway_id}: {len(created)} tasks")
        return FollowResult(tuple(created), len(steps) - len(created))


def pathway_tasks(ctx: ServiceContext, referral_id: int) -> list[tuple[int, str, str]]:
    """The tasks the pathways of a referral created: (task id, title, status), in order of creation."""
    with ctx.transaction() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError("referral", referral_id)
        require(ctx, "referral.read", access_records.patient_record(session, referral.patient_id))
        rows = session.exec(select(Task.id, Task.title, Task.status).where(
            Task.origin_type == ORIGIN, Task.origin_id == referral_id).order_by(Task.id)).all()
        return [(r[0], r[1], r[2]) for r in rows]
