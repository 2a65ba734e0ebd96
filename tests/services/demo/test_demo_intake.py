"""The demo practice shows the new-patient intake: five patients waiting in the priority order (frailty or a
long-term condition first), one in progress, two done this month (one with an identity that cannot be qualified,
its task to qualify it), one withdrawn; tasks for open steps."""

from __future__ import annotations

from sqlalchemy import select

from app.models.task import Task
from app.services.demo.practice import create_demo_practice
from app.services.intake import intakes, waiting
from app.services.kernel.context import ServiceContext
from tests.conftest import TEST_KDF


def test_demo_intake(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=20, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        rows = waiting.waiting_list(ctx)
        assert [r.patient_name for r in rows] == ["LAMBERT Odette", "ROUSSEL Marcel", "CHEVALIER Anne",
                                                  "GARNIER Sophie", "PERRIN Louis"]
        assert [r.first for r in rows] == [True, True, True, False, False]
        c = waiting.counts(ctx)
        assert (c.waiting, c.waiting_first, c.in_progress, c.done_this_month) == (5, 3, 1, 2)
        assert [r.patient_name for r in waiting.waiting_list(ctx, status="withdrawn")] == ["BLANC Henri"]
        with db.session() as s:
            assert len(s.execute(select(Task.id).where(Task.task_type == "intake")).all()) >= 4
            qualify = s.execute(select(Task.title).where(Task.dedup_key.like("intake:identity_qualify:%"))).all()
        assert [t for (t,) in qualify] == ["Qualifier l'identité du patient (INS)"]
        done = waiting.waiting_list(ctx, status="done")
        views = {r.patient_name: intakes.open_intake(ctx, r.intake_id) for r in done}
        assert sorted(views) == ["FONTAINE Claire", "WEBER Ursula"]
        assert views["WEBER Ursula"].identity_unqualified and not views["FONTAINE Claire"].identity_unqualified
        assert views["WEBER Ursula"].steps[0].reason == "no_ins"
    finally:
        db.close()
