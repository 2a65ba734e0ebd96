"""A referral to a directory resource follows its pathway: each step becomes a task for the patient, in the
step's role pool, due its delay later, linked back to the referral; following again creates nothing twice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.task import Task
from app.services.coordination import referrals
from app.services.coordination.referrals import ReferralInput
from app.services.directory import follow, pathways, resources
from app.services.directory.resource_input import PathwayInput, ResourceInput, StepInput
from app.services.errors import AccessDenied, ValidationError
from tests.services.directory.helpers import STEPS, dac_with_pathway, referred_patient

TODAY = date(2026, 12, 7)


def test_pathway_steps_followed_from_a_referral_once(practice):
    resource_id, pathway_id = dac_with_pathway(practice.ctx["coordinator"])
    referral_id = referred_patient(practice, resource_id)
    row = referrals.list_referrals(practice.ctx["physician"])[0]
    assert row.directory_resource_id == resource_id
    result = follow.follow_pathway(practice.ctx["medical_assistant"], referral_id, pathway_id, today=TODAY)
    assert len(result.created_task_ids) == 3 and result.already_there == 0
    with practice.db.session() as s:
        tasks = s.exec(select(Task).where(Task.origin_type == "referral").order_by(Task.id)).all()
    assert [(t.pool_role, t.due_date, t.origin_id, t.patient_id) for t in tasks] == [
        (s.pool_role, TODAY + timedelta(days=s.delay_days), referral_id, row.patient_id) for s in STEPS]
    assert tasks[1].title == "Refer to the DAC: Home assessment with the DAC"
    again = follow.follow_pathway(practice.ctx["nurse"], referral_id, pathway_id, today=TODAY)
    assert again.created_task_ids == () and again.already_there == 3
    # a step added to the pathway later is the only new task
    pathways.update_pathway(practice.ctx["coordinator"], pathway_id, 1, PathwayInput(
        "Refer to the DAC", [*STEPS, StepInput("Follow-up call", "coordinator", 30)]))
    third = follow.follow_pathway(practice.ctx["nurse"], referral_id, pathway_id, today=TODAY)
    assert len(third.created_task_ids) == 1 and third.already_there == 3
    listed = follow.pathway_tasks(practice.ctx["physician"], referral_id)
    assert [t[1] for t in listed][-1] == "Refer to the DAC: Follow-up call" and len(listed) == 4


def test_follow_refused_for_another_resource_or_role(practice):
    resource_id, pathway_id = dac_with_pathway(practice.ctx["coordinator"])
    other = resources.create_resource(practice.ctx["coordinator"], ResourceInput(kind="cpts", name="CPTS démo"))
    referral_id = referred_patient(practice, other)
    with pytest.raises(ValidationError) as err:
        follow.follow_pathway(practice.ctx["physician"], referral_id, pathway_id, today=TODAY)
    assert err.value.field == "pathway"
    with pytest.raises(AccessDenied):
        follow.follow_pathway(practice.ctx["pharmacist"], referral_id, pathway_id, today=TODAY)
    with practice.db.session() as s:
        assert s.exec(select(Task).where(Task.origin_type == "referral")).all() == []


def test_referral_to_an_unknown_or_inactive_resource_refused(practice):
    resource_id, _ = dac_with_pathway(practice.ctx["coordinator"])
    referral_id = referred_patient(practice, resource_id)
    pid = referrals.list_referrals(practice.ctx["physician"])[0].patient_id
    detail = resources.open_resource(practice.ctx["coordinator"], resource_id)
    resources.update_resource(practice.ctx["coordinator"], resource_id, 1,
                              ResourceInput(**{**detail.row.as_input().__dict__, "active": False}))
    for bad in (resource_id, 9999):
        with pytest.raises(ValidationError) as err:
            referrals.create_referral(practice.ctx["physician"], pid, ReferralInput(
                recipient="X", clinical_question="Q", directory_resource_id=bad))
        assert err.value.field == "directory_resource_id"
    assert [r.id for r in referrals.list_referrals(practice.ctx["physician"])] == [referral_id]
