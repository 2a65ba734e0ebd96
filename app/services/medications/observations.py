"""Clinical values (eGFR, weight, creatinine …): record one, read the latest of each.

Each code has one unit and a plausible range; a value outside it is refused with
a ValidationError naming the field. Reads are audited like any clinical record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from app.models.medication import Observation, ObservationCode
from app.models.patient import Patient
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import parse_date
from app.services.security import records as access_records
from app.services.security.access import require

#: code -> (unit, lowest, highest) accepted.
RANGES: dict[str, tuple[str, float, float]] = {
    ObservationCode.EGFR: ("mL/min/1.73 m²", 0, 200),
    ObservationCode.WEIGHT: ("kg", 0.5, 400),
    ObservationCode.HEIGHT: ("cm", 20, 250),
    ObservationCode.CREATININE: ("µmol/L", 5, 3000),
    ObservationCode.POTASSIUM: ("mmol/L", 1, 10),
    ObservationCode.SODIUM: ("mmol/L", 100, 180),
    ObservationCode.INR: ("", 0.5, 15),
    ObservationCode.HBA1C: ("%", 3, 20),
    ObservationCode.SYSTOLIC_BP: ("mmHg", 40, 300),
    ObservationCode.DIASTOLIC_BP: ("mmHg", 20, 200),
    ObservationCode.HEART_RATE: ("/min", 20, 250),
    ObservationCode.QTC: ("ms", 250, 700),
}
#: What the review engine uses, in the order the chart shows them.
REVIEW_CODES = (ObservationCode.EGFR, ObservationCode.WEIGHT, ObservationCode.CREATININE)


@dataclass(frozen=True)
class ObservationRow:
    """One recorded value."""

    id: int
    patient_id: int
    code: str
    value: float
    unit: str
    measured_on: date
    recorded_at: datetime
    recorded_by: str


def parse_value(raw, code: str) -> float:
    """The value as a number within the plausible range of ``code`` (refusals name the field)."""
    _unit, low, high = RANGES[code]
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise ValidationError("value", "required")
    try:
        number = float(raw.strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise ValidationError("value", "not_a_number") from None
    if not (low <= number <= high):
        raise ValidationError("value", "out_of_range", min=low, max=high)
    return number


def record_observation(ctx: ServiceContext, patient_id: int, code: str, value, measured_on=None) -> int:
    """Store a measured value (date defaults to today); returns its id."""
    require(ctx, "observation.record")
    code = (code or "").strip().lower()
    if code not in RANGES:
        raise ValidationError("code", "one_of", allowed=tuple(RANGES))
    number = parse_value(value, code)
    day = date.today() if measured_on is None or measured_on == "" else parse_date(measured_on, "measured_on")
    if day > date.today():
        raise ValidationError("measured_on", "medications.in_future")
    if day.year < 1900:
        raise ValidationError("measured_on", "medications.before_1900")
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "observation.record", access_records.patient_record(session, patient_id))
        obs = Observation(patient_id=patient_id, code=code, value=number, unit=RANGES[code][0], measured_on=day,
                          recorded_by=ctx.actor.display_name)
        session.add(obs)
        session.flush()
        ctx.audit(session, "observation.record", entity_type="observation", entity_id=obs.id,
                  patient_id=patient_id, detail=code)
        ctx.announce("observation.changed", patient_id=patient_id, code=code)
        return obs.id


def latest(session: Session, patient_id: int, codes: Iterable[str]) -> dict[str, ObservationRow]:
    """The most recent value of each code (no access check, no audit: for other services)."""
    codes = list(codes)
    newest = (select(Observation.code, func.max(Observation.measured_on).label("day"))
              .where(Observation.patient_id == patient_id, Observation.code.in_(codes))
              .group_by(Observation.code).subquery())
    rows = session.exec(select(Observation).join(newest, (Observation.code == newest.c.code) &
                                                 (Observation.measured_on == newest.c.day))
                        .where(Observation.patient_id == patient_id).order_by(Observation.id)).all()
    out: dict[str, ObservationRow] = {}
    for o in rows:   # same day twice: the last recorded wins
        out[o.code] = ObservationRow(o.id, o.patient_id, o.code, o.value, o.unit, o.measured_on, o.recorded_at,
                                     o.recorded_by)
    return out


def latest_values(ctx: ServiceContext, patient_id: int,
                  codes: Iterable[str] = REVIEW_CODES) -> dict[str, ObservationRow]:
    """Latest value of each code for the chart (audited read)."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        result = latest(session, patient_id, [str(c) for c in codes])
        ctx.audit(session, "observation.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return result


def history(ctx: ServiceContext, patient_id: int, code: str) -> list[ObservationRow]:
    """All values of one code, newest first (audited read)."""
    with ctx.transaction() as session:
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(Observation).where(Observation.patient_id == patient_id, Observation.code == code)
                            .order_by(Observation.measured_on.desc(), Observation.id.desc())).all()
        ctx.audit(session, "observation.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=code)
        return [ObservationRow(o.id, o.patient_id, o.code, o.value, o.unit, o.measured_on, o.recorded_at,
                               o.recorded_by) for o in rows]
