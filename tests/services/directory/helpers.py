"""A small directory built through the services: a DAC with its pathway, and a patient referred to it."""

from __future__ import annotations

from app.services.coordination import referrals
from app.services.coordination.referrals import ReferralInput
from app.services.directory import pathways, resources
from app.services.directory.resource_input import PathwayInput, ResourceInput, StepInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

DAC = ResourceInput(kind="dac", name="DAC Val-de-Loire (démo)", contact_person="Mme Coordination",
                    phone="02 00 00 00 01", email="dac@example.invalid", address="1 rue de la Démo, 37000 Tours",
                    opening_hours="Mon–Fri 9:00–17:00", eligibility="Complex situations at home, any age")
STEPS = [StepInput("Call the DAC and send the referral form", "coordinator", 0),
         StepInput("Home assessment with the DAC", "nurse", 7),
         StepInput("Review the DAC's care plan proposal", "physician", 14)]


def dac_with_pathway(ctx) -> tuple[int, int]:
    resource_id = resources.create_resource(ctx, DAC)
    pathway_id = pathways.create_pathway(ctx, resource_id, PathwayInput("Refer to the DAC", list(STEPS)))
    return resource_id, pathway_id


def referred_patient(fx, resource_id: int) -> int:
    pid = patients.create_patient(fx.ctx["physician"], PatientInput(
        family_name="Martin", given_names="Jeanne", birth_date="02.04.1940", sex="F"))
    return referrals.create_referral(fx.ctx["physician"], pid, ReferralInput(
        recipient="DAC Val-de-Loire", priority="p2_7d", clinical_question="Complex situation at home",
        directory_resource_id=resource_id))
