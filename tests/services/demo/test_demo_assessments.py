"""The demo practice shows structured assessments: trends for the oldest patients, and a threshold that produced a
task linked to its assessment."""

from __future__ import annotations

from sqlmodel import select

from app.models.task import Task
from app.services.assessments import records
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from tests.conftest import TEST_KDF


def test_demo_assessments(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=20, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        with db.session() as s:
            task = s.exec(select(Task).where(Task.origin_type == "assessment")).one()
        rows = records.patient_assessments(ctx, task.patient_id)
        assert {r.instrument_id for r in rows} == {"phq9", "icope_step1"}
        trend = records.trend(ctx, task.patient_id, "phq9")
        assert [p.score for p in trend.points] == [3, 6, 8, 11] and trend.points[-1].band == "moderate"
        phq = next(r for r in rows if r.instrument_id == "phq9")
        assert task.origin_id == phq.id and [p.accepted for p in phq.proposals] == [True, False]
    finally:
        db.close()
