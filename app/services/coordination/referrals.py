"""Referrals to second-line care ("circuits courts"): priority class, clinical question, status, answer.

Priority classes and their target delays (from the request day): within 48 h (2 days), within 7 days,
scheduled (``SCHEDULED_DAYS``), advice only (an answer expected within ``ADVICE_DAYS``, no visit).

Lifecycle::

    requested → booked → seen → report_received
    requested → seen (seen without an appointment)           booked → booked (re-booked)
    requested → report_received (advice only: no visit)      requested / booked → cancelled

A referral is **overdue** when it is still requested or booked (the patient has not been seen, or the
advice has not come back) after its target date; it is **booked late** when the appointment falls after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import update
from sqlmodel import select

from app.models.base import utcnow
from app.models.coordination import Referral, ReferralPriority, ReferralStatus
from app.models.directory import DirectoryResource
from app.models.patient import Patient
from app.services.coordination.hospital_events import patient_or_fail
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.relations import PatientTeam, Record
from app.services.tasks import recurrence

P, S = ReferralPriority, ReferralStatus
SCHEDULED_DAYS, ADVICE_DAYS = 90, 14
TARGET_DAYS = {P.WITHIN_48H: 2, P.WITHIN_7D: 7, P.SCHEDULED: SCHEDULED_DAYS, P.ADVICE: ADVICE_DAYS}
PRIORITIES = tuple(p.value for p in P)
TRANSITIONS = {S.REQUESTED: (S.BOOKED, S.SEEN, S.CANCELLED), S.BOOKED: (S.BOOKED, S.SEEN, S.CANCELLED),
               S.SEEN: (S.REPORT_RECEIVED,), S.REPORT_RECEIVED: (), S.CANCELLED: ()}
ADVICE_TRANSITIONS = {S.REQUESTED: (S.REPORT_RECEIVED, S.CANCELLED), S.REPORT_RECEIVED: (), S.CANCELLED: ()}
STATUSES = frozenset(s.value for s in S)
OPEN = (S.REQUESTED, S.BOOKED)


class ReferralTransitionError(ValidationError):
    """A status the referral cannot take from its current one (the field is ``status``)."""

    code = "coordination.referral_transition"

    def __init__(self, code: str, **params):
        super().__init__("status", code, **params)


@dataclass
class ReferralInput:
    recipient: str = ""
    specialty: str | None = None
    priority: str = P.WITHIN_7D
    clinical_question: str = ""
    requested_on: date | str | None = None
    directory_resource_id: int | None = None   # the resource of the directory it goes to (its pathways follow)


@dataclass(frozen=True)
class ReferralRow:
    id: int
    version: int
    patient_id: int
    patient_name: str
    recipient: str
    specialty: str | None
    priority: str
    clinical_question: str
    requested_on: date
    due_by: date
    status: str
    booked_for: date | None
    seen_on: date | None
    report_received_on: date | None
    answer: str | None
    overdue: bool
    booked_late: bool
    team: PatientTeam | None = None
    withheld: bool = False   # the front desk books it without reading the chart: no question, no answer
    directory_resource_id: int | None = None

    @property
    def record(self) -> Record:
        """What access decisions on the referral need (its patient's care team)."""
        return Record("referral", self.id, self.team)

    @property
    def delay_days(self) -> int | None:
        """Days from the request to the visit (advice: to the answer)."""
        end = self.report_received_on if self.priority == P.ADVICE else self.seen_on
        return (end - self.requested_on).days if end else None


def is_overdue(status: str, due_by: date, today: date) -> bool:
    return status in OPEN and today > due_by


def create_referral(ctx: ServiceContext, patient_id: int, data: ReferralInput, *, today: date | None = None) -> int:
    """Write a referral (status requested); its target date follows from the priority. Returns its id."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        require(ctx, "referral.create", access_records.patient_record(session, patient_id))
        recipient = clean_text(data.recipient, "recipient", 200, True)
        specialty = clean_text(data.specialty, "specialty", 100)
        if data.priority not in PRIORITIES:
            raise ValidationError("priority", "coordination.referral_priority")
        question = clean_text(data.clinical_question, "clinical_question", 5000, True)
        day = parse_date(data.requested_on, "requested_on") if data.requested_on not in (None, "") else today
        if day > today or day < today - timedelta(days=366):
            raise ValidationError("requested_on", "coordination.request_date")
        resource_id = data.directory_resource_id
        if resource_id is not None and (session.get(DirectoryResource, resource_id) is None
                                        or not session.get(DirectoryResource, resource_id).active):
            raise ValidationError("directory_resource_id", "coordination.unknown_directory_resource")
        referral = Referral(patient_id=patient_id, recipient=recipient, specialty=specialty, priority=data.priority,
                            clinical_question=question, requested_on=day, directory_resource_id=resource_id,
                            due_by=day + timedelta(days=TARGET_DAYS[data.priority]),
                            requested_by_staff_id=ctx.actor.staff_id, updated_by=ctx.actor.display_name)
        session.add(referral)
        session.flush()
        ctx.audit(session, "referral.create", entity_type="referral", entity_id=referral.id, patient_id=patient_id,
                  detail=data.priority)
        ctx.announce("referral.changed", patient_id=patient_id, referral_id=referral.id)
        return referral.id


def advance(ctx: ServiceContext, referral_id: int, expected_version: int, new_status: str, *,
            on: date | str | None = None, answer: str | None = None, reason: str | None = None,
            today: date | None = None) -> int:
    """Move a referral along its lifecycle (booked: ``on`` is the appointment day; seen / report received:
    ``on`` is the day it happened; report received needs the ``answer``; cancelled needs a ``reason``)."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        ref = session.get(Referral, referral_id)
        if ref is None:
            raise NotFoundError("referral", referral_id)
        require(ctx, "referral.update", access_records.patient_record(session, ref.patient_id))
        if ref.version != expected_version:
            raise StaleRecordError("referral", referral_id, ref.updated_by, ref.updated_at)
        if new_status not in STATUSES:
            raise ValidationError("status", "coordination.not_referral_status")
        table = ADVICE_TRANSITIONS if ref.priority == P.ADVICE else TRANSITIONS
        if new_status not in table.get(ref.status, ()):
            raise ReferralTransitionError("coordination.referral_transition", referral_from=ref.status,
                                          referral_to=new_status, referral_next=tuple(table.get(ref.status, ())))
        values = _values(ref, new_status, on, answer, reason, today)
        result = session.execute(update(Referral).where(Referral.id == referral_id,
                                                        Referral.version == expected_version).values(
            status=new_status, **values, version=expected_version + 1, updated_at=utcnow(),
            updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            raise StaleRecordError("referral", referral_id, ref.updated_by, ref.updated_at)
        ctx.audit(session, f"referral.{new_status}", entity_type="referral", entity_id=referral_id,
                  patient_id=ref.patient_id)
        ctx.announce("referral.changed", patient_id=ref.patient_id, referral_id=referral_id)
        return expected_version + 1


def _values(ref: Referral, new_status: str, on, answer, reason, today: date) -> dict:
    if new_status == S.CANCELLED:
        return {"cancel_reason": clean_text(reason, "cancel_reason", 500, True)}
    field_name = {S.BOOKED: "booked_for", S.SEEN: "seen_on", S.REPORT_RECEIVED: "report_received_on"}[new_status]
    day = parse_date(on, field_name)
    if day < ref.requested_on:
        raise ValidationError(field_name, "coordination.before_request")
    if new_status == S.BOOKED:
        if day > today + timedelta(days=366):
            raise ValidationError(field_name, "coordination.booked_too_late")
        return {"booked_for": day}
    if day > today:
        raise ValidationError(field_name, "future_date")
    if new_status == S.SEEN:
        return {"seen_on": day}
    if ref.seen_on and day < ref.seen_on:
        raise ValidationError(field_name, "coordination.before_visit")
    return {"report_received_on": day, "answer": clean_text(answer, "answer", 20000, True)}


def list_referrals(ctx: ServiceContext, *, patient_id: int | None = None, status: str | None = None,
                   overdue_only: bool = False, today: date | None = None) -> list[ReferralRow]:
    """Referrals (overdue first, then by target date); filter by patient, status or overdue."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        require(ctx, "referral.read")
        account = access_records.load_account(session, ctx.actor)
        stmt = select(Referral, Patient.family_name, Patient.given_names).join(Patient,
                                                                               Patient.id == Referral.patient_id)
        if patient_id is not None:
            require(ctx, "referral.read", access_records.patient_record(session, patient_id))
            stmt = stmt.where(Referral.patient_id == patient_id)
        # the front desk books every patient's referrals; the others list their own patients'
        stmt = stmt.where(access_records.visible(Referral.patient_id,
                                                 access_records.patient_scope(account, "register")))
        if status:
            stmt = stmt.where(Referral.status == status)
        if overdue_only:
            stmt = stmt.where(Referral.status.in_([s.value for s in OPEN]), Referral.due_by < today)
        rows = []
        found = session.execute(stmt.order_by(Referral.due_by, Referral.id)).all()
        teams = access_records.patient_teams(session, {r.patient_id for r, _f, _g in found})
        for r, family, given in found:
            team = teams.get(r.patient_id)
            withheld = not can(ctx, "referral.read", Record("referral", r.id, team))
            rows.append(ReferralRow(
                r.id, r.version, r.patient_id, f"{family.upper()} {given}", r.recipient, r.specialty, r.priority,
                "" if withheld else r.clinical_question, r.requested_on, r.due_by, r.status, r.booked_for,
                r.seen_on, r.report_received_on, None if withheld else r.answer,
                is_overdue(r.status, r.due_by, today),
                r.status == S.BOOKED and r.booked_for is not None and r.booked_for > r.due_by, team, withheld,
                r.directory_resource_id))
        return sorted(rows, key=lambda x: not x.overdue)
