"""Each patient's due items, computed from the schedules and the patient's facts (birth date, sex, country,
problems, current medications, recorded acts, observations), and kept in ``due_item``.

The dates are stored, the status is not: it is read against today (``status``), so nothing needs recomputing when
a day passes or a birthday comes (an age range is stored as the dates it starts and ends). What changes the facts
refreshes that patient's items in the same transaction (``refresh_patient``, called by the rules);
``refresh_all`` recomputes every patient in batches (after a change of the schedules, or ``cordee due-care``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session

from app.models.due_care import DueItem, RecordedAct
from app.models.medication import MedicationLine, Observation
from app.models.patient import Patient, PatientProblem
from app.services.due_care.schedules import Item, Schedules, load

DONE_FOR_GOOD = date(9999, 12, 31)
NEVER = date(1900, 1, 1)
SOON_DAYS = 30            # "due" this many days before the due date
BOOSTER_TOLERANCE_YEARS = 5
BATCH = 2000
COUNT_CAP = 10_000       # lists and counts are exact up to this; beyond, "more than" (a count reads every entry)


@dataclass
class Facts:
    """What the schedules need to know about one patient."""

    patient_id: int
    birth_date: date
    sex: str
    country: str
    problems: list[str] = field(default_factory=list)
    medications: list[str] = field(default_factory=list)
    done: dict[str, date] = field(default_factory=dict)     # act or observation code -> last day


@dataclass(frozen=True)
class Computed:
    item_key: str
    group_key: str
    due_on: date
    overdue_on: date
    until_on: date | None
    last_done_on: date | None


def status(due_on: date, overdue_on: date, until_on: date | None, today: date) -> str:
    """not_applicable, done, overdue, due (within ``SOON_DAYS``) or ok."""
    if until_on is not None and until_on <= today:
        return "not_applicable"
    if due_on == DONE_FOR_GOOD:
        return "done"
    if overdue_on <= today:
        return "overdue"
    if due_on <= today + timedelta(days=SOON_DAYS):
        return "due"
    return "ok"


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months (the 31st becomes the month's last day; quicker than dateutil in batch)."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _birthday(birth: date, years: int) -> date:
    return add_months(birth, 12 * years)


def _applies(item: Item, f: Facts) -> bool:
    if f.country not in item.countries or (item.sex and f.sex != item.sex):
        return False
    if item.icd10 and not any(c.startswith(item.icd10) for c in f.problems):
        return False
    return not item.atc or any(a.startswith(item.atc) for a in f.medications)


def _booster_due(item: Item, f: Facts, last: date | None) -> date:
    ages = list(item.booster_ages)
    if item.then_every_years:
        while ages[-1] < 120:
            ages.append(ages[-1] + item.then_every_years)
    days = [_birthday(f.birth_date, a) for a in ages]
    if last is None:
        return days[0]
    return next((d for d in days if d > add_months(last, 12 * BOOSTER_TOLERANCE_YEARS)), DONE_FOR_GOOD)


def compute_item(item: Item, f: Facts) -> Computed | None:
    """The item's dates for this patient, or None when it does not apply (or no longer does)."""
    if not _applies(item, f):
        return None
    start = _birthday(f.birth_date, item.age_min) if item.age_min is not None else None
    until = _birthday(f.birth_date, item.age_max + 1) if item.age_max is not None else None
    own = [f.done[c] for c in (item.act, *item.observations) if c in f.done]
    last = max(own) if own else None
    also = [(f.done[a], months) for a, months in item.also if a in f.done]
    if also:
        last = max([d for d in (last,) if d] + [d for d, _m in also])
    if item.booster_ages:
        due = _booster_due(item, f, max(own) if own else None)
        overdue = due if due == DONE_FOR_GOOD else add_months(due, item.overdue_after_months)
    elif item.once:
        due = overdue = DONE_FOR_GOOD if last else (start or NEVER)
    else:
        dues = [add_months(d, item.interval_months) for d in own]
        overdues = [add_months(d, item.overdue_after_months) for d in own]
        dues += [add_months(d, m) for d, m in also]
        overdues += [add_months(d, m) for d, m in also]
        due = max(dues) if dues else (start or NEVER)
        overdue = max(overdues) if overdues else (start or NEVER)
        if start is not None:
            due, overdue = max(due, start), max(overdue, start)
    return Computed(item.key, item.group, due, overdue, until, last)


def compute(f: Facts, schedules: Schedules | None = None) -> list[Computed]:
    """Every item that applies to the patient, with its dates."""
    schedules = schedules or load()
    out = []
    for item in schedules.candidates(f.country, f.problems):
        c = compute_item(item, f)
        if c is not None:
            out.append(c)
    return out


def _codes_in_play(schedules: Schedules) -> tuple[set[str], set[str]]:
    acts, observations = set(), set()
    for i in schedules.items:
        acts.add(i.act)
        acts.update(a for a, _m in i.also)
        observations.update(i.observations)
    return acts, observations


def facts_of(session: Session, patient_ids: list[int], schedules: Schedules) -> list[Facts]:
    """What the schedules need to know about these patients, read in a few queries."""
    acts, observations = _codes_in_play(schedules)
    rows = session.execute(select(Patient.id, Patient.birth_date, Patient.sex, Patient.country)
                           .where(Patient.id.in_(patient_ids))).all()
    facts = {pid: Facts(pid, birth, sex, (country or "FR").upper()) for pid, birth, sex, country in rows}
    for pid, code in session.execute(select(PatientProblem.patient_id, PatientProblem.code).where(
            PatientProblem.patient_id.in_(patient_ids), PatientProblem.kind != "allergy",
            PatientProblem.code.is_not(None))):
        facts[pid].problems.append(code.upper())
    for pid, atc in session.execute(select(MedicationLine.patient_id, MedicationLine.atc).where(
            MedicationLine.patient_id.in_(patient_ids), MedicationLine.stopped_at.is_(None),
            MedicationLine.atc.is_not(None))):
        facts[pid].medications.append(atc.upper())
    for pid, code, day in session.execute(
            select(RecordedAct.patient_id, RecordedAct.act_code, func.max(RecordedAct.done_on))
            .where(RecordedAct.patient_id.in_(patient_ids), RecordedAct.act_code.in_(acts))
            .group_by(RecordedAct.patient_id, RecordedAct.act_code)):
        facts[pid].done[code] = day
    for pid, code, day in session.execute(
            select(Observation.patient_id, Observation.code, func.max(Observation.measured_on))
            .where(Observation.patient_id.in_(patient_ids), Observation.code.in_(observations))
            .group_by(Observation.patient_id, Observation.code)):
        if day > facts[pid].done.get(code, NEVER):
            facts[pid].done[code] = day
    return list(facts.values())


def _store(session: Session, patient_ids: list[int], computed: Iterable[tuple[int, Computed]]) -> int:
    session.execute(delete(DueItem).where(DueItem.patient_id.in_(patient_ids)))
    rows = [{"patient_id": pid, "item_key": c.item_key, "group_key": c.group_key, "due_on": c.due_on,
             "overdue_on": c.overdue_on, "until_on": c.until_on, "last_done_on": c.last_done_on}
            for pid, c in computed]
    if rows:
        session.execute(insert(DueItem.__table__), rows)   # Core executemany: one statement, not one per row
    return len(rows)


def refresh_patients(session: Session, patient_ids: list[int], schedules: Schedules | None = None) -> int:
    """Recompute these patients' items in the caller's transaction; returns how many items they have."""
    schedules = schedules or load()
    facts = facts_of(session, patient_ids, schedules)
    return _store(session, patient_ids, ((f.patient_id, c) for f in facts for c in compute(f, schedules)))


def refresh_patient(session: Session, patient_id: int) -> int:
    """Recompute one patient's items in the caller's transaction."""
    return refresh_patients(session, [patient_id])


def refresh_all(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every patient's items in batches (the caller's transaction); returns how many items in all."""
    schedules = load()
    ids = list(session.execute(select(Patient.id).order_by(Patient.id)).scalars())
    total = 0
    for start in range(0, len(ids), BATCH):
        total += refresh_patients(session, ids[start:start + BATCH], schedules)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    return total


def capped_count(session: Session, *where) -> int:
    """How many items match, counted up to ``COUNT_CAP + 1`` (from the covering index)."""
    first = select(DueItem.patient_id).where(*where).limit(COUNT_CAP + 1).subquery()
    return session.execute(select(func.count()).select_from(first)).scalar_one()


def counts_by_group(session: Session, groups: Iterable[str], today: date) -> dict[str, tuple[int, int]]:
    """group -> (overdue items, items due within ``SOON_DAYS`` not yet overdue), each up to ``COUNT_CAP + 1``."""
    live = (DueItem.until_on.is_(None)) | (DueItem.until_on > today)
    return {g: (capped_count(session, DueItem.group_key == g, DueItem.overdue_on <= today, live),
                capped_count(session, DueItem.group_key == g, DueItem.due_on <= today + timedelta(days=SOON_DAYS),
                             DueItem.overdue_on > today, live))
            for g in groups}
