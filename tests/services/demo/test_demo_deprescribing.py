"""The small demo (``cordee --demo``) shows deprescribing: a benzodiazepine taper with step 1 applied and its call
made, step 2 due today for the doctor; a PPI plan that waits for the patient's agreement; an opioid taper from the
review's finding on tramadol (CDC 2022, monthly), agreed, its first step ahead."""

from __future__ import annotations

from sqlmodel import select

from app.models.deprescribing import DeprescribingPlan
from app.models.medication import MedicationLine
from app.services.care_plans import deprescribing
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from tests.conftest import TEST_KDF


def test_demo_has_a_taper_with_a_step_due_and_a_plan_awaiting_agreement(tmp_path):
    db, doctor, _folder = create_demo_practice(tmp_path, patients=20, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        with db.session() as s:
            plans = s.exec(select(DeprescribingPlan).order_by(DeprescribingPlan.id)).all()
        assert [p.status for p in plans] == ["active", "draft", "active"]
        assert plans[2].scheme_key == "cdc_2022_opioid_long" and plans[2].finding_code
        taper = deprescribing.get_plan(ctx, plans[0].id)
        assert [s.state for s in taper.steps][:2] == ["applied", "planned"]
        assert taper.steps[0].task_status == "completed"
        assert [s.number for _p, s in deprescribing.due_steps(ctx, taper.patient_id)] == [2]
        opioid = deprescribing.get_plan(ctx, plans[2].id)
        with db.session() as s:
            assert s.get(MedicationLine, opioid.line_id).atc == "N02AX02"   # tramadol
        assert opioid.steps[-1].stop and all(s.task_id for s in opioid.steps)
        assert deprescribing.due_steps(ctx, opioid.patient_id) == []
    finally:
        db.close()
