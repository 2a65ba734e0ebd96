"""The medications tab's reads in one unit of work: the list, its history when asked and the review, with each
read's audit event, written in one transaction; refused as a whole for a reader without access."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.errors import AccessDenied
from app.services.medications import check
from tests.alert_support import warfarin_aspirin


def _actions(practice, pid) -> list[str]:
    with practice.db.session() as s:
        return sorted(e.action for e in s.exec(select(AuditEvent).where(AuditEvent.patient_id == pid)))


def test_list_history_and_review_in_one_transaction(practice):
    pid, _warfarin, _aspirin = warfarin_aspirin(practice)
    doctor = practice.ctx["physician"]
    before = _actions(practice, pid)
    commits = []

    def committed(_conn):
        commits.append(1)
    event.listen(practice.db.engine, "commit", committed)
    try:
        loaded = check.chart_medications(doctor, pid, with_history=True)
    finally:
        event.remove(practice.db.engine, "commit", committed)
    assert {r.data.atc for r in loaded.rows} == {"B01AA03", "B01AC06"}
    assert loaded.history and any(f.kind == "interaction" for f in loaded.review.findings)
    assert len(commits) == 1, "one commit for the three reads"
    after = _actions(practice, pid)
    for action in ("medication.list", "medication.history", "medication.review"):
        assert after.count(action) == before.count(action) + 1, action
    assert check.chart_medications(doctor, pid).history is None


def test_a_reader_without_access_gets_nothing(practice):
    pid, _warfarin, _aspirin = warfarin_aspirin(practice)
    with pytest.raises(AccessDenied):
        check.chart_medications(practice.ctx["coordinator"], pid)
