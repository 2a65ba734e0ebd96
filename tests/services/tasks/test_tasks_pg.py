"""Tasks on a real PostgreSQL server: two workstations, the stale task update is refused."""

from __future__ import annotations

import pytest

from app.services.errors import StaleRecordError
from app.services.storage.database import connect_postgres
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.services.tasks.task_flow import TaskInput

pytestmark = pytest.mark.postgres


def test_stale_task_update_refused_across_workstations(pg_practice):
    other_db = connect_postgres(pg_practice.url)
    try:
        ctx_a = pg_practice.ctx["nurse"]
        ctx_b = ctx_a.__class__(other_db, pg_practice.ctx["coordinator"].actor)
        tid = tasks.create_task(pg_practice.ctx["physician"], TaskInput(
            title="Pansement", assignee_staff_id=pg_practice.staff_ids["nurse"], due_date="01.03.2027",
            recurrence_rule="FREQ=MONTHLY"))
        tasks.transition(ctx_b, tid, 1, "cancelled", reason="patient hospitalised")
        with pytest.raises(StaleRecordError) as err:
            tasks.transition(ctx_a, tid, 1, "accepted")
        assert err.value.changed_by == "Test Coordinator"
        assert task_lists.get_task(ctx_a, tid).row.status == "cancelled"
        assert task_lists.counts(ctx_a).mine == 0
    finally:
        other_db.close()
