"""Care plans on a real PostgreSQL server: two workstations; the stale save is refused with who/when."""

from __future__ import annotations

import threading

import pytest

from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import ProblemInput
from app.services.errors import StaleRecordError
from app.services.storage.database import connect_postgres
from tests.services.care_plans.test_care_plans import TODAY, draft

pytestmark = pytest.mark.postgres


def test_stale_plan_save_refused_across_workstations(pg_practice):
    other_db = connect_postgres(pg_practice.url)
    try:
        plan_id, v, ids = draft(pg_practice)
        ctx_a = pg_practice.ctx["nurse"]
        ctx_b = ctx_a.__class__(other_db, pg_practice.ctx["coordinator"].actor)
        view_a = care_plans.get_plan(ctx_a, plan_id)
        care_plans.update_plan(ctx_b, plan_id, v, care_plans.as_input(view_a, expectations="Rester à domicile"))
        with pytest.raises(StaleRecordError) as err:
            care_plans.update_plan(ctx_a, plan_id, v, care_plans.as_input(view_a, expectations="autre"))
        assert err.value.changed_by == "Test Coordinator" and err.value.changed_at is not None
        with pytest.raises(StaleRecordError):
            care_plans.save_item(ctx_a, plan_id, v, "problem", ProblemInput(label="Douleur"))
        with pytest.raises(StaleRecordError):
            life.validate(pg_practice.ctx["physician"], plan_id, v, agreement_date=TODAY, agreement_how="oral")
        fresh = care_plans.get_plan(ctx_a, plan_id)
        assert fresh.data.expectations == "Rester à domicile" and fresh.version == v + 1
        assert len(life.history(ctx_a, plan_id)) == v + 1
    finally:
        other_db.close()


def test_concurrent_saves_one_wins(pg_practice):
    """Two workstations save the same version at the same moment: exactly one save is kept."""
    other_db = connect_postgres(pg_practice.url)
    try:
        plan_id, v, _ = draft(pg_practice)
        contexts = [pg_practice.ctx["nurse"], pg_practice.ctx["nurse"].__class__(
            other_db, pg_practice.ctx["coordinator"].actor)]
        results, barrier = [], threading.Barrier(2)

        def save(ctx, label):
            barrier.wait()
            try:
                care_plans.save_item(ctx, plan_id, v, "problem", ProblemInput(label=label))
                results.append("ok")
            except StaleRecordError:
                results.append("stale")
        threads = [threading.Thread(target=save, args=(c, f"P{i}")) for i, c in enumerate(contexts)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == ["ok", "stale"]
        assert len(care_plans.get_plan(contexts[0], plan_id).problems) == 2
    finally:
        other_db.close()
