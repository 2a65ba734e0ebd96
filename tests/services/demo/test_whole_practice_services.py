"""The generated practice's deprescribing plans and emergency accesses are what the services work on: a step the
generator left waiting is confirmed by the physician (the list changes), an active plan is cancelled (its open calls
with it), a waiting call is made by the nurse, the patient sheet prints; a waiting access is acknowledged and leaves
the review list; the clinician of a running access sees it on the chart; the timeline shows the taper."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.break_glass import BreakGlassGrant
from app.models.deprescribing import DeprescribingPlan, DeprescribingStep
from app.models.staff import Staff
from app.models.task import Task
from app.services.break_glass import grants, review
from app.services.care_plans import deprescribing
from app.services.demo import whole_practice
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list as medications
from app.services.medications import timeline
from app.services.practice.accounts import actor_for
from app.services.security import audit
from app.services.security.actor import SYSTEM
from app.services.storage.database import create_encrypted
from app.services.tasks import task_flow as tasks
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    db, _ = create_encrypted(tmp_path_factory.mktemp("gen") / "p.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    fx = build_practice(db, None, "")
    whole_practice.generate_practice(ServiceContext(db, SYSTEM), 200, 3, today=date.today())
    yield db, fx
    db.close()


def _as(db, staff_id: int) -> ServiceContext:
    with db.session() as s:
        return ServiceContext(db, actor_for(s.get(Staff, staff_id)))


def test_a_waiting_step_is_confirmed_and_the_list_changes(generated):
    db, fx = generated
    doc, today = fx.ctx["physician"], date.today()
    with db.session() as s:
        waiting = s.execute(select(DeprescribingStep).join(DeprescribingPlan, DeprescribingPlan.id ==
                                                           DeprescribingStep.plan_id)
                            .where(DeprescribingPlan.status == "active", DeprescribingStep.state == "planned",
                                   DeprescribingStep.due_date <= today).order_by(DeprescribingStep.id)).scalars().all()
        plan = s.get(DeprescribingPlan, waiting[0].plan_id)
    due = deprescribing.due_steps(doc, plan.patient_id, today)
    assert [(p.id, st.id) for p, st in due] == [(plan.id, waiting[0].id)]
    before = next(r for r in medications.list_current(doc, plan.patient_id) if r.id == plan.line_id)
    deprescribing.confirm_step(doc, plan.id, plan.version, waiting[0].id, today=today)
    after = {r.id: r for r in medications.list_current(doc, plan.patient_id)}
    if waiting[0].stop:
        assert plan.line_id not in after
    else:
        assert after[plan.line_id].version == before.version + 1
        assert after[plan.line_id].data.posology != before.data.posology
    assert deprescribing.get_plan(doc, plan.id).steps[waiting[0].number - 1].state == "applied"
    sheet = deprescribing.patient_sheet(doc, plan.id, "fr")
    assert sheet.startswith(b"%PDF")


def test_an_active_plan_is_cancelled_and_its_open_calls_with_it(generated):
    db, fx = generated
    doc = fx.ctx["physician"]
    with db.session() as s:
        plan = s.execute(select(DeprescribingPlan).where(DeprescribingPlan.status == "active")
                         .order_by(DeprescribingPlan.id.desc())).scalars().first()
    deprescribing.cancel_plan(doc, plan.id, plan.version, "Le patient préfère attendre l'été")
    row = deprescribing.get_plan(doc, plan.id)
    assert row.status == "cancelled"
    assert {s.task_status for s in row.steps if s.state == "planned"} == {"cancelled"}


def test_a_waiting_call_is_made_by_its_pool(generated):
    db, fx = generated
    with db.session() as s:
        call = s.execute(select(Task).where(Task.task_type == "deprescribing_follow_up", Task.status == "requested",
                                            Task.pool_role == "nurse").order_by(Task.id)).scalars().first()
    nurse = fx.ctx["nurse"]
    v = tasks.claim_task(nurse, call.id, call.version)
    v = tasks.transition(nurse, call.id, v, "in_progress")
    tasks.transition(nurse, call.id, v, "completed", result="Bien toléré")
    with db.session() as s:
        assert s.get(Task, call.id).status == "completed"


def test_a_waiting_access_is_acknowledged_and_a_running_one_shows_on_the_chart(generated):
    db, fx = generated
    admin = fx.ctx["admin"]
    waiting = review.list_accesses(admin)
    expired = next(g for g in waiting if not g.active())
    review.acknowledge(admin, expired.id, expired.version, "Vu en réunion d'équipe")
    assert expired.id not in {g.id for g in review.list_accesses(admin)}
    assert expired.id in {g.id for g in review.list_accesses(admin, acknowledged=True)}
    running = next(g for g in review.list_accesses(admin, acknowledged=None) if g.active())
    mine = grants.current_access(_as(db, running.staff_id), running.patient_id)
    assert mine is not None and mine.id == running.id and mine.reason == running.reason
    with db.session() as s:
        assert s.get(BreakGlassGrant, running.id).read_only
        assert audit.verify_chain(s, db.audit_key).ok


def test_the_timeline_of_a_completed_taper_ends_with_the_stop(generated):
    db, fx = generated
    with db.session() as s:
        plan = s.execute(select(DeprescribingPlan).join(DeprescribingStep, DeprescribingStep.plan_id ==
                                                        DeprescribingPlan.id)
                         .where(DeprescribingPlan.status == "completed", DeprescribingStep.stop.is_(True))
                         .order_by(DeprescribingPlan.id)).scalars().first()
    points = timeline.medication_timeline(fx.ctx["physician"], plan.patient_id).points
    stopped = [p for p in points if any(c.kind == "stopped" and c.name == plan.drug for c in p.changes)]
    lowered = [p for p in points if any(c.kind == "dose_changed" and c.name == plan.drug for c in p.changes)]
    assert stopped and (lowered or len(deprescribing.get_plan(fx.ctx["physician"], plan.id).steps) == 1)
    assert lowered[0].day < stopped[0].day if lowered else True
