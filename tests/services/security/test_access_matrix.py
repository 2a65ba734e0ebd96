"""The whole role x action matrix, written out independently of the policy table."""

from __future__ import annotations

import pytest

from app.services.security import access
from app.services.security.actor import Actor

P, PH, APN, N, MA, C, A, K = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant",
                              "coordinator", "admin", "kiosk")
EXPECTED = {
    "patient.search": {P, PH, APN, N, MA, C},
    "patient.read": {P, PH, APN, N, MA, C},
    "patient.identify": {P, PH, APN, N, MA, C},
    "patient.create": {P, APN, N, MA, C},
    "patient.edit": {P, APN, N, MA, C},
    "patient.export": {P, PH, APN, N, C},
    "medication.read": {P, PH, APN, N, MA},
    "medication.prescribe": {P, APN},
    "medication.record_self": {P, PH, APN},
    "observation.record": {P, PH, APN, N, MA},
    "task.read": {P, PH, APN, N, MA, C},
    "task.create": {P, PH, APN, N, MA, C},
    "task.work": {P, PH, APN, N, MA, C},
    "task.claim": {P, PH, APN, N, MA, C},
    "task.assign": {P, APN, N, MA, C},
    "task.supervise": {P, C},
    "absence.manage": {P, C},
    "recall.run": {P, APN, N, MA, C},
    "due_care.read": {P, PH, APN, N, MA, C}, "due_care.record": {P, APN, N, MA}, "due_care.list": {P, APN, N, MA, C},
    "intake.list": {P, MA, C}, "intake.manage": {P, MA, C},
    "assessment.read": {P, PH, APN, N, MA, C}, "assessment.record": {P, APN, N, MA},
    "protocol.read": {P, PH, APN, N, MA, C, A},
    "protocol.manage": {P, C, A},
    "protocol.enrol": {P, PH, APN, N},
    "renewal.request": {PH},
    "renewal.read": {P, PH, APN, N},
    "care_plan.read": {P, PH, APN, N, MA, C},
    "care_plan.edit": {P, APN, N, C},
    "care_plan.work": {P, PH, APN, N, MA, C},
    "care_plan.validate": {P},
    "care_plan.activate": {P, APN, C},
    "care_plan.close": {P, C},
    "care_plan.export": {P, PH, APN, N, C},
    "care_plan.review_list": {P, APN, C},
    "alert.read": {P, PH, APN, N, C},
    "alert.raise": {P, PH, APN, N},
    "alert.discuss": {P, PH, APN, N},
    "alert.answer": {P},
    "exchange.card": {P, PH, APN, N, MA, C, A},
    "exchange.partner": {A},
    "exchange.send": {P, PH, APN, N},
    "exchange.receive": {P, PH, APN, N},
    "reconciliation.record": {P, PH, APN, N},
    "reconciliation.validate": {P},
    "review.worksheet": {P, PH, APN},
    "deprescribing.plan": {P, PH},
    "deprescribing.confirm": {P},
    "knowledge.update": {PH},
    "catalogue.import": {PH, A},
    "hospital_event.read": {P, PH, APN, N, MA, C},
    "hospital_event.record": {P, APN, N, MA, C},
    "document.read": {P, PH, APN, N, MA, C},
    "document.add": {P, APN, N, MA, C},
    "document.export": {P, APN, N, C},
    "daum.read": {P, APN, N, C},
    "daum.acknowledge": {P, C},
    "referral.read": {P, PH, APN, N, MA, C},
    "referral.create": {P, APN},
    "referral.update": {P, APN, N, MA, C},
    "meeting.read": {P, PH, APN, N, MA, C},
    "meeting.manage": {P, APN, N, C},
    "teleconsultation.read": {P, PH, APN, N, MA, C},
    "teleconsultation.book": {P, APN, N, MA, C},
    "teleconsultation.conclude": {P},
    "indicators.read": {P, APN, C},
    "indicators.export": {P, C},
    "maturity.answer": {P, PH, APN, N, MA, C},
    "maturity.results": {P, C},
    "maturity.manage": {C},
    "message.read": {P, PH, APN, N, MA, C},
    "message.post": {P, PH, APN, N, MA, C},
    "message.retract": {P, PH, APN, N, MA, C},
    "survey.answer": {MA, C, K},
    "survey.results": {P, APN, C},
    "survey.configure": {C, A},
    "staff.read": {P, PH, APN, N, MA, C, A},
    "staff.manage": {A},
    "staff.preferences": {P, PH, APN, N, MA, C, A},
    "practice.configure": {A},
    "audit.read": {A},
    "backup.run": {A},
    "audit.verify": {A},
    "break_glass.request": {P, PH, APN, N},
    "break_glass.review": {A},
    "directory.read": {P, PH, APN, N, MA, C, A},
    "directory.edit": {P, C, A},
}


@pytest.mark.parametrize("action", sorted(access.POLICY))
@pytest.mark.parametrize("role", access.ROLES)
def test_matrix_cell(role, action):
    actor = Actor(1, "u", "U", frozenset({role}))
    assert access.allowed(actor, action) == (role in EXPECTED[action])


def test_every_action_is_in_the_expected_table():
    assert set(EXPECTED) == set(access.POLICY)


def test_unknown_action_denied_and_no_roles_denied():
    assert not access.allowed(Actor(1, "u", "U", frozenset({P, A})), "patient.delete")
    assert not any(access.allowed(Actor(1, "u", "U", frozenset()), a) for a in access.POLICY)


def test_services_refuse_what_the_policy_denies(practice):
    from app.services.errors import AccessDenied
    from app.services.patients import records as patients
    from app.services.patients.records import PatientInput
    from app.services.practice import staff
    from app.services.practice.staff import StaffInput

    with pytest.raises(AccessDenied):
        patients.create_patient(practice.ctx["pharmacist"], PatientInput(
            family_name="X", given_names="Y", birth_date="01.01.1950", sex="F"))
    with pytest.raises(AccessDenied):
        patients.search_patients(practice.ctx["admin"], "x")
    with pytest.raises(AccessDenied):
        staff.create_staff(practice.ctx["physician"], StaffInput(username="zz"), "whatever-password-1")
