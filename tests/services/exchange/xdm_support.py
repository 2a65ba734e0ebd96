"""A patient with a qualified INS and a care plan, and a package built for them."""

from __future__ import annotations

from app.services.care_plans import plans as care_plans
from app.services.care_plans.plans import PlanInput
from app.services.exchange import xdm_package
from tests.services.exchange.fhir_support import full_patient


def patient_with_plan(practice) -> int:
    pid = full_patient(practice)
    care_plans.create_plan(practice.ctx["nurse"], pid, PlanInput(
        referent_staff_id=practice.staff_ids["nurse"], synthesis_medical="Insuffisance cardiaque"))
    return pid


def care_plan_package(practice, fmt: str = "zip") -> tuple[int, bytes]:
    pid = patient_with_plan(practice)
    return pid, xdm_package.export_package(practice.ctx["physician"], pid, "care-plan", fmt)
