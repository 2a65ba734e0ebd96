"""Record an assessment for a patient (scored from its instrument's data, under a protocol for a delegated member),
and read a patient's assessments and their trend per instrument."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from app.models.assessment import AcceptedProposal, Assessment
from app.models.base import utcnow
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.assessments import instruments, scoring
from app.services.assessments.instruments import Instrument, label
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import guard, recurrence


@dataclass(frozen=True)
class Proposal:
    """An action a result proposes, and what became of it (``accepted``: a task or a care-plan need was made)."""

    key: str
    kind: str               # task | care_plan_need
    text: str
    pool_role: str | None
    priority: str
    accepted: bool
    task_id: int | None = None
    care_plan_id: int | None = None


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    instrument_id: str
    instrument_version: str
    title: str
    done_at: datetime
    score: int
    score_max: int
    band: str
    band_title: str
    flags: tuple[str, ...]
    flag_titles: tuple[str, ...]
    protocol_code: str | None
    recorded_by: str
    answers: dict
    proposals: tuple[Proposal, ...]


@dataclass(frozen=True)
class TrendPoint:
    done_at: datetime
    score: int
    band: str


@dataclass(frozen=True)
class Trend:
    instrument_id: str
    title: str
    score_max: int
    bands: tuple[tuple[int, int, str], ...]      # (low, high, title) of the newest version
    points: tuple[TrendPoint, ...]


def instrument_of(instrument_id: str, version: str | None = None) -> Instrument:
    """The instrument, or a refusal naming it."""
    found = instruments.get((instrument_id or "").strip(), version)
    if found is None:
        raise ValidationError("instrument", "assessments.unknown_instrument",
                              value=f"{instrument_id}@{version}" if version else str(instrument_id))
    return found


def _check_delegation(ctx: ServiceContext, session, instrument: Instrument, patient_id: int,
                      protocol_code: str | None) -> str | None:
    """Who may fill this instrument in: a role in its own right, or a delegated member under a listed protocol
    (the protocol guard decides: active, adherent, patient inside its criteria)."""
    code = (protocol_code or "").strip() or None
    acts = dict(instrument.protocols)
    if code is None:
        if access_records.current_account(ctx).roles & set(instrument.own_right_roles):   # the roles held now
            return None
        raise ValidationError("protocol_code", "assessments.protocol_needed",
                              protocols=tuple(sorted(acts)) or ("—",))
    if code not in acts:
        raise ValidationError("protocol_code", "assessments.protocol_not_listed", value=code,
                              protocols=tuple(sorted(acts)) or ("—",))
    staff = session.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id is not None else None
    if staff is None:
        raise ValidationError("protocol_code", "assessments.protocol_needs_staff")
    guard.check_task(session, protocol_code=code, act=acts[code], assignee=staff, pool_role=None,
                     patient_id=patient_id, on=recurrence.today_local())
    return code


def record_assessment(ctx: ServiceContext, patient_id: int, instrument_id: str, answers, *,
                      version: str | None = None, protocol_code: str | None = None,
                      done_at: datetime | None = None, lang: str = "fr") -> AssessmentRow:
    """Score and store an assessment; returns it with the actions its result proposes (none accepted yet).
    Bad input (unknown instrument, missing or unknown answer, protocol that does not cover it) is refused naming
    the field; nothing is stored."""
    require(ctx, "assessment.record")
    instrument = instrument_of(instrument_id, version)
    result = scoring.score(instrument, answers)
    clean = scoring.checked_answers(instrument, answers)
    if done_at is not None and done_at > utcnow() + timedelta(minutes=5):
        raise ValidationError("done_at", "assessments.in_future")
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "assessment.record", access_records.patient_record(session, patient_id))
        code = _check_delegation(ctx, session, instrument, patient_id, protocol_code)
        row = Assessment(patient_id=patient_id, instrument_id=instrument.id, instrument_version=instrument.version,
                         answers_json=json.dumps(clean, sort_keys=True), score=result.score, band=result.band,
                         flags=" ".join(result.flags), protocol_code=code, recorded_by=ctx.actor.display_name,
                         recorded_by_staff_id=ctx.actor.staff_id)
        if done_at is not None:
            row.done_at = done_at
        session.add(row)
        session.flush()
        ctx.audit(session, "assessment.record", entity_type="assessment", entity_id=row.id, patient_id=patient_id,
                  detail=f"{instrument.ref} {result.score} {result.band}" + (f" ({code})" if code else ""))
        ctx.announce("assessment.changed", patient_id=patient_id)
        return _row(row, instrument, [], lang)


def result_of(row: Assessment, instrument: Instrument) -> scoring.Result:
    """The stored answers scored again with their instrument version (the same band, rules and actions)."""
    return scoring.score(instrument, json.loads(row.answers_json))


def proposals_of(row: Assessment, instrument: Instrument, accepted: list[AcceptedProposal],
                 lang: str) -> tuple[Proposal, ...]:
    """The actions the stored result proposes, each with what became of it."""
    result = result_of(row, instrument)
    done = {a.action_key: a for a in accepted}
    return tuple(Proposal(a.key, a.kind, label(a.text, lang), a.pool_role, a.priority, a.key in done,
                          done[a.key].task_id if a.key in done else None,
                          done[a.key].care_plan_id if a.key in done else None) for a in result.actions)


def _row(row: Assessment, instrument: Instrument, accepted: list[AcceptedProposal], lang: str) -> AssessmentRow:
    band = instrument.band(row.band)
    flags = tuple(f for f in row.flags.split() if f)
    titles = {r.key: label(r.title, lang) for r in instrument.rules}
    return AssessmentRow(row.id, row.instrument_id, row.instrument_version, label(instrument.title, lang),
                         row.done_at, row.score, instrument.score_max, row.band,
                         label(band.title, lang) if band else row.band, flags,
                         tuple(titles.get(f, f) for f in flags), row.protocol_code, row.recorded_by,
                         json.loads(row.answers_json), proposals_of(row, instrument, accepted, lang))


def patient_assessments(ctx: ServiceContext, patient_id: int, lang: str = "fr") -> list[AssessmentRow]:
    """The patient's assessments, newest first, with their proposals (audited read)."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "assessment.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(Assessment).where(Assessment.patient_id == patient_id)
                            .order_by(Assessment.done_at.desc(), Assessment.id.desc())).all()
        accepted: dict[int, list[AcceptedProposal]] = {}
        ids = [r.id for r in rows]
        if ids:
            for a in session.exec(select(AcceptedProposal).where(AcceptedProposal.assessment_id.in_(ids))):
                accepted.setdefault(a.assessment_id, []).append(a)
        ctx.audit(session, "assessment.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        out = []
        for r in rows:
            inst = instruments.get(r.instrument_id, r.instrument_version)
            if inst is not None:
                out.append(_row(r, inst, accepted.get(r.id, []), lang))
        return out


def trend(ctx: ServiceContext, patient_id: int, instrument_id: str, lang: str = "fr") -> Trend:
    """The scores of one instrument for the patient, oldest first, with the bands to draw behind them."""
    inst = instrument_of(instrument_id)
    with ctx.transaction() as session:
        require(ctx, "assessment.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(Assessment.done_at, Assessment.score, Assessment.band).where(
            Assessment.patient_id == patient_id, Assessment.instrument_id == inst.id)
            .order_by(Assessment.done_at, Assessment.id)).all()
        ctx.audit(session, "assessment.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"trend {inst.id}")
    return Trend(inst.id, label(inst.title, lang), inst.score_max,
                 tuple((b.low, b.high, label(b.title, lang)) for b in inst.bands),
                 tuple(TrendPoint(d, s, b) for d, s, b in rows))
