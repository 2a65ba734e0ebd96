"""One step from a message to a task, an alert or a care-plan revision; each keeps a link back to the message
(``MessageLink``; a task also names it as its origin) and quotes it.

* ``to_task`` — a task with the message as its description (on the thread's patient, if any).
* ``to_alert`` — a doctor ↔ pharmacist alert on the thread's patient, the message as its problem text unless
  the form gives one.
* ``to_plan_revision`` — the patient's plan in force: a validated or active plan starts its next revision, and
  the message is added to it as a problem quoting it, with its author as the source (the team then reviews
  the revision and the médecin traitant validates it again).
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session, select

from app.models.care_plan import CarePlan, PlanStatus
from app.models.message import MessageLink, MessageThread, TeamMessage
from app.services.alerts import alert_flow
from app.services.alerts.alert_input import AlertInput
from app.services.care_plans import lifecycle, plans
from app.services.care_plans.plan_input import ProblemInput
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.messages import threads
from app.services.security.access import require
from app.services.tasks import task_flow
from app.services.tasks.task_input import TaskInput

KINDS = ("task", "alert", "care_plan")


def quote(message: TeamMessage, limit: int) -> str:
    """The message as a quotation of at most ``limit`` characters."""
    text = " ".join(message.body.split())
    inner = limit - 2
    return "«" + (text if len(text) <= inner else text[:inner - 1] + "…") + "»"


def _source(ctx: ServiceContext, session: Session, message_id: int) -> tuple[MessageThread, TeamMessage]:
    """The message and its thread, once the user may read it; a retracted message is turned into nothing."""
    message = threads.get_message(session, message_id)
    thread = threads.get_thread(session, message.thread_id)
    require(ctx, "message.read", threads.thread_record(session, thread))
    if message.retracted_at is not None:
        raise ValidationError("message_id", "messages.retracted_message")
    return thread, message


def _link(ctx: ServiceContext, session: Session, thread: MessageThread, message: TeamMessage, kind: str,
          target_id: int, revision: int | None = None) -> None:
    session.add(MessageLink(message_id=message.id, kind=kind, target_id=target_id, target_revision=revision,
                            created_by_staff_id=ctx.actor.staff_id))
    ctx.audit(session, "message.convert", entity_type="team_message", entity_id=message.id,
              patient_id=thread.patient_id, detail=f"{kind} {target_id}")
    threads.announce(ctx, thread, message)


def to_task(ctx: ServiceContext, message_id: int, data: TaskInput) -> int:
    """Create a task from a message (its title from the form, the message quoted as its description unless the
    form gives one); returns the task id."""
    with ctx.transaction() as session:
        thread, message = _source(ctx, session, message_id)
        task_data = replace(data, patient_id=thread.patient_id, origin_type="message", origin_id=message.id,
                            description=data.description or quote(message, 10000))
        task_id = task_flow.create_task(ctx, task_data)
        _link(ctx, session, thread, message, "task", task_id)
        return task_id


def to_alert(ctx: ServiceContext, message_id: int, data: AlertInput) -> int:
    """Raise an alert on the thread's patient from a message (the message quoted as the problem unless the form
    gives one); returns the alert id."""
    with ctx.transaction() as session:
        thread, message = _source(ctx, session, message_id)
        if thread.patient_id is None:
            raise ValidationError("message_id", "messages.no_patient")
        alert_data = replace(data, patient_id=thread.patient_id, problem_text=data.problem_text or quote(message, 4000))
        alert_id = alert_flow.raise_alert(ctx, alert_data)
        _link(ctx, session, thread, message, "alert", alert_id)
        return alert_id


def to_plan_revision(ctx: ServiceContext, message_id: int, *, domain: str = "medical",
                     priority: str = "medium") -> int:
    """Open the next revision of the patient's plan in force (a draft or a revision under way takes the message as
    it is) with the message as a problem quoting it; returns the plan id."""
    with ctx.transaction() as session:
        thread, message = _source(ctx, session, message_id)
        if thread.patient_id is None:
            raise ValidationError("message_id", "messages.no_patient")
        plan = session.exec(select(CarePlan).where(CarePlan.patient_id == thread.patient_id,
                                                   CarePlan.status != PlanStatus.CLOSED)).first()
        if plan is None:
            raise ValidationError("message_id", "messages.no_plan_in_force")
        version = plan.version
        if plan.status in (PlanStatus.VALIDATED, PlanStatus.ACTIVE):
            version = lifecycle.revise(ctx, plan.id, version)
        source = f"{message.author_name} ({message.created_at:%Y-%m-%d})"[:200]
        plans.save_item(ctx, plan.id, version, "problem",
                        ProblemInput(domain=domain, label=quote(message, 300), priority=priority, source=source))
        plan = plans.get_plan_row(session, plan.id)
        _link(ctx, session, thread, message, "care_plan", plan.id, plan.revision)
        return plan.id

