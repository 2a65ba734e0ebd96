"""Competing changes from several workstations on PostgreSQL take their row locks in one order: no deadlock, no
raw database error; whoever loses is told who won and when (``StaleRecordError``)."""

from __future__ import annotations

from functools import partial

from sqlmodel import select

from app.models.task import Task
from app.services.care_plans import action_tasks
from app.services.care_plans import lifecycle as life
from app.services.errors import CordeeError, StaleRecordError
from app.services.kernel.context import ServiceContext
from app.services.storage.database import connect_postgres
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_flow import TaskInput
from tests.pg_races import alert_races, together
from tests.services.care_plans.test_care_plans import TODAY, draft


def _raw(results) -> list[str]:
    return [f"{type(exc).__name__}: {exc}" for _, exc in results
            if exc is not None and not isinstance(exc, CordeeError)]


def test_alert_answers_raced_from_three_workstations(pg_practice):
    tally = alert_races(pg_practice, 15)
    assert tally.raw_errors == [] and tally.problems == []
    assert tally.handled == tally.tries == 15
    assert tally.outcomes["told who won"] == 30


def test_task_moves_raced_from_two_workstations(pg_practice):
    other = connect_postgres(pg_practice.url)
    try:
        nurse_a = pg_practice.ctx["nurse"]
        coordinator_b = ServiceContext(other, pg_practice.ctx["coordinator"].actor)
        for i in range(10):
            tid = tasks.create_task(pg_practice.ctx["physician"], TaskInput(
                title=f"Pansement {i}", assignee_staff_id=pg_practice.staff_ids["nurse"], due_date="01.03.2027"))
            results = together([partial(tasks.transition, nurse_a, tid, 1, "accepted"),
                                partial(tasks.transition, coordinator_b, tid, 1, "cancelled", reason="hospitalisé")])
            assert _raw(results) == []
            losers = [exc for _, exc in results if exc is not None]
            assert len(losers) == 1 and isinstance(losers[0], StaleRecordError)
            with other.session() as s:
                task = s.get(Task, tid)
            assert (losers[0].changed_by, losers[0].changed_at) == (task.updated_by, task.updated_at)
    finally:
        other.close()


def test_care_plan_close_raced_with_its_task_and_action_progress(pg_practice):
    """Close (plan, then its tasks, then their actions) against the task's own move (task, then its action) and
    progress recorded on an action (plan first): taken in one order, nothing deadlocks."""
    dbs = [connect_postgres(pg_practice.url) for _ in range(3)]
    try:
        for _ in range(5):
            plan_id, v, ids = draft(pg_practice)
            doc = pg_practice.ctx["physician"]
            v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
            v = life.activate(pg_practice.ctx["coordinator"], plan_id, v)
            with pg_practice.db.session() as s:
                task = s.exec(select(Task).where(Task.origin_id == ids["ma"])).one()
            ma = pg_practice.ctx["medical_assistant"]
            version = tasks.transition(ma, task.id, task.version, "accepted")
            version = tasks.transition(ma, task.id, version, "in_progress")
            close = ServiceContext(dbs[0], pg_practice.ctx["coordinator"].actor)
            assistant = ServiceContext(dbs[1], ma.actor)
            nurse = ServiceContext(dbs[2], pg_practice.ctx["nurse"].actor)
            results = together([
                partial(life.close, close, plan_id, v, "situation stabilisée"),
                partial(tasks.transition, assistant, task.id, version, "completed", result="Appel fait"),
                partial(action_tasks.record_action_progress, nurse, plan_id, v, ids["pool"], "in_progress", None)])
            assert _raw(results) == []
            assert all(exc is None or isinstance(exc, (StaleRecordError, CordeeError)) for _, exc in results)
            assert sum(exc is None for _, exc in results[0::2]) == 1   # close or progress: one of the two
    finally:
        for db in dbs:
            db.close()
