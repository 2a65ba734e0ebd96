"""The delegation guard: a protocol-bound task only goes to an adherent delegate, for a patient the protocol
covers, for an act the protocol allows. Refusals say why in plain words and name the field.
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

SEX_WORDS = {"F": "women", "M": "men", "X": "people of other sex"}


class GuardRefusal(ValidationError):
    """The delegation is outside the protocol; ``problem`` says why in plain words."""

    code = "protocol_refused"


def is_delegate_profession(protocol: Protocol, staff: Staff) -> bool:
    """Whether the staff member's role or profession is one the protocol delegates to."""
    if staff.role_set & set(protocol.delegate_roles):
        return True
    profession = (staff.profession or "").lower()
    return any(k.lower() in profession for k in protocol.delegate_profession_keywords)


def age_in_months(birth: date, on: date) -> int:
    return (on.year - birth.year) * 12 + on.month - birth.month - (on.day < birth.day)


def _age_text(months: int) -> str:
    return f"{months} months old" if months < 24 else f"{months // 12} years old"


def _range_text(c: Criteria) -> str:
    low = f"{c.age_min_months} months" if c.age_min_months is not None else \
        f"{c.age_min_years} years" if c.age_min_years is not None else None
    high = f"{c.age_max_years} years" if c.age_max_years is not None else None
    if low and high:
        return f"from {low} to {high}"
    return f"from {low}" if low else f"up to {high}"


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


def check_patient(session: Session, protocol: Protocol, criteria: Criteria, patient: Patient, on: date,
                  what: str, codes: _PatientCodes | None = None) -> None:
    """Age, sex, required conditions and medications of ``criteria`` (``what`` names the protocol or the act)."""
    codes = codes or _PatientCodes(session, patient.id)
    months = age_in_months(patient.birth_date, on)
    low = criteria.age_min_months if criteria.age_min_months is not None else \
        (criteria.age_min_years * 12 if criteria.age_min_years is not None else None)
    too_young = low is not None and months < low
    too_old = criteria.age_max_years is not None and months // 12 > criteria.age_max_years
    if too_young or too_old:
        raise GuardRefusal("patient_id", f"the patient is {_age_text(months)}; {what} covers patients "
                                         f"{_range_text(criteria)}")
    if criteria.sex and patient.sex not in criteria.sex:
        raise GuardRefusal("patient_id", f"{what} covers only " + " and ".join(SEX_WORDS[s] for s in criteria.sex))
    if criteria.conditions_icd10:
        if not _matches(codes.conditions, criteria.conditions_icd10):
            raise GuardRefusal("patient_id", f"the patient has none of the conditions {what} covers "
                                             f"(ICD-10 {', '.join(criteria.conditions_icd10)})")
    if criteria.medications_atc:
        if not _matches(codes.medications, criteria.medications_atc):
            raise GuardRefusal("patient_id", f"the patient takes none of the medications {what} covers "
                                             f"(ATC {', '.join(criteria.medications_atc)})")


def check_delegate(session: Session, protocol: Protocol, staff: Staff, on: date) -> None:
    """The person must be of a delegate profession, adhere to the protocol, and be trained when required."""
    if not staff.active:
        raise GuardRefusal("assignee_staff_id", f"{staff.display_name} is no longer an active member of the practice")
    if not is_delegate_profession(protocol, staff):
        raise GuardRefusal("assignee_staff_id", f"{staff.display_name} ({staff.profession}) is not of a profession "
                                                f"the protocol «{protocol.name}» delegates to")
    adherence = session.exec(select(ProtocolAdherence).where(
        ProtocolAdherence.protocol_code == protocol.code, ProtocolAdherence.staff_id == staff.id,
        ProtocolAdherence.ended_on.is_(None))).first()
    if adherence is None or adherence.since > on:
        raise GuardRefusal("assignee_staff_id", f"{staff.display_name} does not adhere to the protocol "
                                                f"«{protocol.name}»")
    if protocol.training_required and (adherence.training_date is None or adherence.training_date > on):
        raise GuardRefusal("assignee_staff_id", f"{staff.display_name} has no recorded training for the protocol "
                                                f"«{protocol.name}»")


def check_task(session: Session, *, protocol_code: str, act: str | None, assignee: Staff | None,
               pool_role: str | None, patient_id: int | None, on: date) -> Protocol:
    """Every rule for a protocol-bound task; returns the protocol. Raises GuardRefusal with the reason."""
    protocol = get_protocol(protocol_code)
    if protocol is None:
        raise GuardRefusal("protocol_code", "is not a known protocol")
    activation = session.exec(select(ProtocolActivation).where(
        ProtocolActivation.protocol_code == protocol.code)).first()
    if activation is None or not activation.active:
        raise GuardRefusal("protocol_code", f"the practice has not activated the protocol «{protocol.name}»")
    if (protocol.valid_from and on < protocol.valid_from) or (protocol.valid_until and on > protocol.valid_until):
        raise GuardRefusal("protocol_code", f"the protocol «{protocol.name}» is not valid on {on:%d.%m.%Y}")
    chosen = protocol.act(act)
    if chosen is None:
        allowed = ", ".join(a.code for a in protocol.acts)
        raise GuardRefusal("act", f"the protocol «{protocol.name}» does not allow the act «{act or '(none)'}» "
                                  f"(allowed: {allowed})")
    if assignee is not None:
        check_delegate(session, protocol, assignee, on)
    elif pool_role is not None and pool_role not in protocol.delegate_roles:
        raise GuardRefusal("pool_role", f"the protocol «{protocol.name}» does not delegate to the {pool_role} pool")
    if patient_id is None:
        raise GuardRefusal("patient_id", f"a task under the protocol «{protocol.name}» needs a patient")
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise GuardRefusal("patient_id", "is not a patient of the practice")
    codes = _PatientCodes(session, patient.id)
    check_patient(session, protocol, protocol.inclusion, patient, on, f"the protocol «{protocol.name}»", codes)
    check_patient(session, protocol, chosen.criteria, patient, on, f"the act «{chosen.label}»", codes)
    _check_exclusions(protocol, codes)
    if protocol.requires_enrolment:
        enrolment = session.exec(select(ProtocolEnrolment).where(
            ProtocolEnrolment.protocol_code == protocol.code, ProtocolEnrolment.patient_id == patient.id,
            ProtocolEnrolment.ended_on.is_(None))).first()
        if enrolment is None:
            raise GuardRefusal("patient_id", f"the patient is not enrolled (with consent) in the protocol "
                                             f"«{protocol.name}»")
    return protocol


def _check_exclusions(protocol: Protocol, codes: _PatientCodes) -> None:
    hit = protocol.exclusion_conditions and _matches(codes.conditions, protocol.exclusion_conditions)
    if hit:
        raise GuardRefusal("patient_id", f"the patient has an exclusion criterion of the protocol "
                                         f"«{protocol.name}» (condition {hit[0]}): refer to the doctor")
    hit = protocol.exclusion_medications and _matches(codes.medications, protocol.exclusion_medications)
    if hit:
        raise GuardRefusal("patient_id", f"the patient takes a medication that excludes the protocol "
                                         f"«{protocol.name}» (ATC {hit[0]}): refer to the doctor")
