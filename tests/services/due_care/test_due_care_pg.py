"""Due care on PostgreSQL: items kept by the rules, an act clears its item, the recall is created once, the batch
recompute rebuilds the same items."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models.due_care import DueItem
from app.services.due_care import acts, engine, recall, worklist
from tests.services.tasks.test_tasks_helpers import add_patient

pytestmark = pytest.mark.postgres


def test_due_care_on_postgres(pg_practice):
    ctx, ma = pg_practice.ctx["physician"], pg_practice.ctx["medical_assistant"]
    a = add_patient(ctx, age_years=68, conditions=["E11.9", "I50.9"], family="Alpha")
    add_patient(ctx, age_years=52, sex="M", conditions=["E11.9"], family="Beta")
    acts.record_act(ctx, a, "hba1c_test")
    assert {i.item_key: i.status for i in acts.patient_items(ctx, a)}["t2d.hba1c"] == "ok"
    assert worklist.work_list(ma, "t2d").total == 9
    assert recall.create_recall_tasks(ma, "t2d").created == 9
    assert recall.create_recall_tasks(ma, "t2d").created == 0
    with pg_practice.db.session() as s:
        before = sorted((d.patient_id, d.item_key, d.due_on) for d in s.exec(select(DueItem)))
    worklist.recompute_all(pg_practice.ctx["coordinator"])
    with pg_practice.db.session() as s:
        after = sorted((d.patient_id, d.item_key, d.due_on) for d in s.exec(select(DueItem)))
        assert engine.counts_by_group(s, ["t2d"], engine.NEVER.replace(year=2100))["t2d"][0] == 10
    assert before == after
