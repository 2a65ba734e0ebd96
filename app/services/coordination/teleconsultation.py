"""Nurse-assisted teleconsultation: a member of the team (nurse, APN or medical assistant) is with the patient,
a physician joins remotely through the practice's video service (Cordée keeps only the https link).

Lifecycle::

    booked → prepared (every checklist task completed: ``task_rule``, in the transaction of the task's change)
    booked / prepared → concluded (the remote physician's conclusion is written to the chart)
    booked / prepared → cancelled (the open checklist tasks are cancelled)

Booking creates one task per checklist item (``teleconsultation_input.checklist``), assigned to the accompanying
member, due at the start of the slot (``origin_type`` "teleconsultation", ``origin_id`` the booking).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.coordination import Teleconsultation, TeleconsultationStatus
from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import OPEN_STATUSES, Task, TaskStatus
from app.services.coordination.teleconsultation_input import TeleconsultationInput, checklist, item_title, validated
from app.services.errors import AccessDenied, NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import practice_language, say
from app.services.kernel.validation import clean_text
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.relations import PatientTeam, Record
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks

S = TeleconsultationStatus
ORIGIN = "teleconsultation"
TASK_TYPE = "teleconsultation_prep"
OPEN = (S.BOOKED, S.PREPARED, S.IN_PROGRESS)


@dataclass(frozen=True)
class TeleconsultationRow:
    id: int
    version: int
    patient_id: int
    patient_name: str
    starts_at: datetime            # aware UTC
    ends_at: datetime
    accompanying_staff_id: int
    accompanying_name: str
    remote_physician_id: int
    remote_physician_name: str
    video_url: str
    protocol_code: str | None
    status: str
    tasks_done: int
    tasks_total: int
    conclusion: str | None
    team: PatientTeam | None = None
    withheld: bool = False         # the front desk books it without reading the chart: no conclusion

    @property
    def record(self) -> Record:
        return Record("teleconsultation", self.id, self.team)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def book(ctx: ServiceContext, data: TeleconsultationInput, *, now: datetime | None = None) -> int:
    """Book a teleconsultation and create its preparation tasks; returns its id."""
    now = now or utcnow()
    with ctx.transaction() as session:
        require(ctx, "teleconsultation.book")
        values = validated(session, data, now)
        require(ctx, "teleconsultation.book", access_records.patient_record(session, values["patient_id"]))
        tc = Teleconsultation(**values, booked_by_staff_id=ctx.actor.staff_id, updated_by=ctx.actor.display_name)
        session.add(tc)
        session.flush()
        local = recurrence.to_local(tc.starts_at)
        lang = practice_language(session)
        for item in checklist():
            tasks.create_task(ctx, tasks.TaskInput(
                title=item_title(item, lang)[:200], task_type=TASK_TYPE, patient_id=tc.patient_id,
                assignee_staff_id=tc.accompanying_staff_id, due_date=local.date(), due_time=local.time(),
                origin_type=ORIGIN, origin_id=tc.id))
        ctx.audit(session, "teleconsultation.book", entity_type="teleconsultation", entity_id=tc.id,
                  patient_id=tc.patient_id, detail=tc.protocol_code or "")
        ctx.announce("teleconsultation.changed", patient_id=tc.patient_id, teleconsultation_id=tc.id)
        return tc.id


def _get(session: Session, tc_id: int, expected_version: int) -> Teleconsultation:
    tc = session.get(Teleconsultation, tc_id)
    if tc is None:
        raise NotFoundError("teleconsultation", tc_id)
    if tc.version != expected_version:
        raise StaleRecordError("teleconsultation", tc_id, tc.updated_by, tc.updated_at)
    if tc.status not in OPEN:
        raise ValidationError("status", "coordination.teleconsult_closed")
    return tc


def _save(ctx: ServiceContext, session: Session, tc: Teleconsultation, values: dict) -> int:
    version = tc.version
    result = session.execute(update(Teleconsultation).where(
        Teleconsultation.id == tc.id, Teleconsultation.version == version).values(
        **values, version=version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    if result.rowcount != 1:
        raise StaleRecordError("teleconsultation", tc.id, tc.updated_by, tc.updated_at)
    return version + 1


def conclude(ctx: ServiceContext, tc_id: int, expected_version: int, conclusion: str) -> int:
    """The remote physician's conclusion: written to the patient's chart (under the protocol, if any) and kept on
    the teleconsultation, which becomes concluded. Returns the new version."""
    with ctx.transaction() as session:
        tc = _get(session, tc_id, expected_version)
        require(ctx, "teleconsultation.conclude", access_records.patient_record(session, tc.patient_id))
        if ctx.actor.staff_id != tc.remote_physician_id:
            raise ValidationError("remote_physician_id", "coordination.teleconsult_not_remote_physician")
        text = clean_text(conclusion, "conclusion", 20000, True)
        names = _names(session, tc.accompanying_staff_id, tc.remote_physician_id)
        protocol = say(session, "teleconsultation.protocol", code=tc.protocol_code) if tc.protocol_code else ""
        tasks.write_chart_note(ctx, tc.patient_id, ORIGIN, say(
            session, "teleconsultation.conclusion", date=f"{recurrence.to_local(tc.starts_at):%d.%m.%Y %H:%M}",
            physician=names[tc.remote_physician_id], companion=names[tc.accompanying_staff_id], protocol=protocol,
            text=text))
        version = _save(ctx, session, tc, {"status": S.CONCLUDED, "conclusion": text, "concluded_at": utcnow(),
                                           "concluded_by_staff_id": ctx.actor.staff_id})
        ctx.audit(session, "teleconsultation.conclude", entity_type="teleconsultation", entity_id=tc_id,
                  patient_id=tc.patient_id, detail=tc.protocol_code or "")
        ctx.announce("teleconsultation.changed", patient_id=tc.patient_id, teleconsultation_id=tc_id)
        return version


def cancel(ctx: ServiceContext, tc_id: int, expected_version: int, reason: str) -> int:
    """Cancel a booking (a reason is needed); its open checklist tasks are cancelled. Returns the new version."""
    with ctx.transaction() as session:
        tc = _get(session, tc_id, expected_version)
        require(ctx, "teleconsultation.book", access_records.patient_record(session, tc.patient_id))
        why = clean_text(reason, "cancel_reason", 500, True)
        version = _save(ctx, session, tc, {"status": S.CANCELLED, "cancel_reason": why})
        for task in _tasks_of(session, tc_id):
            if task.status in OPEN_STATUSES:
                try:
                    tasks.transition(ctx, task.id, task.version, TaskStatus.CANCELLED, reason=why)
                except AccessDenied:
                    pass   # the assignee or a supervisor will close it
        ctx.audit(session, "teleconsultation.cancel", entity_type="teleconsultation", entity_id=tc_id,
                  patient_id=tc.patient_id, detail=why)
        ctx.announce("teleconsultation.changed", patient_id=tc.patient_id, teleconsultation_id=tc_id)
        return version


def _tasks_of(session: Session, tc_id: int) -> list[Task]:
    return list(session.exec(select(Task).where(Task.origin_type == ORIGIN, Task.origin_id == tc_id)
                             .order_by(Task.id)))


def _names(session: Session, *staff_ids: int) -> dict[int, str]:
    rows = session.execute(select(Staff.id, Staff.given_names, Staff.family_name).where(Staff.id.in_(staff_ids)))
    return {i: f"{g} {f}".strip() for i, g, f in rows}


def task_rule(ctx: ServiceContext, session: Session, payload: dict) -> None:
    """Rule of ``task.changed`` (``app.services.RULES``): a booked teleconsultation whose checklist tasks are all
    completed becomes prepared, in the transaction of the last completion."""
    task = session.get(Task, payload.get("task_id")) if payload.get("task_id") is not None else None
    if task is None or task.origin_type != ORIGIN or task.origin_id is None or task.status != TaskStatus.COMPLETED:
        return
    tc = session.get(Teleconsultation, task.origin_id)
    if tc is None or tc.status != S.BOOKED:
        return
    if all(t.status == TaskStatus.COMPLETED for t in _tasks_of(session, tc.id)):
        tc.status, tc.version, tc.updated_at = S.PREPARED, tc.version + 1, utcnow()
        tc.updated_by = ctx.actor.display_name
        session.add(tc)
        session.flush()
        ctx.audit(session, "teleconsultation.prepared", entity_type="teleconsultation", entity_id=tc.id,
                  patient_id=tc.patient_id)
        ctx.announce("teleconsultation.changed", patient_id=tc.patient_id, teleconsultation_id=tc.id)


def list_teleconsultations(ctx: ServiceContext, *, include_closed: bool = False,
                           patient_id: int | None = None) -> list[TeleconsultationRow]:
    """Teleconsultations by start time (open ones only unless ``include_closed``), of the patients the user may
    book for; the conclusion is withheld from whoever may not read the chart."""
    with ctx.transaction() as session:
        require(ctx, "teleconsultation.read")
        account = access_records.load_account(session, ctx.actor)
        companion, physician = aliased(Staff), aliased(Staff)
        stmt = (select(Teleconsultation, Patient.family_name, Patient.given_names, companion.given_names,
                       companion.family_name, physician.given_names, physician.family_name)
                .join(Patient, Patient.id == Teleconsultation.patient_id)
                .join(companion, companion.id == Teleconsultation.accompanying_staff_id)
                .join(physician, physician.id == Teleconsultation.remote_physician_id)
                .where(access_records.visible(Teleconsultation.patient_id,
                                              access_records.patient_scope(account, "register"))))
        if patient_id is not None:
            stmt = stmt.where(Teleconsultation.patient_id == patient_id)
        if not include_closed:
            stmt = stmt.where(Teleconsultation.status.in_([s.value for s in OPEN]))
        found = session.execute(stmt.order_by(Teleconsultation.starts_at, Teleconsultation.id)).all()
        teams = access_records.patient_teams(session, {r[0].patient_id for r in found})
        counts = _checklist_counts(session, [r[0].id for r in found])
        rows = []
        for tc, family, given, cg, cf, pg, pf in found:
            team = teams.get(tc.patient_id)
            withheld = not can(ctx, "teleconsultation.read", Record("teleconsultation", tc.id, team))
            done, total = counts.get(tc.id, (0, 0))
            rows.append(TeleconsultationRow(
                tc.id, tc.version, tc.patient_id, f"{family.upper()} {given}", _aware(tc.starts_at),
                _aware(tc.ends_at), tc.accompanying_staff_id, f"{cg} {cf}".strip(), tc.remote_physician_id,
                f"{pg} {pf}".strip(), tc.video_url, tc.protocol_code, tc.status, done, total,
                None if withheld else tc.conclusion, team, withheld))
        return rows


def _checklist_counts(session: Session, tc_ids: list[int]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    if not tc_ids:
        return out
    for origin_id, status in session.execute(select(Task.origin_id, Task.status).where(
            Task.origin_type == ORIGIN, Task.origin_id.in_(tc_ids))):
        done, total = out.get(origin_id, (0, 0))
        out[origin_id] = (done + (status == TaskStatus.COMPLETED), total + 1)
    return out
