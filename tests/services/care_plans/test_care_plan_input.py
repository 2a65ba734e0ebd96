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
    ({"referent_staff_id": None}, "referent_staff_id", "required"),
    ({"referent_staff_id": 9999}, "referent_staff_id", "care_plans.not_clinical_member"),
    ({"review_date": "31.02.2027"}, "review_date", "not_a_calendar_date"),
    ({"review_date": "next week"}, "review_date", "not_a_date"),
    ({"review_date": "01.01.2999"}, "review_date", "care_plans.implausible_date"),
    ({"advance_directives": "maybe"}, "advance_directives", "one_of"),
    ({"advance_directives": "no", "advance_directives_location": "DMP"}, "advance_directives", "care_plans.directives_not_yes"),
    ({"advance_directives": "yes", "advance_directives_date": FUTURE}, "advance_directives_date", "care_plans.in_future"),
    ({"advance_directives": "yes", "advance_directives_date": "32.13.2020"}, "advance_directives_date", "not_a_calendar_date"),
    ({"advance_directives": "yes", "advance_directives_location": "x" * 301}, "advance_directives_location", "too_long"),
    ({"trusted_person_contact": "06 00 00 00 00"}, "trusted_person_name", "care_plans.trusted_person_needed"),
    ({"trusted_person_name": "Marc", "trusted_person_designated_on": FUTURE}, "trusted_person_designated_on", "care_plans.in_future"),
    ({"trusted_person_name": "x" * 201}, "trusted_person_name", "too_long"),
    ({"synthesis_medical": "a\x00b"}, "synthesis_medical", "forbidden_character"),
    ({"expectations": "x" * 10001}, "expectations", "too_long"),
    ({"alert_procedure": "x" * 10001}, "alert_procedure", "too_long"),
]


@pytest.mark.parametrize("changes,field,code", PLAN_CASES)
def test_bad_plan_fields(practice, changes, field, code):
    nurse = practice.ctx["nurse"]
    pid = new_patient(practice)
    values = {"referent_staff_id": practice.staff_ids["nurse"], **changes}
    with pytest.raises(ValidationError) as e:
        care_plans.create_plan(nurse, pid, PlanInput(**values))
    assert (e.value.field, e.value.code) == (field, code)
    assert care_plans.patient_plans(nurse, pid) == []


def test_admin_cannot_be_referent(practice):
    with pytest.raises(ValidationError) as e:
        care_plans.create_plan(practice.ctx["nurse"], new_patient(practice),
                               PlanInput(referent_staff_id=practice.staff_ids["admin"]))
    assert (e.value.field, e.value.code) == ("referent_staff_id", "care_plans.not_clinical_member")


def test_unknown_patient(practice):
    with pytest.raises(NotFoundError) as e:
        care_plans.create_plan(practice.ctx["nurse"], 4242, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))
    assert (e.value.code, e.value.params) == ("not_found", {"entity": "patient", "entity_id": 4242})


ITEM_CASES = [
    ("member", MemberInput(category="neighbour", name="X"), "category", "one_of"),
    ("member", MemberInput(category="practice_staff"), "staff_id", "required"),
    ("member", MemberInput(category="home_nursing", name=" "), "name", "required"),
    ("member", MemberInput(category="home_nursing", name="SSIAD", staff_id=1), "staff_id", "care_plans.staff_for_practice_only"),
    ("member", MemberInput(category="dac", name="DAC", phone="call me"), "phone", "care_plans.bad_phone"),
    ("member", MemberInput(category="dac", name="DAC", email="dac.example.org"), "email", "care_plans.bad_email"),
    ("member", MemberInput(category="dac", name="DAC", start_date="10.10.2025", end_date="01.01.2025"), "end_date", "care_plans.end_before_start"),
    ("member", MemberInput(category="dac", name="DAC", start_date="2025-02-30"), "start_date", "not_a_calendar_date"),
    ("problem", ProblemInput(domain="spiritual", label="X"), "domain", "one_of"),
    ("problem", ProblemInput(label=""), "label", "required"),
    ("problem", ProblemInput(label="X", priority="urgent"), "priority", "one_of"),
    ("problem", ProblemInput(label="X", source="x" * 201), "source", "too_long"),
    ("goal", GoalInput(objective=""), "objective", "required"),
    ("goal", GoalInput(objective="X", status="done"), "status", "one_of"),
    ("goal", GoalInput(objective="X", target_date="99.99.2026"), "target_date", "not_a_calendar_date"),
    ("goal", GoalInput(objective="X", problem_ids=[99999]), "problem_ids", "care_plans.unknown_problems"),
    ("goal", GoalInput(objective="X", measure="x" * 301), "measure", "too_long"),
    ("action", ActionInput(description=""), "description", "required"),
    ("action", ActionInput(description="X", action_type="surgery", responsible_role="nurse"), "action_type", "one_of"),
    ("action", ActionInput(description="X"), "responsible_staff_id", "care_plans.one_responsible"),
    ("action", ActionInput(description="X", responsible_role="nurse", responsible_other="CCAS"),
     "responsible_staff_id", "care_plans.one_responsible"),
    ("action", ActionInput(description="X", responsible_role="admin"), "responsible_role", "one_of"),
    ("action", ActionInput(description="X", responsible_staff_id=99999), "responsible_staff_id", "care_plans.not_clinical_member"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date="31.04.2026"), "due_date", "not_a_calendar_date"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="FREQ=HOURLY"), "recurrence_rule", "tasks.rule_freq"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="every monday"), "recurrence_rule", "tasks.rule_syntax"),
    ("action", ActionInput(description="X", responsible_role="nurse", due_date=FUTURE,
                           recurrence_rule="FREQ=WEEKLY;INTERVAL=0"), "recurrence_rule", "tasks.rule_part_out_of_range"),
    ("action", ActionInput(description="X", responsible_role="nurse", recurrence_rule="FREQ=WEEKLY"),
     "recurrence_rule", "care_plans.rule_needs_due_date"),
    ("action", ActionInput(description="X", responsible_role="nurse", status="finished"), "status", "one_of"),
    ("action", ActionInput(description="X", responsible_role="nurse", goal_id=99999), "goal_id", "care_plans.unknown_goal"),
    ("unmet_need", UnmetNeedInput(description=""), "description", "required"),
    ("unmet_need", UnmetNeedInput(description="X", reported_on="01.01.2026"), "reported_on", "care_plans.reported_without_report"),
    ("unmet_need", UnmetNeedInput(description="X", reported_to_territory=True, reported_on="1.1"), "reported_on", "not_a_date"),
]


@pytest.mark.parametrize("kind,data,field,code", ITEM_CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(ITEM_CASES)])
def test_bad_item_fields(practice, kind, data, field, code):
    plan_id, v, _ = draft(practice)
    nurse = practice.ctx["nurse"]
    before = care_plans.get_plan(nurse, plan_id)
    with pytest.raises(ValidationError) as e:
        care_plans.save_item(nurse, plan_id, v, kind, data)
    assert (e.value.field, e.value.code) == (field, code)
    after = care_plans.get_plan(nurse, plan_id)
    assert after.version == before.version and after.actions == before.actions and after.goals == before.goals
    assert len(life.history(nurse, plan_id)) == v


def test_bad_lifecycle_input_stores_nothing(practice):
    plan_id, v, _ = draft(practice)
    doc = practice.ctx["physician"]
    for date_text, code in (("31.02.2026", "not_a_calendar_date"), (FUTURE, "care_plans.in_future"),
                            ("yesterday", "not_a_date")):
        with pytest.raises(ValidationError) as e:
            life.validate(doc, plan_id, v, agreement_date=date_text, agreement_how="oral")
        assert (e.value.field, e.value.code) == ("patient_agreement_date", code)
    with pytest.raises(ValidationError) as e:
        life.activate(doc, plan_id, v)           # a draft is not activated before it is validated
    assert (e.value.field, e.value.code, e.value.params) == (
        "status", "care_plans.transition_not_allowed",
        {"plan_status": "draft", "wanted_plan_status": "active", "next_plan_statuses": ("validated", "closed")})
    assert care_plans.get_plan(doc, plan_id).status == "draft"
    assert care_plans.get_plan(doc, plan_id).version == v


def test_unknown_parts_items_and_versions_are_named(practice):
    plan_id, v, _ = draft(practice)
    nurse = practice.ctx["nurse"]
    with pytest.raises(ValidationError) as e:
        care_plans.save_item(nurse, plan_id, v, "wish", GoalInput(objective="X"))
    assert (e.value.field, e.value.code, e.value.params) == ("kind", "care_plans.unknown_part", {"kind": "wish"})
    with pytest.raises(NotFoundError) as e:
        care_plans.save_item(nurse, plan_id, v, "goal", GoalInput(objective="X"), item_id=99999)
    assert e.value.params == {"entity": "care_plan_goal", "entity_id": 99999, "plan_id": plan_id}
    with pytest.raises(NotFoundError) as e:
        life.diff(nurse, plan_id, 1, 99)
    assert e.value.params == {"entity": "care_plan_version", "entity_id": 99, "plan_id": plan_id}
    with pytest.raises(NotFoundError) as e:
        care_plans.get_plan(nurse, 99999)
    assert e.value.params == {"entity": "care_plan", "entity_id": 99999}
    assert len(life.history(nurse, plan_id)) == v
