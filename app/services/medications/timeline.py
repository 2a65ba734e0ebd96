"""A patient's anticholinergic burden and risk over time, rebuilt from the medication history.

The list in force on a day is rebuilt from the kept snapshots of every line (``medication_line_version``): a
line's first snapshot holds from its start date, a later change from the day it was recorded, a stop from its stop
date, and a planned end date ends it the day after. A point is made on every day the list changed, and today; each
point carries the anticholinergic score, the number of lines, the number of serious findings (contraindicated or
to avoid) and the changes that moved it.

Knowledge: only the ANSM interaction layer is kept per installed edition (``knowledge_edition``, with its
installation date). A point after an installation is reviewed with the edition in force on that day
(``basis="in_force"``); a point before the first installation is reviewed with today's knowledge
(``basis="today"``), because the pack the program shipped with at that time is not kept. The anticholinergic scale
and the other rule families are always those of the program today; the coded conditions and allergies are those
recorded today (they carry no dates); the clinical values are the latest measured on or before each day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, select

from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.patient import Patient, PatientProblem
from app.services.errors import NotFoundError
from app.services.kernel.context import ServiceContext
from app.services.medications import knowledge_update, observations
from app.services.medications.check import ENGINE_LANGUAGES, build_context, practice_pim_lists, to_medication
from app.services.medications.medication_list import MedicationInput, MedicationRow, input_from_dict, line_data
from app.services.medications.observations import ObservationRow
from app.services.medications.review import Medication, anticholinergic_score, review
from app.services.security import records as access_records
from app.services.security.access import require

SERIOUS = frozenset({"contraindicated", "avoid"})
IN_FORCE, TODAY = "in_force", "today"


@dataclass(frozen=True)
class LineChange:
    """What happened to one line on a point's day: ``started``, ``stopped``, ``dose_changed`` or ``changed``."""

    kind: str
    name: str


@dataclass(frozen=True)
class TimelinePoint:
    """The list as it stood on ``day`` and what it scored."""

    day: date
    anticholinergic: int
    drugs: int                    # lines on the list that day (free-text lines included)
    serious: int                  # findings contraindicated or to avoid
    changes: tuple[LineChange, ...]
    edition: str                  # the ANSM thesaurus edition the point was reviewed with
    basis: str                    # IN_FORCE: the edition installed then; TODAY: today's knowledge


@dataclass(frozen=True)
class Timeline:
    """Every point of a patient's timeline, oldest first."""

    patient_id: int
    points: tuple[TimelinePoint, ...]
    today_edition: str


@dataclass(frozen=True)
class _State:
    """One snapshot of a line and the day it took effect."""

    line_id: int
    version: int
    effective: date | None        # None: the first snapshot (holds from the line's start)
    data: MedicationInput
    stopped_at: date | None
    recorded: date


def _day(value: datetime) -> date:
    """The local calendar day of a stored timestamp (SQLite gives it back without its UTC zone)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().date()


def _optional_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10]) if str(value) else None


def _states(session: Session, patient_id: int) -> dict[int, list[_State]]:
    """The snapshots of every line, by line, oldest first (a line without any: its stored state)."""
    out: dict[int, list[_State]] = {}
    versions = session.exec(select(MedicationLineVersion).where(MedicationLineVersion.patient_id == patient_id)
                            .order_by(MedicationLineVersion.line_id, MedicationLineVersion.version)).all()
    for v in versions:
        snap = json.loads(v.snapshot)
        stopped = _optional_date(snap.get("stopped_at"))
        states = out.setdefault(v.line_id, [])
        effective = None if not states else (stopped if v.change == "stop" and stopped else _day(v.changed_at))
        states.append(_State(v.line_id, v.version, effective, input_from_dict(snap), stopped, _day(v.changed_at)))
    for line in session.exec(select(MedicationLine).where(MedicationLine.patient_id == patient_id)).all():
        if line.id not in out:
            out[line.id] = [_State(line.id, line.version, None, line_data(line), line.stopped_at,
                                   _day(line.created_at))]
    return out


def _start(states: list[_State]) -> date:
    first = states[0]
    return first.data.posology.start_date or first.recorded


def _in_force(states: list[_State], day: date) -> _State | None:
    """The snapshot of a line that held on ``day``, or None when the line was not on the list that day."""
    if day < _start(states):
        return None
    held = states[0]
    for state in states[1:]:
        if state.effective is not None and state.effective <= day:
            held = state
    start, end = held.data.posology.start_date, held.data.posology.end_date
    if (start and day < start) or (end and day > end) or (held.stopped_at and day >= held.stopped_at):
        return None
    return held


def _event_days(lines: dict[int, list[_State]]) -> set[date]:
    days: set[date] = set()
    for states in lines.values():
        days.add(_start(states))
        for state in states:
            p = state.data.posology
            days.update(d for d in (state.effective, p.start_date, state.stopped_at) if d)
            if p.end_date:
                days.add(p.end_date + timedelta(days=1))
    return days


def _row(state: _State, patient_id: int) -> MedicationRow:
    return MedicationRow(state.line_id, patient_id, state.version, state.data, not state.data.atc, None,
                         state.stopped_at, None, None, datetime.now(UTC), "")


def _name(state: _State) -> str:
    return state.data.product_name or state.data.substances


def _dose(state: _State) -> tuple:
    """How much is taken: mg a day and a week where known, else the amounts in the line's unit."""
    amounts = state.data.amounts()
    return (state.data.daily_dose_mg, amounts.per_day, amounts.per_week, amounts.max_per_day)


def _changes(before: dict[int, _State], after: dict[int, _State]) -> tuple[LineChange, ...]:
    out = [LineChange("started", _name(after[i])) for i in after if i not in before]
    out += [LineChange("stopped", _name(before[i])) for i in before if i not in after]
    for i in after.keys() & before.keys():
        old, new = _dose(before[i]), _dose(after[i])
        if old != new:
            out.append(LineChange("dose_changed", _name(after[i])))
        elif to_medication(_row(before[i], 0)) != to_medication(_row(after[i], 0)):
            out.append(LineChange("changed", _name(after[i])))
    return tuple(sorted(out, key=lambda c: (("started", "dose_changed", "changed", "stopped").index(c.kind), c.name)))


def _values_on(rows: list[Observation], day: date) -> dict[str, ObservationRow]:
    out: dict[str, ObservationRow] = {}
    for o in rows:   # ordered by day, then recording: the last one on or before the day wins
        if o.measured_on <= day:
            out[o.code] = ObservationRow(o.id, o.patient_id, o.code, o.value, o.unit, o.measured_on, o.recorded_at,
                                         o.recorded_by)
    return out


def timeline_in(session: Session, patient_id: int, today: date | None = None, lang: str = "fr") -> Timeline:
    """The timeline inside an open unit of work (no access check, no audit: for a printout whose export is
    checked and audited)."""
    today = today or date.today()
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFoundError("patient", patient_id)
    lang = lang if lang in ENGINE_LANGUAGES else "fr"
    problems = list(session.exec(select(PatientProblem).where(PatientProblem.patient_id == patient_id)).all())
    values = list(session.exec(select(Observation).where(
        Observation.patient_id == patient_id, Observation.code.in_([str(c) for c in observations.REVIEW_CODES]))
        .order_by(Observation.measured_on, Observation.id)).all())
    pim_lists = practice_pim_lists(session)
    editions = knowledge_update.installed_editions(session)
    current = knowledge_update.practice_knowledge(session)
    today_edition = knowledge_update.edition_in(session)
    lines = _states(session, patient_id)
    points: list[TimelinePoint] = []
    previous: dict[int, _State] | None = None
    for day in sorted(d for d in _event_days(lines) | {today} if d <= today):
        held = {i: s for i, s in ((i, _in_force(states, day)) for i, states in lines.items()) if s is not None}
        if previous is None and not held and day != today:
            continue
        changes = _changes(previous or {}, held)
        if previous is not None and not changes and day != today:
            continue
        previous = held
        in_force = [e for e in editions if _day(e.installed_at) <= day]
        kb, edition, basis = (current, today_edition, TODAY) if not in_force else (
            knowledge_update.edition_knowledge(session, in_force[-1].row_id), in_force[-1].edition, IN_FORCE)
        meds: list[Medication] = [to_medication(_row(s, patient_id)) for s in held.values() if s.data.atc]
        context = build_context(patient, problems, _values_on(values, day), day)
        findings = review(context, meds, lang=lang, knowledge=kb, pim_lists=pim_lists)
        points.append(TimelinePoint(day, anticholinergic_score(meds, knowledge=kb), len(held),
                                    sum(1 for f in findings if f.severity in SERIOUS), changes, edition, basis))
    return Timeline(patient_id, tuple(points), today_edition)


def medication_timeline(ctx: ServiceContext, patient_id: int, lang: str = "fr") -> Timeline:
    """The patient's anticholinergic score, number of drugs and serious findings over time (audited read)."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        result = timeline_in(session, patient_id, lang=lang)
        ctx.audit(session, "medication.timeline", entity_type="patient", entity_id=patient_id,
                  patient_id=patient_id)
    return result


__all__ = ["IN_FORCE", "TODAY", "LineChange", "Timeline", "TimelinePoint", "medication_timeline", "timeline_in"]
