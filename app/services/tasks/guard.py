"""The delegation guard: a protocol-bound task only goes to an adherent delegate, for a patient the protocol
covers, for an act the protocol allows. Refusals name the field and give a code whose params name the protocol,
the act, the person or the condition (the screens say it in the user's language).
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from sqlmodel import Session, select

from app.models.medication import MedicationLine
from app.models.patient import Patient, PatientProblem
from app.models.protocol import ProtocolActivation, ProtocolAdherence, ProtocolEnrolment
from app.models.staff import Staff
from app.services.errors import ValidationError
from app.services.tasks.protocol_files import Criteria, Protocol, get_protocol


class GuardRefusal(ValidationError):
    """The delegation is outside the protocol: the field, a ``tasks.…`` code and params that name the protocol,
    the act, the person or the condition."""

    code = "protocol_refused"


def is_delegate_profession(protocol: Protocol, staff: Staff) -> bool:
    """Whether the staff member's role or profession is one the protocol delegates to."""
    if staff.role_set & set(protocol.delegate_roles):
        return True
    profession = (staff.profession or "").lower()
    return any(k.lower() in profession for k in protocol.delegate_profession_keywords)


def age_in_months(birth: date, on: date) -> int:
    return (on.year - birth.year) * 12 + on.month - birth.month - (on.day < birth.day)


def _matches(codes: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [c for c in codes if any(c.startswith(p) for p in prefixes)]


class _PatientCodes:
    """The patient's coded conditions and current medications, each read once and only if a rule asks."""

    def __init__(self, session: Session, patient_id: int):
        self.session, self.patient_id = session, patient_id

    @cached_property
    def conditions(self) -> list[str]:
        return [c for c in self.session.exec(select(PatientProblem.code).where(
            PatientProblem.patient_id == self.patient_id, PatientProblem.kind != "allergy")) if c]

    @cached_property
    def medications(self) -> list[str]:
        return [a for a in self.session.exec(select(MedicationLine.atc).where(
            MedicationLine.patient_id == self.patient_id, MedicationLine.stopped_at.is_(None))) if a]


def act_ref(protocol: Protocol, act_code: str) -> str:
    """An act as an error's parameter: ``protocol code/act code`` (the screen shows its label in the reader's
    language; act codes repeat across protocols)."""
    return f"{protocol.code}/{act_code}"


def check_patient(session: Session, protocol: Protocol, criteria: Criteria, patient: Patient, on: date,
                  act: str | None = None, codes: _PatientCodes | None = None) -> None:
    """Age, sex, required conditions and medications of ``criteria``: the protocol's own, or (``act`` given, its
    reference ``protocol/act``) those of one of its acts; the refusal's code ends in ``_act`` for an act."""
    codes = codes or _PatientCodes(session, patient.id)
    scope = {"protocol": protocol.name} if act is None else {"protocol": protocol.name, "act": act}
    months = age_in_months(patient.birth_date, on)
    low = criteria.age_min_months if criteria.age_min_months is not None else \
        (criteria.age_min_years * 12 if criteria.age_min_years is not None else None)
    high = criteria.age_max_years * 12 if criteria.age_max_years is not None else None
    too_young = low is not None and months < low
    too_old = high is not None and months // 12 > criteria.age_max_years
    if too_young or too_old:
        if act is None:
            raise GuardRefusal("patient_id", "tasks.patient_age_outside", patient_age=months, age_range=(low, high),
                               **scope)
        raise GuardRefusal("patient_id", "tasks.patient_age_outside_act", patient_age=months, age_range=(low, high),
                           **scope)
    if criteria.sex and patient.sex not in criteria.sex:
        if act is None:
            raise GuardRefusal("patient_id", "tasks.patient_sex_outside", sexes=criteria.sex, **scope)
        raise GuardRefusal("patient_id", "tasks.patient_sex_outside_act", sexes=criteria.sex, **scope)
    if criteria.conditions_icd10 and not _matches(codes.conditions, criteria.conditions_icd10):
        if act is None:
            raise GuardRefusal("patient_id", "tasks.patient_lacks_condition", conditions=criteria.conditions_icd10,
                               **scope)
        raise GuardRefusal("patient_id", "tasks.patient_lacks_condition_act", conditions=criteria.conditions_icd10,
                           **scope)
    if criteria.medications_atc and not _matches(codes.medications, criteria.medications_atc):
        if act is None:
            raise GuardRefusal("patient_id", "tasks.patient_lacks_medication", medications=criteria.medications_atc,
                               **scope)
        raise GuardRefusal("patient_id", "tasks.patient_lacks_medication_act", medications=criteria.medications_atc,
                           **scope)


def check_delegate(session: Session, protocol: Protocol, staff: Staff, on: date) -> None:
    """The person must be of a delegate profession, adhere to the protocol, and be trained when required."""
    if not staff.active:
        raise GuardRefusal("assignee_staff_id", "tasks.delegate_inactive", staff=staff.display_name)
    if not is_delegate_profession(protocol, staff):
        raise GuardRefusal("assignee_staff_id", "tasks.delegate_profession", staff=staff.display_name,
                           profession=staff.profession or "—", protocol=protocol.name)
    adherence = session.exec(select(ProtocolAdherence).where(
        ProtocolAdherence.protocol_code == protocol.code, ProtocolAdherence.staff_id == staff.id,
        ProtocolAdherence.ended_on.is_(None))).first()
    if adherence is None or adherence.since > on:
        raise GuardRefusal("assignee_staff_id", "tasks.delegate_not_adherent", staff=staff.display_name,
                           protocol=protocol.name)
    if protocol.training_required and (adherence.training_date is None or adherence.training_date > on):
        raise GuardRefusal("assignee_staff_id", "tasks.delegate_not_trained", staff=staff.display_name,
                           protocol=protocol.name)


def check_task(session: Session, *, protocol_code: str, act: str | None, assignee: Staff | None,
               pool_role: str | None, patient_id: int | None, on: date) -> Protocol:
    """Every rule for a protocol-bound task; returns the protocol. Raises GuardRefusal with the reason's code."""
    protocol = get_protocol(protocol_code)
    if protocol is None:
        raise GuardRefusal("protocol_code", "tasks.unknown_protocol", protocol_code=protocol_code)
    activation = session.exec(select(ProtocolActivation).where(
        ProtocolActivation.protocol_code == protocol.code)).first()
    if activation is None or not activation.active:
        raise GuardRefusal("protocol_code", "tasks.protocol_not_activated", protocol=protocol.name)
    if (protocol.valid_from and on < protocol.valid_from) or (protocol.valid_until and on > protocol.valid_until):
        raise GuardRefusal("protocol_code", "tasks.protocol_not_valid_on", protocol=protocol.name, day=on)
    chosen = protocol.act(act)
    if chosen is None:
        acts = tuple(act_ref(protocol, a.code) for a in protocol.acts)
        if not act:
            raise GuardRefusal("act", "tasks.act_missing", protocol=protocol.name, acts=acts)
        raise GuardRefusal("act", "tasks.act_not_allowed", protocol=protocol.name, act=act_ref(protocol, act),
                           acts=acts)
    if assignee is not None:
        check_delegate(session, protocol, assignee, on)
    elif pool_role is not None and pool_role not in protocol.delegate_roles:
        raise GuardRefusal("pool_role", "tasks.pool_not_delegated", protocol=protocol.name, pool=pool_role)
    if patient_id is None:
        raise GuardRefusal("patient_id", "tasks.protocol_needs_patient", protocol=protocol.name)
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise GuardRefusal("patient_id", "tasks.unknown_patient")
    codes = _PatientCodes(session, patient.id)
    check_patient(session, protocol, protocol.inclusion, patient, on, codes=codes)
    check_patient(session, protocol, chosen.criteria, patient, on, act=act_ref(protocol, chosen.code), codes=codes)
    _check_exclusions(protocol, codes)
    if protocol.requires_enrolment:
        enrolment = session.exec(select(ProtocolEnrolment).where(
            ProtocolEnrolment.protocol_code == protocol.code, ProtocolEnrolment.patient_id == patient.id,
            ProtocolEnrolment.ended_on.is_(None))).first()
        if enrolment is None:
            raise GuardRefusal("patient_id", "tasks.patient_not_enrolled", protocol=protocol.name)
    return protocol


def _check_exclusions(protocol: Protocol, codes: _PatientCodes) -> None:
    hit = protocol.exclusion_conditions and _matches(codes.conditions, protocol.exclusion_conditions)
    if hit:
        raise GuardRefusal("patient_id", "tasks.patient_excluded_condition", protocol=protocol.name, condition=hit[0])
    hit = protocol.exclusion_medications and _matches(codes.medications, protocol.exclusion_medications)
    if hit:
        raise GuardRefusal("patient_id", "tasks.patient_excluded_medication", protocol=protocol.name,
                           medication=hit[0])
