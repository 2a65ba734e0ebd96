"""Assessments on PostgreSQL: recorded, a threshold's task made once, the trend read back."""

from __future__ import annotations

import pytest

from app.services.assessments import proposals, records
from tests.services.assessments.test_assessments import phq
from tests.services.tasks.test_tasks_helpers import add_patient

pytestmark = pytest.mark.postgres


def test_assessments_on_postgres(pg_practice):
    nurse = pg_practice.ctx["nurse"]
    pid = add_patient(pg_practice.ctx["physician"], age_years=79)
    row = records.record_assessment(nurse, pid, "phq9", phq(3, 3, 3, 3, 3, 0, 0, 0, 0))
    assert (row.score, row.band) == (15, "moderately_severe")
    first = proposals.accept(nurse, row.id, "phq9_review")
    assert proposals.accept(nurse, row.id, "phq9_review").task_id == first.task_id
    assert [p.score for p in records.trend(nurse, pid, "phq9").points] == [15]
