"""Bad input on every field of a care plan: the refusal names the field and nothing is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import (
    ActionInput,
    GoalInput,
    MemberInput,
    PlanInput,
    ProblemInput,
    UnmetNeedInput,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.tasks import recurrence
from tests.services.care_plans.test_care_plans import draft, new_patient

TODAY = recurrence.today_local()
FUTURE = (TODAY + timedelta(days=3)).strftime("%d.%m.%Y")

PLAN_CASES = [
    ({"referent_staff_id": None}, "referent_staff_id"),
    ({"referent_staff_id": 9999}, "referent_staff_id"),
    ({"review_date": "31.02.2027"}, "review_date"),
    ({"review_date": "next week"}, "review_date"),
    ({"review_date": "01.01.2999"}, "review_date"),
    ({"advance_directives": "maybe"}, "advance_directives"),
    ({"advance_directives": "no", "advance_directives_location": "DMP"}, "advance_directives"),
    ({"advance_directives": "yes", "advance_directives_date": FUTURE}, "advance_directives_date"),
    ({"advance_directives": "yes", "advance_directives_date": "32.13.2020"}, "advance_directives_date"),
    ({"advance_directives": "yes", "advance_directives_location": "x" * 301}, "advance_directives_location"),
    ({"trusted_person_contact": "06 00 00 00 00"}, "trusted_person_name"),
    ({"trusted_person_name": "Marc", "trusted_person_designated_on": FUTURE}, "trusted_person_designated_on"),
    ({"trusted_person_name": "x" * 201}, "trusted_person_name"),
    ({"synthesis_medical": "a\x00b"}, "synthesis_medical"),
    ({"expectations": "x" * 10001}, "expectations"),
    ({"alert_procedure": "x" * 10001}, "alert_procedure"),
]


@pytest.mark.parametrize("changes,field", PLAN_CASES)
def test_bad_plan_fields(practice, changes, field):
    nurse = practice.ctx["nurse"]
    pid = new_patient(practice)
    values = {"referent_staff_id": practice.staff_ids["nurse"], **changes}
    with pytest.raises(ValidationError) as e:
        care_plans.create_plan(nurse, pid, PlanInput(**values))
    assert e.value.field == field
    assert care_plans.patient_plans(nurse, pid) == []


def test_admin_cannot_be_referent(practice):
    with pytest.raises(ValidationError) as e:
        care_plans.create_plan(practice.ctx["nurse"], new_patient(practice),
                               PlanInput(referent_staff_id=practice.staff_ids["admin"]))
    assert e.value.field == "referent_staff_id"


def test_unknown_patient(practice):
    with pytest.raises(NotFoundError):
        care_plans.create_plan(practice.ctx["nurse"], 4242, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))


ITEM_CASES = [
    ("member", MemberInput(category="neighbour", name="X"), "category"),
    ("member", MemberInput(category="practice_staff"), "staff_id"),
    ("member", MemberInput(category="home_nursing", name=" "), "name"),
    ("member", MemberInput(category="home_nursing", name="SSIAD", staff_id=1), "staff_id"),
    ("member", MemberInput(category="dac", name="DAC", phone="call me"), "phone"),
    ("member", MemberInput(category="dac", name="DAC", email="dac.example.org"), "email"),
    ("member", MemberInput(category="dac", name="DAC", start_date="10.10.2025", end_date="01.01.2025"), "end_date"),
    ("member", MemberInput(category="dac", name="DAC", start_date="2025-02-30"), "start_date"),
    ("problem", ProblemInput(domain="spiritual", label="X"), "domain"),
    ("problem", ProblemInput(label=""), "label"),
    ("problem", ProblemInput(label="X", priority="urgent"), "priority"),
    ("problem", ProblemInput(label="X", source="x" * 201), "source"),
    ("goal", GoalInput(objective=""), "objective"),
    ("goal", GoalInput(objective="X", status="done"), "status"),
    ("goal", GoalInput(objective="X", target_date="99.99.2026"), "target_date"),
    ("goal", GoalInput(objective="X", problem_ids=[99999]), "problem_ids"),
    ("goal", GoalInput(objective="X", measure="x" * 301), "measure"),
    ("action", ActionInput(description=""), "description"),
    ("action", ActionInput(description="X", action_type="surgery", responsible_role="nurse"), "action_type"),
    ("action", ActionInput(description="X"), "responsible_staff_id"),
    ("action", ActionInput(description="X", responsible_role="nurse", responsible_other="CCAS"),
     "responsible_staff_id"),
    ("action", ActionInput(description="X", responsible_role="admin"), "responsible_role"),
    ("action", ActionInput(description="X", responsible_staff_id=99999), "responsible_staff_id"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date="31.04.2026"), "due_date"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="FREQ=HOURLY"), "recurrence_rule"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="every monday"), "recurrence_rule"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="FREQ=WEEKLY;INTERVAL=0"), "recurrence_rule"),
    ("action", ActionInput(description="X", responsible_role="nurse", recurrence_rule="FREQ=WEEKLY"),
     "recurrence_rule"),
    ("action", ActionInput(description="X", responsible_role="nurse", status="finished"), "status"),
    ("action", ActionInput(description="X", responsible_role="nurse", goal_id=99999), "goal_id"),
    ("unmet_need", UnmetNeedInput(description=""), "description"),
    ("unmet_need", UnmetNeedInput(description="X", reported_on="01.01.2026"), "reported_on"),
    ("unmet_need", UnmetNeedInput(description="X", reported_to_territory=True, reported_on="1.1"), "reported_on"),
]


@pytest.mark.parametrize("kind,data,field", ITEM_CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(ITEM_CASES)])
def test_bad_item_fields(practice, kind, data, field):
    plan_id, v, _ = draft(practice)
    nurse = practice.ctx["nurse"]
    before = care_plans.get_plan(nurse, plan_id)
    with pytest.raises(ValidationError) as e:
        care_plans.save_item(nurse, plan_id, v, kind, data)
    assert e.value.field == field
    after = care_plans.get_plan(nurse, plan_id)
    assert after.version == before.version and after.actions == before.actions and after.goals == before.goals
    assert len(life.history(nurse, plan_id)) == v


def test_bad_lifecycle_input_stores_nothing(practice):
    plan_id, v, _ = draft(practice)
    doc = practice.ctx["physician"]
    for date_text in ("31.02.2026", FUTURE, "yesterday"):
        with pytest.raises(ValidationError) as e:
            life.validate(doc, plan_id, v, agreement_date=date_text, agreement_how="oral")
        assert e.value.field == "patient_agreement_date"
    with pytest.raises(ValidationError) as e:
        life.activate(doc, plan_id, v)           # a draft is not activated before it is validated
    assert e.value.field == "status"
    assert care_plans.get_plan(doc, plan_id).status == "draft"
    assert care_plans.get_plan(doc, plan_id).version == v
