"""Recall cohorts: preview, creation in the medical assistants' pool, idempotence, bad input."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.models.task import Task
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.tasks import recalls
from app.services.tasks import task_flow as tasks
from app.services.tasks.recalls import RecallCriteria
from tests.services.tasks.test_tasks_helpers import add_patient


def criteria(**extra) -> RecallCriteria:
    values = dict(name="hba1c-2027", title="Rappel HbA1c", task_type="hba1c_recall", age_min=40, age_max=80,
                  condition_prefixes=["E11"])
    values.update(extra)
    return RecallCriteria(**values)


@pytest.fixture
def cohort(practice):
    ctx = practice.ctx["physician"]
    return {"diab60": add_patient(ctx, age_years=60, conditions=["E11.9"], family="Alpha"),
            "diab30": add_patient(ctx, age_years=30, conditions=["E11.9"], family="Beta"),
            "hta60": add_patient(ctx, age_years=60, conditions=["I10"], family="Gamma"),
            "diab75": add_patient(ctx, age_years=75, conditions=["E11.65", "I10"], family="Delta")}


def test_preview_then_create_is_idempotent(practice, cohort):
    ma = practice.ctx["medical_assistant"]
    p = recalls.preview(ma, criteria())
    assert (p.matching, p.new_tasks) == (2, 2) and p.sample[0].startswith("ALPHA")
    assert recalls.create_recall_tasks(ma, criteria()) == 2
    assert recalls.create_recall_tasks(ma, criteria()) == 0
    assert recalls.preview(ma, criteria()) == recalls.RecallPreview(2, 0, ())
    with practice.db.session() as s:
        made = s.exec(select(Task)).all()
    assert {t.patient_id for t in made} == {cohort["diab60"], cohort["diab75"]}
    assert all(t.pool_role == "medical_assistant" and t.origin_type == "recall" for t in made)


def test_no_task_done_since_n_months(practice, cohort):
    ctx = practice.ctx["nurse"]
    tid = tasks.create_task(practice.ctx["physician"], tasks.TaskInput(
        title="HbA1c", task_type="hba1c", patient_id=cohort["diab60"], assignee_staff_id=practice.staff_ids["nurse"]))
    for status in ("accepted", "in_progress", "completed"):
        tasks.transition(ctx, tid, {"accepted": 1, "in_progress": 2, "completed": 3}[status], status)
    p = recalls.preview(ctx, criteria(not_done_type="hba1c", not_done_months=6))
    assert p.matching == 1


def test_medication_atc_prefixes(practice, cohort):
    medications.add_medication(practice.ctx["physician"], cohort["hta60"], MedicationInput(
        atc="A10BA02", substances="metformine", posology=Posology(start_date=date.today())))
    p = recalls.preview(practice.ctx["physician"], criteria(condition_prefixes=[], atc_prefixes=["A10"]))
    assert p.matching == 1


@pytest.mark.parametrize("change,field,code,params", [
    ({"name": ""}, "name", "tasks.bad_recall_name", {}), ({"name": "a b"}, "name", "tasks.bad_recall_name", {}),
    ({"title": ""}, "title", "required", {}), ({"title": "x" * 201}, "title", "too_long", {"max": 200}),
    ({"task_type": "X Y"}, "task_type", "tasks.bad_task_type", {}),
    ({"age_min": "forty"}, "age_min", "not_a_whole_number", {}),
    ({"age_max": 200}, "age_max", "out_of_range", {"min": 0, "max": 130}),
    ({"age_min": 70, "age_max": 60}, "age_max", "tasks.age_below_minimum", {}),
    ({"condition_prefixes": ["diabetes"]}, "condition_prefixes[1]", "tasks.bad_code_prefix", {"value": "diabetes"}),
    ({"atc_prefixes": ["A1"]}, "atc_prefixes[1]", "tasks.bad_code_prefix", {"value": "A1"}),
    ({"not_done_type": "hba1c"}, "not_done_months", "tasks.not_done_pair", {}),
    ({"not_done_months": 6}, "not_done_type", "tasks.not_done_pair", {}),
    ({"not_done_type": "Hb A1c", "not_done_months": 6}, "not_done_type", "tasks.bad_task_type", {}),
    ({"not_done_type": "hba1c", "not_done_months": 0}, "not_done_months", "out_of_range", {"min": 1, "max": 120}),
    ({"due_date": "32.01.2027"}, "due_date", "not_a_calendar_date", {}),
    ({"age_min": None, "age_max": None, "condition_prefixes": []}, "condition_prefixes", "tasks.no_criterion", {}),
])
def test_bad_criteria_name_the_field_and_create_nothing(practice, cohort, change, field, code, params):
    with pytest.raises(ValidationError) as err:
        recalls.create_recall_tasks(practice.ctx["medical_assistant"], criteria(**change))
    assert (err.value.field, err.value.code, err.value.params) == (field, code, params)
    with practice.db.session() as s:
        assert s.exec(select(Task)).all() == []


def test_recall_access(practice):
    with pytest.raises(AccessDenied):
        recalls.preview(practice.ctx["pharmacist"], criteria())
