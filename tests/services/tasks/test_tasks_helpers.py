"""Helpers for the task, protocol, recall and renewal tests (no tests here)."""

from __future__ import annotations

from datetime import date, timedelta

from app.models.staff import Staff
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import staff as staff_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from app.services.tasks import protocols
from app.services.tasks.protocol_files import Protocol
from tests.support import PASSWORD

_counter = [0]


def add_patient(ctx, *, age_years: int = 50, age_months: int = 0, sex: str = "F", conditions=(), family="Durand"):
    today = date.today()
    birth = date(today.year - age_years, today.month, 1) - timedelta(days=31 * age_months)
    if birth > today - timedelta(days=1):
        birth = today - timedelta(days=1)
    problems = [ProblemEntry("condition", f"condition {c}", c) for c in conditions]
    return patients.create_patient(ctx, PatientInput(family_name=family, given_names="Test", birth_date=birth,
                                                     sex=sex, problems=problems))


def add_staff(practice, role: str, profession: str = "Infirmière", family: str | None = None) -> tuple[int, object]:
    """A new staff member; returns (id, ServiceContext)."""
    _counter[0] += 1
    username = f"{role.replace('_', '.')}{_counter[0]}"
    sid = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username=username, family_name=family or f"Staff{_counter[0]}", given_names="Test", profession=profession,
        roles=[role]), PASSWORD, temporary_password=False)
    with practice.db.session() as s:
        return sid, practice.ctx["admin"].as_actor(actor_for(s.get(Staff, sid)))


def delegate_for(practice, protocol: Protocol) -> tuple[int, object]:
    """A staff member of a profession the protocol delegates to (not yet adherent)."""
    if protocol.delegate_roles:
        role = protocol.delegate_roles[0]
        return add_staff(practice, role, "Masseur-kinésithérapeute" if role == "nurse" and not protocol.delegate_roles
                         else {"pharmacist": "Pharmacien", "medical_assistant": "Assistante médicale"}.get(role,
                                                                                                      "Infirmière"))
    return add_staff(practice, "nurse", "Masseur-kinésithérapeute")


def fitting_patient(practice, protocol: Protocol, **override) -> int:
    """A patient inside the protocol's criteria for its first act."""
    crit, act = protocol.inclusion, protocol.acts[0].criteria
    low = act.age_min_years or crit.age_min_years or (crit.age_min_months or 0) // 12
    high = crit.age_max_years if crit.age_max_years is not None else max(low, 40) + 20
    age = (low + high) // 2
    conditions = []
    for prefixes in (crit.conditions_icd10, act.conditions_icd10):
        if prefixes:
            conditions.append(prefixes[0] if "." in prefixes[0] or len(prefixes[0]) == 3 else prefixes[0] + "0")
    values = dict(age_years=age, sex=(crit.sex or ("F",))[0], conditions=conditions)
    values.update(override)
    return add_patient(practice.ctx["physician"], **values)


def ready(practice, protocol: Protocol, *, enrol: bool = True):
    """Activate the protocol, make an adherent delegate and a fitting (enrolled) patient."""
    protocols.set_active(practice.ctx["admin"], protocol.code, True)
    staff_id, ctx = delegate_for(practice, protocol)
    protocols.set_adherence(practice.ctx["admin"], protocol.code, staff_id,
                            training_date=date.today() - timedelta(days=30))
    patient_id = fitting_patient(practice, protocol)
    if enrol and protocol.requires_enrolment:
        protocols.enrol_patient(practice.ctx["physician"], protocol.code, patient_id,
                                consent_date=date.today(), consent_how="written")
    return staff_id, ctx, patient_id
