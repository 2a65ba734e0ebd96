"""Care plans: the whole lifecycle with several roles, versions and diff, actions → tasks → progress, reviews."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.services.care_plans import action_tasks as care_plan_tasks
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
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists

TODAY = recurrence.today_local()


def new_patient(practice, gp=True) -> int:
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Morel", given_names="Jeanne", birth_date="12.03.1938", sex="F",
        gp_staff_id=practice.staff_ids["physician"] if gp else None))


def draft(practice, patient_id=None) -> tuple[int, int, dict]:
    """A draft plan with a problem, a goal and three actions (person, role, outside contact)."""
    nurse = practice.ctx["nurse"]
    pid = patient_id or new_patient(practice)
    plan_id = care_plans.create_plan(nurse, pid, PlanInput(
        referent_staff_id=practice.staff_ids["nurse"], synthesis_medical="Insuffisance cardiaque",
        review_date=TODAY + timedelta(days=90), alert_procedure="Appeler l'IDE puis le 15"))
    v = 1
    v, problem = care_plans.save_item(nurse, plan_id, v, "problem", ProblemInput(
        domain="medical", label="Chutes à domicile", priority="high", source="IDE"))
    v, goal = care_plans.save_item(nurse, plan_id, v, "goal", GoalInput(
        objective="Plus de chute", measure="Nombre de chutes par mois", target_date=TODAY + timedelta(days=60),
        problem_ids=[problem]))
    v, a_ma = care_plans.save_item(nurse, plan_id, v, "action", ActionInput(
        action_type="prevention", description="Appeler la patiente chaque semaine",
        responsible_staff_id=practice.staff_ids["medical_assistant"], due_date=TODAY + timedelta(days=3),
        goal_id=goal))
    v, a_pool = care_plans.save_item(nurse, plan_id, v, "action", ActionInput(
        action_type="care", description="Pesée hebdomadaire", responsible_role="nurse",
        due_date=TODAY + timedelta(days=1), recurrence_rule="FREQ=WEEKLY", goal_id=goal))
    v, a_out = care_plans.save_item(nurse, plan_id, v, "action", ActionInput(
        action_type="support", description="Portage des repas", responsible_other="CCAS"))
    return plan_id, v, {"problem": problem, "goal": goal, "ma": a_ma, "pool": a_pool, "outside": a_out}


def test_whole_lifecycle_with_several_roles(practice):
    plan_id, v, ids = draft(practice)
    doc, nurse, coord, ma = (practice.ctx[r] for r in ("physician", "nurse", "coordinator", "medical_assistant"))
    with pytest.raises(AccessDenied):
        life.validate(nurse, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    with pytest.raises(AccessDenied):
        life.validate(ma, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    with pytest.raises(ValidationError) as e:
        life.validate(doc, plan_id, v, agreement_date=None, agreement_how="oral")
    assert (e.value.field, e.value.code) == ("patient_agreement_date", "required")
    with pytest.raises(ValidationError) as e:
        life.validate(doc, plan_id, v, agreement_date=TODAY + timedelta(days=1), agreement_how="oral")
    assert (e.value.field, e.value.code) == ("patient_agreement_date", "care_plans.in_future")
    with pytest.raises(ValidationError) as e:
        life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="  ")
    assert (e.value.field, e.value.code) == ("patient_agreement_how", "required")
    v = life.validate(doc, plan_id, v, agreement_date=TODAY.strftime("%d.%m.%Y"), agreement_how="oral, en consultation")
    view = care_plans.get_plan(practice.ctx["pharmacist"], plan_id)
    assert view.status == "validated" and view.validated_by == "Test Physician"
    assert view.patient_agreement_how == "oral, en consultation"
    with pytest.raises(ValidationError) as e:   # content is frozen once validated
        care_plans.save_item(nurse, plan_id, v, "problem", ProblemInput(label="X"))
    assert (e.value.field, e.value.code, e.value.params) == ("status", "care_plans.not_editable",
                                                             {"plan_status": "validated"})
    v = life.activate(coord, plan_id, v)
    assert care_plans.get_plan(doc, plan_id).status == "active"
    v = life.revise(nurse, plan_id, v)
    view = care_plans.get_plan(doc, plan_id)
    assert (view.status, view.revision, view.validated_by) == ("revised", 2, None)
    v, _ = care_plans.save_item(nurse, plan_id, v, "problem", ProblemInput(domain="social", label="Isolement",
                                                                           priority="medium"))
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="par téléphone")
    v = life.activate(doc, plan_id, v)
    with pytest.raises(AccessDenied):
        life.close(nurse, plan_id, v, "stable")
    with pytest.raises(ValidationError) as e:
        life.close(coord, plan_id, v, "")
    assert (e.value.field, e.value.code) == ("closed_reason", "required")
    v = life.close(coord, plan_id, v, "situation stabilisée")
    view = care_plans.get_plan(doc, plan_id)
    assert view.status == "closed" and view.closed_reason == "situation stabilisée"
    with pytest.raises(ValidationError) as e:
        life.revise(nurse, plan_id, v)
    assert (e.value.field, e.value.code, e.value.params) == (
        "status", "care_plans.transition_not_allowed",
        {"plan_status": "closed", "wanted_plan_status": "revised", "next_plan_statuses": ()})
    with pytest.raises(ValidationError) as e:
        care_plan_tasks.record_action_progress(coord, plan_id, v, ids["ma"], "done", None)
    assert (e.value.field, e.value.code) == ("status", "care_plans.plan_closed")
    # closing cancelled the open tasks of its actions
    open_rows = [t for t in task_lists.patient_tasks(doc, view.patient_id, include_closed=False)]
    assert open_rows == []
    # a new plan may start once the old one is closed
    assert care_plans.create_plan(nurse, view.patient_id, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))


def test_only_the_patients_own_medecin_traitant_validates(practice):
    from app.services.practice import staff
    from app.services.practice.staff import StaffInput
    from tests.support import PASSWORD
    other = staff.create_staff(practice.ctx["admin"], StaffInput(
        username="dr.autre", family_name="Autre", given_names="Paul", profession="Médecin", roles=["physician"]),
        PASSWORD, temporary_password=False)
    pid = patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Roche", given_names="Luc", birth_date="01.01.1940", sex="M", gp_staff_id=other))
    plan_id, v, _ = draft(practice, pid)
    with pytest.raises(AccessDenied) as e:
        life.validate(practice.ctx["physician"], plan_id, v, agreement_date=TODAY, agreement_how="oral")
    assert e.value.code == "access.not_gp"


def test_validation_needs_review_date_and_goal(practice):
    nurse = practice.ctx["nurse"]
    plan_id = care_plans.create_plan(nurse, new_patient(practice), PlanInput(
        referent_staff_id=practice.staff_ids["nurse"]))
    with pytest.raises(ValidationError) as e:
        life.validate(practice.ctx["physician"], plan_id, 1, agreement_date=TODAY, agreement_how="oral")
    assert (e.value.field, e.value.code) == ("review_date", "care_plans.review_date_needed")
    view = care_plans.get_plan(nurse, plan_id)
    v = care_plans.update_plan(nurse, plan_id, 1, care_plans.as_input(view, review_date=TODAY))
    with pytest.raises(ValidationError) as e:
        life.validate(practice.ctx["physician"], plan_id, v, agreement_date=TODAY, agreement_how="oral")
    assert (e.value.field, e.value.code) == ("goals", "care_plans.no_goal")


def test_versions_are_kept_and_diff_is_readable(practice):
    plan_id, v, ids = draft(practice)
    nurse = practice.ctx["nurse"]
    view = care_plans.get_plan(nurse, plan_id)
    v2 = care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(
        view, review_date=TODAY + timedelta(days=30), trusted_person_name="Marc Morel (fils)"))
    v3, _ = care_plans.save_item(nurse, plan_id, v2, "goal", GoalInput(
        objective="Plus de chute", measure="Nombre de chutes par mois", status="achieved",
        target_date=TODAY + timedelta(days=60), problem_ids=[ids["problem"]]), ids["goal"])
    v4 = care_plans.remove_item(nurse, plan_id, v3, "action", ids["outside"])
    history = life.history(nurse, plan_id)
    assert [h.version for h in history] == list(range(v4, 0, -1))
    assert history[-1].change == "created" and history[0].change == "action removed"
    lines = life.diff(nurse, plan_id, v, v4)
    text = "\n".join(lines)
    assert f"Review date: {(TODAY + timedelta(days=90)):%d.%m.%Y} → {(TODAY + timedelta(days=30)):%d.%m.%Y}" in text
    assert "Trusted person: (empty) → «Marc Morel (fils)»" in text
    assert "Changed goal «Plus de chute»: status «in_progress» → «achieved»" in text
    assert "Removed action: «Portage des repas»" in text
    assert life.diff(nurse, plan_id, 1, 2) == ["Added problem: «Chutes à domicile»"]


def test_stale_save_is_refused_with_who_and_when(practice):
    plan_id, v, _ = draft(practice)
    nurse, coord = practice.ctx["nurse"], practice.ctx["coordinator"]
    view = care_plans.get_plan(nurse, plan_id)
    care_plans.update_plan(coord, plan_id, v, care_plans.as_input(view, expectations="Rester chez elle"))
    with pytest.raises(StaleRecordError) as e:
        care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(view, expectations="Autre"))
    assert e.value.changed_by == "Test Coordinator"
    with pytest.raises(StaleRecordError):
        care_plans.save_item(nurse, plan_id, v, "problem", ProblemInput(label="X"))
    assert care_plans.get_plan(nurse, plan_id).data.expectations == "Rester chez elle"


def test_actions_become_tasks_and_tasks_drive_progress(practice):
    plan_id, v, ids = draft(practice)
    doc, ma, nurse = practice.ctx["physician"], practice.ctx["medical_assistant"], practice.ctx["nurse"]
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    v = life.activate(doc, plan_id, v)
    view = care_plans.get_plan(doc, plan_id)
    assert view.progress == (0, 3)
    mine = [t for t in task_lists.my_tasks(ma) if t.task_type == "care_plan_action"]
    assert len(mine) == 1 and mine[0].title == "Plan de soins : Appeler la patiente chaque semaine"
    pool = [t for t in task_lists.pool_tasks(nurse) if t.task_type == "care_plan_action"]
    assert len(pool) == 1 and pool[0].recurrence_rule == "FREQ=WEEKLY"
    detail = task_lists.get_task(ma, mine[0].id)
    assert (detail.origin_type, detail.origin_id) == ("care_plan_action", ids["ma"])
    # the medical assistant works her task: the action follows
    tv = tasks.transition(ma, mine[0].id, mine[0].version, "accepted")
    tv = tasks.transition(ma, mine[0].id, tv, "in_progress")
    assert _action(care_plans.get_plan(doc, plan_id), ids["ma"])["status"] == "in_progress"
    tasks.transition(ma, mine[0].id, tv, "completed", result="Patiente jointe, va bien")
    view = care_plans.get_plan(doc, plan_id)
    action = _action(view, ids["ma"])
    assert (action["status"], action["outcome"]) == ("done", "Patiente jointe, va bien")
    assert view.progress == (1, 3) and view.progress_percent == 33
    # the recurring action stays in progress after one weekly occurrence is done
    pv = tasks.claim_task(nurse, pool[0].id, pool[0].version)
    pv = tasks.transition(nurse, pool[0].id, pv, "in_progress")
    tasks.transition(nurse, pool[0].id, pv, "completed", result="62 kg")
    assert _action(care_plans.get_plan(doc, plan_id), ids["pool"])["status"] == "in_progress"
    # activating again after a revision does not duplicate open tasks
    v = care_plans.get_plan(doc, plan_id).version
    v = life.revise(nurse, plan_id, v)
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    life.activate(doc, plan_id, v)
    open_plan_tasks = [t for t in task_lists.patient_tasks(doc, view.patient_id, include_closed=False)
                       if t.task_type == "care_plan_action"]
    assert len(open_plan_tasks) == 1   # the next weekly weighing only


def test_completing_a_task_updates_its_action_in_the_same_transaction(practice):
    """No plan is read in between: the stored action row is done as soon as the task's completion commits."""
    from app.models.care_plan import CarePlanAction

    plan_id, v, ids = draft(practice)
    doc, ma = practice.ctx["physician"], practice.ctx["medical_assistant"]
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    life.activate(doc, plan_id, v)
    task = next(t for t in task_lists.my_tasks(ma) if t.task_type == "care_plan_action")
    tv = tasks.transition(ma, task.id, task.version, "accepted")
    tv = tasks.transition(ma, task.id, tv, "in_progress")
    with practice.db.session() as s:
        assert s.get(CarePlanAction, ids["ma"]).status == "in_progress"
    with pytest.raises(RuntimeError), ma.transaction():
        tasks.transition(ma, task.id, tv, "completed", result="Joint")
        raise RuntimeError("the unit of work fails after the completion")
    with practice.db.session() as s:
        assert s.get(CarePlanAction, ids["ma"]).status == "in_progress"    # rolled back with the task
    tasks.transition(ma, task.id, tv, "completed", result="Patiente jointe")
    with practice.db.session() as s:
        action = s.get(CarePlanAction, ids["ma"])
        assert (action.status, action.outcome) == ("done", "Patiente jointe")


def test_assigned_medical_assistant_records_progress_but_not_others(practice):
    plan_id, v, ids = draft(practice)
    doc, ma = practice.ctx["physician"], practice.ctx["medical_assistant"]
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    v = life.activate(doc, plan_id, v)
    v = care_plans.get_plan(doc, plan_id).version
    v = care_plan_tasks.record_action_progress(ma, plan_id, v, ids["ma"], "in_progress", "premier appel fait")
    with pytest.raises(AccessDenied):
        care_plan_tasks.record_action_progress(ma, plan_id, v, ids["pool"], "done", None)
    with pytest.raises(AccessDenied):
        care_plans.save_item(ma, plan_id, v, "problem", ProblemInput(label="X"))
    with pytest.raises(AccessDenied):
        care_plan_tasks.record_action_progress(practice.ctx["pharmacist"], plan_id, v, ids["ma"], "done", None)
    assert care_plans.get_plan(practice.ctx["pharmacist"], plan_id).status == "active"   # reads it
    with pytest.raises(AccessDenied):
        care_plans.get_plan(practice.ctx["admin"], plan_id)


def _action(view, action_id) -> dict:
    return next(a for a in view.actions if a["id"] == action_id)


def test_plans_to_review(practice):
    nurse, coord = practice.ctx["nurse"], practice.ctx["coordinator"]
    due = {}
    for days, name in ((-3, "Overdue"), (5, "Soon"), (30, "Later")):
        pid = patients.create_patient(nurse, PatientInput(family_name=name, given_names="A", birth_date="01.01.1950",
                                                          sex="F"))
        due[name] = care_plans.create_plan(nurse, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                                 review_date=TODAY + timedelta(days=days)))
    rows = care_plan_tasks.plans_to_review(coord)
    assert [r.plan_id for r in rows] == [due["Overdue"], due["Soon"]]
    assert rows[0].days_left == -3 and rows[0].patient_name == "OVERDUE A" and rows[0].referent_name == "Test Nurse"
    life.close(coord, due["Overdue"], 1, "patient moved")
    assert [r.plan_id for r in care_plan_tasks.plans_to_review(coord)] == [due["Soon"]]
    with pytest.raises(AccessDenied):
        care_plan_tasks.plans_to_review(practice.ctx["medical_assistant"])


def test_one_open_plan_per_patient_and_unmet_needs_and_circle(practice):
    plan_id, v, _ = draft(practice)
    nurse = practice.ctx["nurse"]
    view = care_plans.get_plan(nurse, plan_id)
    with pytest.raises(ValidationError) as e:
        care_plans.create_plan(nurse, view.patient_id, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))
    assert (e.value.field, e.value.code) == ("patient_id", "care_plans.open_plan_exists")
    v, _ = care_plans.save_item(nurse, plan_id, v, "unmet_need", UnmetNeedInput(
        description="Pas de place en accueil de jour", reported_to_territory=True, reported_on=TODAY))
    v, _ = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="practice_staff", staff_id=practice.staff_ids["physician"]))
    v, _ = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="home_nursing", name="SSIAD du Val", role="Infirmière coordinatrice", phone="04 75 00 00 00",
        start_date=TODAY))
    view = care_plans.get_plan(nurse, plan_id)
    assert view.unmet_needs[0]["reported_to_territory"] is True
    assert [m["name"] for m in view.members] == ["Test Physician", "SSIAD du Val"]
    assert view.members[0]["role"] == "Médecin généraliste"


def test_demo_practice_has_plans_in_every_state(tmp_path):
    from sqlmodel import select

    from app.models.care_plan import CarePlan
    from app.models.task import Task
    from app.services.demo.practice import create_demo_practice
    from tests.conftest import TEST_KDF
    db, doctor, _folder = create_demo_practice(tmp_path, patients=40, kdf=TEST_KDF)
    try:
        with db.session() as s:
            statuses = sorted(p.status for p in s.exec(select(CarePlan)))
            linked = s.exec(select(Task).where(Task.origin_type == "care_plan_action")).all()
        assert statuses == ["active", "active", "closed", "draft", "revised", "validated"]
        assert len(linked) >= 9 and any(t.status == "completed" for t in linked)
        from app.services.kernel.context import ServiceContext
        ctx = ServiceContext(db, doctor)
        rows = care_plan_tasks.plans_to_review(ctx)
        assert [r.days_left for r in rows] == [-4, 5]
        active = [care_plans.get_plan(ctx, r.plan_id) for r in rows]
        assert any(v.progress[0] == 1 for v in active)
        from app.services.practice import practice_record as practice_service
        demo = practice_service.get_practice(ctx)   # the demo's printouts show a phone and an address
        assert (demo.phone, demo.postal_code, demo.city) == ("01 99 00 12 34", "69003", "Lyon")
    finally:
        db.close()
