"""Benchmark: the worklist of a user with 10,000 open tasks loads in ≤ 100 ms at the service layer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from app.models.base import utcnow
from app.models.task import Task
from app.services.tasks import worklists as task_lists
from tests.services.tasks.test_tasks_helpers import add_patient

pytestmark = pytest.mark.benchmark


def test_my_worklist_with_10000_tasks(practice, benchmark):
    nurse = practice.staff_ids["nurse"]
    pids = [add_patient(practice.ctx["physician"], family=f"Patient{i}") for i in range(50)]
    stamp, today = utcnow(), date.today()
    rows = [dict(title=f"Tâche {i}", task_type="general", patient_id=pids[i % 50], assignee_staff_id=nurse,
                 priority="routine", status="requested" if i % 3 else "in_progress",
                 due_date=today + timedelta(days=i % 400 - 100), version=1, created_at=stamp, updated_at=stamp,
                 updated_by="bench") for i in range(10_000)]
    rows += [dict(rows[0], assignee_staff_id=practice.staff_ids["advanced_practice_nurse"]) for _ in range(5000)]
    with practice.db.session() as s, s.begin():
        s.execute(insert(Task), rows)
    ctx = practice.ctx["nurse"]
    result = benchmark(task_lists.my_tasks, ctx)
    assert len(result) == 10_000
    assert benchmark.stats.stats.median < 0.100
