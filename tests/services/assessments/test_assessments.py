"""Assessments stored for a patient: scored from the instrument's data, bad input refused with nothing stored,
who may record and read, medical assistants under a protocol, a threshold's task created once, a care-plan need
added to the plan in force, and the trend per instrument."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from app.models.assessment import AcceptedProposal, Assessment
from app.models.audit import AuditEvent
from app.models.care_plan import CarePlan, CarePlanProblem
from app.models.task import Task
from app.services.assessments import proposals, records
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import PlanInput
from app.services.errors import AccessDenied, ValidationError
from app.services.tasks import protocol_files, recurrence
from tests.services.tasks.test_tasks_helpers import add_patient, ready
from tests.support import in_english

TODAY = recurrence.today_local()


def phq(*points):
    keys = ["not_at_all", "several_days", "more_than_half", "nearly_every_day"]
    return {f"q{n + 1}": keys[p] for n, p in enumerate(points)}


def _count(practice, table) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def test_a_nurse_records_a_phq9_and_the_team_reads_it(practice):
    pid = add_patient(practice.ctx["physician"], age_years=78)
    row = records.record_assessment(practice.ctx["nurse"], pid, "phq9", phq(1, 1, 1, 1, 1, 1, 0, 0, 0))
    assert (row.score, row.band, row.score_max, row.protocol_code) == (6, "mild", 27, None)
    assert row.proposals == () and row.recorded_by == "Test Nurse"
    [seen] = records.patient_assessments(practice.ctx["pharmacist"], pid, "de")
    assert (seen.id, seen.band_title, seen.title) == (row.id, "Leicht", "PHQ-9 (Depression)")
    with practice.db.session() as s:
        actions = [e.action for e in s.exec(select(AuditEvent).where(AuditEvent.patient_id == pid))]
    assert "assessment.record" in actions and "assessment.read" in actions


@pytest.mark.parametrize("instrument, answers, field, code", [
    ("phq9", phq(*(0,) * 8), "answers", "assessments.missing_answer"),
    ("phq9", dict(phq(*(0,) * 9), q3="often"), "answers", "assessments.unknown_option"),
    ("phq9", dict(phq(*(0,) * 9), q99="yes"), "answers", "assessments.unknown_item"),
    ("mmse", {}, "instrument", "assessments.unknown_instrument"),
    ("", {}, "instrument", "assessments.unknown_instrument"),
])
def test_bad_input_is_named_and_nothing_stored(practice, instrument, answers, field, code):
    pid = add_patient(practice.ctx["physician"])
    with pytest.raises(ValidationError) as err:
        records.record_assessment(practice.ctx["nurse"], pid, instrument, answers)
    assert (err.value.field, err.value.code) == (field, code)
    assert in_english(err.value).split(":")[0] in ("Answers", "Instrument")
    assert _count(practice, Assessment) == 0


def test_a_date_in_the_future_is_refused(practice):
    pid = add_patient(practice.ctx["physician"])
    with pytest.raises(ValidationError) as err:
        records.record_assessment(practice.ctx["nurse"], pid, "phq9", phq(*(0,) * 9),
                                  done_at=datetime.now(UTC) + timedelta(days=2))
    assert (err.value.field, err.value.code) == ("done_at", "assessments.in_future")
    assert _count(practice, Assessment) == 0


def test_who_may_record(practice):
    pid = add_patient(practice.ctx["physician"])
    for role in ("pharmacist", "coordinator"):
        with pytest.raises(AccessDenied):
            records.record_assessment(practice.ctx[role], pid, "phq9", phq(*(0,) * 9))
    with pytest.raises(ValidationError) as err:        # a medical assistant needs a protocol that covers it
        records.record_assessment(practice.ctx["medical_assistant"], pid, "phq9", phq(*(0,) * 9))
    assert (err.value.field, err.value.code) == ("protocol_code", "assessments.protocol_needed")
    with pytest.raises(ValidationError) as err:
        records.record_assessment(practice.ctx["medical_assistant"], pid, "phq9", phq(*(0,) * 9),
                                  protocol_code="fr-asalee")
    assert err.value.code == "assessments.protocol_not_listed"
    with pytest.raises(ValidationError) as err:        # listed, but not active nor adhered to: the guard refuses
        records.record_assessment(practice.ctx["medical_assistant"], pid, "phq9", phq(*(0,) * 9),
                                  protocol_code="ch-mpk")
    assert err.value.field == "protocol_code"
    assert _count(practice, Assessment) == 0
    records.record_assessment(practice.ctx["advanced_practice_nurse"], pid, "gds15",
                              {f"q{n}": "no" for n in range(1, 16)})
    with pytest.raises(AccessDenied):
        records.patient_assessments(practice.ctx["admin"], pid)


def test_a_medical_assistant_records_under_a_protocol_that_covers_it(practice):
    protocol = protocol_files.get_protocol("ch-mpk")
    _staff_id, ma, pid = ready(practice, protocol)
    row = records.record_assessment(ma, pid, "steadi_stay_independent", {f"q{n}": "no" for n in range(1, 13)},
                                    protocol_code="ch-mpk")
    assert (row.protocol_code, row.score) == ("ch-mpk", 0)


def test_a_threshold_proposes_a_task_created_once(practice):
    pid = add_patient(practice.ctx["physician"], age_years=81)
    nurse = practice.ctx["nurse"]
    row = records.record_assessment(nurse, pid, "phq9", phq(2, 2, 2, 2, 2, 0, 0, 0, 1))
    assert (row.score, row.band, row.flags) == (11, "moderate", ("phq9_item9",))
    assert [p.key for p in row.proposals] == ["phq9_review", "phq9_mood_need", "phq9_item9_safety"]
    made = proposals.accept(nurse, row.id, "phq9_item9_safety")
    again = proposals.accept(practice.ctx["physician"], row.id, "phq9_item9_safety")
    assert made.task_id is not None and again.task_id == made.task_id and again.accepted
    with practice.db.session() as s:
        task = s.get(Task, made.task_id)
        assert (task.pool_role, task.priority, task.origin_type, task.origin_id, task.patient_id) == (
            "physician", "asap", "assessment", row.id, pid)
        assert task.title.startswith("Évaluer le risque suicidaire")
    assert _count(practice, Task) == 1 and _count(practice, AcceptedProposal) == 1
    [seen] = records.patient_assessments(nurse, pid)
    assert [(p.key, p.accepted) for p in seen.proposals] == [
        ("phq9_review", False), ("phq9_mood_need", False), ("phq9_item9_safety", True)]
    with pytest.raises(ValidationError) as err:
        proposals.accept(nurse, row.id, "frail_assessment")
    assert (err.value.field, err.value.code) == ("proposal", "assessments.not_proposed")


def test_a_care_plan_need_goes_into_the_plan_in_force(practice):
    pid = add_patient(practice.ctx["physician"], age_years=84)
    nurse = practice.ctx["nurse"]
    row = records.record_assessment(nurse, pid, "frail", dict(fatigue="all", resistance="yes", ambulation="yes",
                                                              illnesses="no", weight_loss="no"))
    with pytest.raises(ValidationError) as err:
        proposals.accept(nurse, row.id, "frail_need")
    assert err.value.code == "assessments.no_plan_in_force" and _count(practice, AcceptedProposal) == 0
    plan_id = care_plans.create_plan(nurse, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                           review_date=TODAY + timedelta(days=90)))
    made = proposals.accept(nurse, row.id, "frail_need")
    assert made.care_plan_id == plan_id
    proposals.accept(nurse, row.id, "frail_need")
    with practice.db.session() as s:
        problem = s.exec(select(CarePlanProblem).where(CarePlanProblem.plan_id == plan_id)).one()
        assert problem.label.startswith("Fragilité") and problem.priority == "high"
        assert s.get(CarePlan, plan_id).status == "draft"


def test_trend_per_instrument(practice):
    pid = add_patient(practice.ctx["physician"], age_years=80)
    nurse = practice.ctx["nurse"]
    base = datetime.now(UTC) - timedelta(days=400)
    records.record_assessment(nurse, pid, "gds15", {f"q{n}": "no" for n in range(1, 16)}, done_at=base)
    for months, depressive in ((6, 3), (12, 7)):
        answers = {f"q{n}": "no" for n in range(1, 16)}
        answers.update({f"q{n}": "yes" for n in (2, 3, 4, 6, 8, 9, 10)[:depressive]})
        records.record_assessment(nurse, pid, "gds15", answers, done_at=base + timedelta(days=30 * months))
    trend = records.trend(practice.ctx["physician"], pid, "gds15", "en")
    # "no" to the five positive questions (1, 5, 7, 11, 13) counts one each: 5, then 5 + 3, then 5 + 7
    assert [p.score for p in trend.points] == [5, 8, 12]
    assert [p.band for p in trend.points] == ["normal", "suggestive", "depression"]
    assert trend.score_max == 15 and trend.bands[0][:2] == (0, 5)
