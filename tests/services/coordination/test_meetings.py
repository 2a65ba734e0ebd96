"""Concertation meetings: records, decisions → tasks and care-plan revision, search, the complex-patient share,
bad input (named, nothing stored)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.care_plan import CarePlan
from app.models.coordination import ConcertationMeeting, MeetingDecision
from app.models.task import Task
from app.services.care_plans import lifecycle as care_plan_lifecycle
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import GoalInput, PlanInput
from app.services.coordination import meeting_search, meetings
from app.services.coordination.meetings import CaseInput, DecisionInput, MeetingInput
from app.services.errors import AccessDenied, ValidationError
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from tests.services.coordination.test_hospital_events import add_patient


def meeting(practice, day="10.06.2026") -> int:
    return meetings.create_meeting(practice.ctx["coordinator"], MeetingInput(
        meeting_date=day, kind="monthly", participant_ids=[practice.staff_ids["physician"],
                                                           practice.staff_ids["nurse"]],
        external_participants="Mme Colin (DAC)"), today=date(2026, 6, 15))


def test_record_with_task_decision(practice):
    mid = meeting(practice)
    pid = add_patient(practice)
    cid = meetings.add_case(practice.ctx["coordinator"], mid, CaseInput(pid, "Chutes répétées à domicile ?"))
    meetings.record_discussion(practice.ctx["physician"], cid, "Chutes répétées à domicile ?",
                               "Hypotension orthostatique probable sous trois antihypertenseurs.")
    meetings.add_decision(practice.ctx["physician"], cid, DecisionInput(
        kind="task", text="Bilan de chute à domicile", assignee_staff_id=practice.staff_ids["nurse"],
        due_date="30.06.2026"))
    meetings.add_decision(practice.ctx["physician"], cid, DecisionInput(kind="note", text="Revoir en septembre"))
    view = meetings.get_meeting(practice.ctx["nurse"], mid)
    assert view.participant_names == ["Test Physician", "Test Nurse"]
    [case] = view.cases
    assert [d["kind"] for d in case.decisions] == ["task", "note"]
    with practice.db.session() as s:
        task = s.get(Task, case.decisions[0]["task_id"])
    assert (task.assignee_staff_id, task.patient_id, task.task_type, task.due_date) == (
        practice.staff_ids["nurse"], pid, "meeting_decision", date(2026, 6, 30))
    assert case.decisions[1]["task_id"] is None


def _active_plan(practice, pid) -> int:
    ctx = practice.ctx["physician"]
    plan = care_plans.create_plan(ctx, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                      review_date=date.today() + timedelta(days=90)))
    v, _ = care_plans.save_item(ctx, plan, 1, "goal", GoalInput(objective="Rester à domicile"))
    v = care_plan_lifecycle.validate(ctx, plan, v, agreement_date=date.today(), agreement_how="oral")
    care_plan_lifecycle.activate(ctx, plan, v)
    return plan


def test_care_plan_decision_revises_the_plan_and_tasks_the_referent(practice):
    pid = add_patient(practice)
    plan = _active_plan(practice, pid)
    cid = meetings.add_case(practice.ctx["coordinator"], meeting(practice), CaseInput(pid, "Aggravation ?"))
    did = meetings.add_decision(practice.ctx["coordinator"], cid, DecisionInput(kind="care_plan",
                                                                                text="Ajouter le portage de repas"))
    with practice.db.session() as s:
        decision = s.get(MeetingDecision, did)
        assert s.get(CarePlan, plan).status == "revised" and decision.care_plan_id == plan
        task = s.get(Task, decision.task_id)
    assert task.assignee_staff_id == practice.staff_ids["nurse"] and task.title.startswith("Réviser le plan de soins")


def test_care_plan_decision_without_plan_is_refused_and_stores_nothing(practice):
    pid = add_patient(practice)
    cid = meetings.add_case(practice.ctx["coordinator"], meeting(practice), CaseInput(pid, "Q"))
    with pytest.raises(ValidationError) as err:
        meetings.add_decision(practice.ctx["coordinator"], cid, DecisionInput(kind="care_plan", text="Revoir"))
    assert (err.value.field, err.value.code) == ("kind", "coordination.no_open_plan")
    with practice.db.session() as s:
        assert s.exec(select(MeetingDecision)).all() == [] and s.exec(select(Task)).all() == []


def test_search_by_words_patient_and_dates(practice):
    a, b = add_patient(practice), add_patient(practice, family="Bernard")
    m1, m2 = meeting(practice, "10.05.2026"), meeting(practice, "10.06.2026")
    c1 = meetings.add_case(practice.ctx["coordinator"], m1, CaseInput(a, "Diabète déséquilibré", "HbA1c à 9 %"))
    meetings.add_case(practice.ctx["coordinator"], m2, CaseInput(b, "Douleurs lombaires chroniques"))
    meetings.add_decision(practice.ctx["coordinator"], c1, DecisionInput(kind="note", text="Insulinothérapie"))
    ctx = practice.ctx["pharmacist"]
    assert [r.patient_id for r in meeting_search.search_cases(ctx, "diabete")] == [a]
    assert [r.patient_id for r in meeting_search.search_cases(ctx, "INSULINO")] == [a]
    assert [r.patient_id for r in meeting_search.search_cases(ctx, "")] == [b, a]
    assert [r.patient_id for r in meeting_search.search_cases(ctx, "", date_from=date(2026, 6, 1))] == [b]
    assert [r.patient_id for r in meeting_search.search_cases(ctx, "", patient_id=a)] == [a]


def test_complex_share(practice):
    ctx = practice.ctx["physician"]

    def person(born, ald=False):
        problems = [ProblemEntry("ald", "Insuffisance cardiaque", "I50.9")] if ald else []
        return patients.create_patient(ctx, PatientInput(family_name="P", given_names="Q", birth_date=born, sex="F",
                                                         problems=problems))
    old_ald = person("01.01.1940", True)           # complex: ALD and 75+
    person("01.01.1940")                            # 75+ without ALD: not complex
    young_ald = person("01.01.1980", True)          # ALD but young: not complex
    planned = person("01.01.1990")
    _active_plan(practice, planned)                 # complex: care plan in force
    with practice.db.session() as s:
        assert meeting_search.complex_patient_ids(s, date(2026, 6, 30)) == {old_ald, planned}
    mid = meeting(practice)
    for pid in (old_ald, young_ald):
        meetings.add_case(practice.ctx["coordinator"], mid, CaseInput(pid, "Q"))
    assert meeting_search.complex_share(practice.ctx["coordinator"], date(2026, 6, 1), date(2026, 6, 30)) == (1, 2)
    assert meeting_search.complex_share(practice.ctx["coordinator"], date(2026, 7, 1), date(2026, 7, 31)) == (0, 2)


@pytest.mark.parametrize("change,field,code", [
    ({"meeting_date": ""}, "meeting_date", "required"),
    ({"meeting_date": "01.01.1990"}, "meeting_date", "implausible_date"),
    ({"kind": "party"}, "kind", "coordination.meeting_kind"),
    ({"participant_ids": [999]}, "participant_ids", "coordination.inactive_participants"),
    ({"participant_ids": [], "external_participants": None}, "participant_ids", "coordination.no_participant"),
    ({"title": "x" * 201}, "title", "too_long"),
    ({"external_participants": "x" * 501}, "external_participants", "too_long")])
def test_bad_meeting_input(practice, change, field, code):
    values = dict(meeting_date="10.06.2026", kind="monthly", participant_ids=[practice.staff_ids["nurse"]])
    values.update(change)
    with pytest.raises(ValidationError) as err:
        meetings.create_meeting(practice.ctx["coordinator"], MeetingInput(**values))
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(ConcertationMeeting)).all() == []


@pytest.mark.parametrize("change,field,code", [
    ({"kind": "vote"}, "kind", "coordination.decision_kind"), ({"text": ""}, "text", "required"),
    ({"text": "x" * 1001}, "text", "too_long"), ({"pool_role": "admin"}, "pool_role", "one_of"),
    ({"due_date": "30.02.2026"}, "due_date", "not_a_calendar_date"),
    ({"assignee_staff_id": None}, "assignee_staff_id", None)])
def test_bad_decision_input(practice, change, field, code):
    pid = add_patient(practice)
    cid = meetings.add_case(practice.ctx["coordinator"], meeting(practice), CaseInput(pid, "Q"))
    values = dict(kind="task", text="Faire", assignee_staff_id=practice.staff_ids["nurse"])
    values.update(change)
    with pytest.raises(ValidationError) as err:
        meetings.add_decision(practice.ctx["coordinator"], cid, DecisionInput(**values))
    assert err.value.field == field
    if code is not None:   # None: the check belongs to the tasks capability (its own code)
        assert err.value.code == code
    with practice.db.session() as s:
        assert s.exec(select(MeetingDecision)).all() == [] and s.exec(select(Task)).all() == []


def test_case_input_and_access(practice):
    mid = meeting(practice)
    with pytest.raises(ValidationError) as err:
        meetings.add_case(practice.ctx["coordinator"], mid, CaseInput(999, "Q"))
    assert err.value.field == "patient_id"
    with pytest.raises(ValidationError) as err:
        meetings.add_case(practice.ctx["coordinator"], mid, CaseInput(add_patient(practice), ""))
    assert err.value.field == "question"
    with pytest.raises(AccessDenied):
        meetings.create_meeting(practice.ctx["medical_assistant"], MeetingInput())
