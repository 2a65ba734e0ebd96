"""A demo patient whose anticholinergic burden rises over two years, then falls after a medication review.

One of the steps of ``demo.practice.STEPS`` (after the medication lists). An older woman with no list yet is given
furosemide, then oxybutynin, amitriptyline (dose raised later) and hydroxyzine; a shared medication review five
months ago stops hydroxyzine and replaces oxybutynin by mirabegron, amitriptyline is tapered and then stopped. The
lines are written with the history the service keeps (one snapshot per change, on the day it was made), and the
demo pharmacist opens a review worksheet, whose report prints the timeline.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, select

from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.alerts import worksheet as review_worksheet
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.medications.observations import RANGES
from app.services.practice.accounts import actor_for

REVIEW_REASON = "Revue de médication : charge anticholinergique élevée"
# (atc, substance, strength, times of day "m-n-e-night", indication, started days ago,
#  [(days ago, new times of day)], (stopped days ago, reason) or None)
LINES = [
    ("C03CA01", "furosémide", "40 mg", "1-0-0-0", "Œdèmes des membres inférieurs", 720, [], None),
    ("G04BD04", "oxybutynine", "5 mg", "1-0-1-0", "Incontinence par urgenturie", 640, [],
     (150, REVIEW_REASON + " ; remplacée par le mirabégron")),
    ("N06AA09", "amitriptyline", "25 mg", "0-0-1-0", "Douleurs neuropathiques", 500, [(300, "0-0-2-0"), (90, "0-0-1-0")],
     (45, "Sevrage progressif terminé")),
    ("N05BB01", "hydroxyzine", "25 mg", "0-0-0-1", "Troubles du sommeil", 380, [], (150, REVIEW_REASON)),
    ("G04BD12", "mirabégron", "50 mg", "1-0-0-0", "Incontinence par urgenturie", 150, [], None),
]
MIN_AGE = 78


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), UTC)


def _input(atc: str, name: str, strength: str, times: str, indication: str, start: date) -> MedicationInput:
    doses = [x if x != "0" else None for x in times.split("-")]
    return MedicationInput(atc=atc, substances=name, strength=strength, catalogue_ref=f"substance:{atc}",
                           indication=indication, posology=Posology(
                               dose_morning=doses[0], dose_noon=doses[1], dose_evening=doses[2],
                               dose_night=doses[3], unit="tablet", route="20053000", start_date=start))


def _snapshot(session: Session, line: MedicationLine, change: str, day: date, by: str) -> None:
    state = medications.input_to_dict(medications.line_data(line))
    state.update(stopped_at=line.stopped_at, stopped_by=line.stopped_by, stop_reason=line.stop_reason)
    session.add(MedicationLineVersion(line_id=line.id, patient_id=line.patient_id, version=line.version,
                                      change=change, changed_at=_stamp(day), changed_by=by,
                                      snapshot=json.dumps(state, default=str, ensure_ascii=False)))


def _write_line(session: Session, pid: int, spec, today: date, by: str, prescriber: int | None) -> None:
    atc, name, strength, times, indication, started, changes, stop = spec
    start = today - timedelta(days=started)
    line = MedicationLine(patient_id=pid, updated_by=by, **medications.line_values(
        session, _input(atc, name, strength, times, indication, start)))
    line.prescriber_staff_id = prescriber
    line.created_at = line.updated_at = _stamp(start)
    session.add(line)
    session.flush()
    _snapshot(session, line, "add", start, by)
    for days_ago, new_times in changes:
        values = medications.line_values(session, _input(atc, name, strength, new_times, indication, start))
        for key in ("dose_morning", "dose_noon", "dose_evening", "dose_night", "daily_dose_mg"):
            setattr(line, key, values[key])
        line.version += 1
        _snapshot(session, line, "change", today - timedelta(days=days_ago), by)
    if stop:
        days_ago, reason = stop
        line.stopped_at, line.stopped_by, line.stop_reason = today - timedelta(days=days_ago), by, reason
        line.version += 1
        _snapshot(session, line, "stop", line.stopped_at, by)
    session.add(line)


def add_demo_timeline(ctx: ServiceContext, ids: dict[str, int]) -> int:
    """Give one patient of 78 or more without a list the two-year history above; returns her id (0: none found)."""
    today = date.today()
    by = "Dr Martin (démo)"
    born_before = date(today.year - MIN_AGE, today.month, min(today.day, 28))
    with ctx.transaction() as session:
        listed = set(session.exec(select(MedicationLine.patient_id)).all())
        free = [p for p in session.exec(select(Patient).order_by(Patient.id)) if p.id not in listed
                and p.birth_date <= born_before]   # an older woman if there is one, else the oldest
        patient = min(free, key=lambda p: (p.sex != "F", p.birth_date), default=None)
        if patient is None:
            return 0
        pid = patient.id
        for spec in LINES:
            _write_line(session, pid, spec, today, by, ids.get("dr.martin"))
        for code, value, days_ago in (("egfr", 58, 400), ("egfr", 54, 40), ("weight_kg", 61.5, 40)):
            session.add(Observation(patient_id=pid, code=code, value=value, unit=RANGES[code][0],
                                    measured_on=today - timedelta(days=days_ago), recorded_by=by))
        ctx.audit(session, "demo.medications", entity_type="patient", entity_id=pid, patient_id=pid,
                  detail="anticholinergic burden timeline")
    if "ph.bernard" in ids:
        with ctx.db.session() as s:
            pharmacist = ctx.as_actor(actor_for(s.get(Staff, ids["ph.bernard"])))
        review_worksheet.create_worksheet(pharmacist, pid, "bpm")
    return pid
