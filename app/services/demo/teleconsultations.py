"""Demo data for nurse-assisted teleconsultations: one booked for tomorrow (checklist open), one prepared (every
checklist task completed by the medical assistant), one concluded two days ago under the Asalée protocol with its
conclusion in the chart. One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlmodel import select

from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import Task
from app.services.coordination import teleconsultation as tele
from app.services.coordination.teleconsultation_input import TeleconsultationInput
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks

URL = "https://visio.msp-tilleuls.example/salle-{n}"


def _slot(day_offset: int, hour: int) -> tuple[datetime, datetime]:
    start = datetime.combine(recurrence.today_local() + timedelta(days=day_offset), time(hour, 0))
    return start, start + timedelta(minutes=20)


def _complete_checklist(ctx: ServiceContext, tc_id: int) -> None:
    with ctx.reading() as session:
        found = session.exec(select(Task.id).where(Task.origin_type == tele.ORIGIN, Task.origin_id == tc_id)).all()
    for task_id in found:
        v = 1
        for status in ("accepted", "in_progress", "completed"):
            v = tasks.transition(ctx, task_id, v, status, result="fait" if status == "completed" else None)


def add_demo_teleconsultations(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the three demo teleconsultations (``ids``: demo username → staff id)."""
    with ctx.reading() as session:
        pids = session.exec(select(Patient.id).order_by(Patient.id).offset(10).limit(3)).all()
        doctor = actor_for(session.get(Staff, ids["dr.martin"]))
    if len(pids) < 3:
        return
    book = lambda n, pid, offset, hour, companion, now=None, protocol=None: tele.book(  # noqa: E731
        ctx, TeleconsultationInput(pid, *_slot(offset, hour), ids[companion], ids["dr.martin"], URL.format(n=n),
                                   protocol), now=now)
    book(1, pids[0], 1, 10, "ide.nguyen")
    prepared = book(2, pids[1], 2, 14, "am.lefebvre")
    _complete_checklist(ctx, prepared)
    start, _end = _slot(-2, 11)
    done = book(3, pids[2], -2, 11, "ide.nguyen", now=recurrence.to_utc(start - timedelta(days=3)).astimezone(UTC),
                protocol="fr-asalee")
    _complete_checklist(ctx, done)
    tele.conclude(ctx.as_actor(doctor), done, 2,
                  "HbA1c 8,1 % ; pieds sans lésion. Majorer la metformine à 1000 mg x 2, revoir l'éducation "
                  "thérapeutique avec l'infirmière Asalée, contrôle HbA1c dans 3 mois.")
