"""The demo practice shows emergency (break-glass) accesses: one acknowledged by the administrator, two waiting for
review (one still in progress), each audited and told to Dr Martin by a task; the practice's charts stay open."""

from __future__ import annotations

from sqlmodel import select

from app.models.practice import Practice
from app.models.staff import Staff
from app.models.task import Task
from app.services.break_glass import review
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.practice import audit_trail
from app.services.practice.accounts import actor_for
from tests.conftest import TEST_KDF


def test_demo_break_glass(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=60, kdf=TEST_KDF)
    try:
        with db.session() as s:
            admin = ServiceContext(db, actor_for(s.exec(select(Staff).where(Staff.username == "admin")).one()))
            tasks = s.exec(select(Task).where(Task.task_type == "break_glass")).all()
        waiting = review.list_accesses(admin)
        done = review.list_accesses(admin, acknowledged=True)
        assert len(waiting) == 2 and len(done) == 1
        assert done[0].acknowledged_by == "Demo Admin" and done[0].review_note
        assert sum(row.active() for row in waiting) == 1
        assert len(tasks) == 3 and {t.assignee_staff_id for t in tasks} == {doctor.staff_id}
        assert len(audit_trail.browse(admin, action_prefix="break_glass.grant")) == 3
        assert review.get_policy(admin).minutes == 240
        with db.session() as s:
            assert s.exec(select(Practice)).one().chart_access == "open"
    finally:
        db.close()
