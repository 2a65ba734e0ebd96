"""A patient's medication list: list current lines and history, add, change, stop.

Every change bumps the line's version (optimistic locking), writes a snapshot to
``medication_line_version`` (who, when, what) and an audit event; every read of
the list is audited. Lines without an ATC code are free text: kept and shown,
but "not checked by the engine".
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.medication import MedicationChange, MedicationLine, MedicationLineVersion
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.medications import posology as posologies
from app.services.medications.posology import Posology, Taking, optional_date
from app.services.security import records as access_records
from app.services.security.access import can, require

ATC = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")
MAX_RENEWAL = timedelta(days=366)   # renewal by the pharmacist: at most 12 months from the start
MAX_DAILY_MG = 100_000


@dataclass
class MedicationInput:
    """What the dialog or an import hands to the service (plain values, checked here).

    ``daily_dose_mg`` is derived from the posology and the strength whenever the strength says how many mg a unit
    holds (``posology.amounts``); the value given here is kept only when it cannot be derived.
    """

    atc: str | None = None
    substances: str = ""
    product_name: str | None = None
    catalogue_ref: str | None = None
    strength: str | None = None
    posology: Posology = field(default_factory=Posology)
    self_medication: bool = False
    indication: str | None = None
    prescriber_staff_id: int | None = None
    prescriber_external: str | None = None
    renewal_allowed_until: date | str | None = None
    dose_adjustment_allowed: bool = False
    daily_dose_mg: float | str | None = None

    # Read-only views of the posology that many readers want.
    @property
    def start_date(self):
        return self.posology.start_date

    @property
    def end_date(self):
        return self.posology.end_date

    @property
    def as_needed(self) -> bool:
        return self.posology.as_needed

    @property
    def instructions(self) -> str | None:
        return self.posology.instructions

    def amounts(self) -> posologies.Amounts:
        """The amounts a day and a week of the (checked) posology, in its unit and in mg where known."""
        return posologies.amounts(self.posology, self.strength)


@dataclass(frozen=True)
class MedicationRow:
    """One line as the UI shows it (current or stopped)."""

    id: int
    patient_id: int
    version: int
    data: MedicationInput
    free_text: bool
    prescriber_display: str | None
    stopped_at: date | None
    stopped_by: str | None
    stop_reason: str | None
    updated_at: datetime
    updated_by: str

    @property
    def display_name(self) -> str:
        """Product name if known, else the substance name(s)."""
        return self.data.product_name or self.data.substances


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a line: the state after it, who and when."""

    line_id: int
    version: int
    change: str        # add / change / stop
    changed_at: datetime
    changed_by: str
    data: MedicationInput
    stopped_at: date | None
    stop_reason: str | None

    @property
    def display_name(self) -> str:
        return self.data.product_name or self.data.substances


def _number(value, field_name: str, low: float, high: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(field_name, "not_a_number") from None
    if not (low < number <= high):
        raise ValidationError(field_name, "out_of_range", min=low, max=high)
    return number


def _posology_columns(p: Posology) -> dict:
    """The line's columns for a checked posology."""
    return {"schedule": p.schedule, **{name: getattr(p, name) for name in posologies.TIME_FIELDS},
            "cycle_days": p.cycle_days,
            "takings": json.dumps([asdict(t) for t in p.takings]) if p.takings else None,
            "as_needed_amount": p.as_needed_amount, "max_per_day": p.max_per_day, "unit": p.unit,
            "route": p.route, "route_text": p.route_text, "start_date": p.start_date, "end_date": p.end_date,
            "instructions": p.instructions, "as_needed": p.as_needed}


def posology_of(line: MedicationLine) -> Posology:
    """The posology a stored line holds."""
    takings = tuple(Taking(**t) for t in json.loads(line.takings)) if line.takings else ()
    return Posology(schedule=line.schedule, dose_morning=line.dose_morning, dose_noon=line.dose_noon,
                    dose_evening=line.dose_evening, dose_night=line.dose_night,
                    in_reserve=line.schedule == "times" and line.as_needed, cycle_days=line.cycle_days,
                    takings=takings, as_needed_amount=line.as_needed_amount, max_per_day=line.max_per_day,
                    unit=line.unit, route=line.route, route_text=line.route_text, start_date=line.start_date,
                    end_date=line.end_date, instructions=line.instructions)


def _validated(session: Session, data: MedicationInput) -> dict:
    atc = (data.atc or "").replace(" ", "").upper() or None
    if atc and not ATC.match(atc):
        raise ValidationError("atc", "medications.atc_format")
    values = {
        "atc": atc, "free_text": atc is None,
        "substances": clean_text(data.substances, "substances", 500) or "",
        "product_name": clean_text(data.product_name, "product_name", 200),
        "catalogue_ref": clean_text(data.catalogue_ref, "catalogue_ref", 100) if atc else None,
        "strength": clean_text(data.strength, "strength", 60),
        "indication": clean_text(data.indication, "indication", 200),
        "prescriber_external": clean_text(data.prescriber_external, "prescriber_external", 200),
        "self_medication": bool(data.self_medication),
        "dose_adjustment_allowed": bool(data.dose_adjustment_allowed),
    }
    if not values["substances"] and not values["product_name"]:
        raise ValidationError("substances", "medications.name_required")
    posology = posologies.checked(data.posology if isinstance(data.posology, Posology) else Posology())
    values.update(_posology_columns(posology))
    start = posology.start_date
    renewal = values["renewal_allowed_until"] = optional_date(data.renewal_allowed_until, "renewal_allowed_until")
    if renewal:
        base = start or date.today()
        if renewal < base:
            raise ValidationError("renewal_allowed_until", "medications.renewal_before_start")
        if renewal > base + MAX_RENEWAL:
            raise ValidationError("renewal_allowed_until", "medications.renewal_too_late", months=12)
    typed = _number(data.daily_dose_mg, "daily_dose_mg", 0, MAX_DAILY_MG)
    derived = posologies.amounts(posology, values["strength"]).daily_mg
    values["daily_dose_mg"] = round(derived, 4) if derived is not None else typed
    if data.prescriber_staff_id is not None:
        prescriber = session.get(Staff, data.prescriber_staff_id)
        if prescriber is None or not prescriber.active:
            raise ValidationError("prescriber_staff_id", "medications.prescriber_not_active")
    values["prescriber_staff_id"] = data.prescriber_staff_id
    return values


def line_values(session: Session, data: MedicationInput) -> dict:
    """The checked column values of a line (for writers that add lines in bulk, such as the demo)."""
    return _validated(session, data)


def _require_for(ctx: ServiceContext, session: Session, patient_id: int, self_medication: bool) -> None:
    """Prescribers may do anything; a pharmacist may record and correct self-medication (OTC) lines."""
    record = access_records.patient_record(session, patient_id)
    if self_medication and can(ctx, "medication.record_self", record):
        return
    require(ctx, "medication.prescribe", record)


def line_data(line: MedicationLine) -> MedicationInput:
    """The input values a stored line holds."""
    names = {f.name for f in fields(MedicationInput)} - {"posology"}
    return MedicationInput(posology=posology_of(line), **{name: getattr(line, name) for name in names})


def _snapshot(session: Session, line: MedicationLine, change: str, by: str) -> None:
    state = input_to_dict(line_data(line))
    state.update(stopped_at=line.stopped_at, stopped_by=line.stopped_by, stop_reason=line.stop_reason)
    session.add(MedicationLineVersion(line_id=line.id, patient_id=line.patient_id, version=line.version,
                                      change=change, changed_by=by,
                                      snapshot=json.dumps(state, default=str, ensure_ascii=False)))


def _patient_exists(session: Session, patient_id: int) -> None:
    if session.get(Patient, patient_id) is None:
        raise NotFoundError("patient", patient_id)


def add_medication(ctx: ServiceContext, patient_id: int, data: MedicationInput) -> int:
    """Add a line to the patient's list; returns its id."""
    with ctx.transaction() as session:
        _patient_exists(session, patient_id)
        _require_for(ctx, session, patient_id, bool(data.self_medication))
        values = _validated(session, data)
        line = MedicationLine(patient_id=patient_id, **values, updated_by=ctx.actor.display_name)
        session.add(line)
        session.flush()
        _snapshot(session, line, MedicationChange.ADD, ctx.actor.display_name)
        ctx.audit(session, "medication.add", entity_type="medication_line", entity_id=line.id,
                  patient_id=patient_id, detail=line.atc or "free text")
        ctx.announce("medication.changed", patient_id=patient_id)
        return line.id


def _versioned_update(ctx: ServiceContext, session: Session, line_id: int, expected_version: int,
                      values: dict) -> MedicationLine:
    result = session.execute(
        update(MedicationLine).where(MedicationLine.id == line_id, MedicationLine.version == expected_version,
                                     MedicationLine.stopped_at.is_(None))
        .values(**values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    current = session.get(MedicationLine, line_id)
    if result.rowcount != 1:
        if current is None:
            raise NotFoundError("medication line", line_id)
        raise StaleRecordError("medication line", line_id, current.updated_by, current.updated_at)
    session.refresh(current)
    return current


def _get_line(session: Session, line_id: int) -> MedicationLine:
    line = session.get(MedicationLine, line_id)
    if line is None:
        raise NotFoundError("medication line", line_id)
    return line


def change_medication(ctx: ServiceContext, line_id: int, expected_version: int, data: MedicationInput) -> int:
    """Save a change made on version ``expected_version`` (stale or stopped: refused). Returns the new version."""
    with ctx.transaction() as session:
        line = _get_line(session, line_id)
        _require_for(ctx, session, line.patient_id, line.self_medication and bool(data.self_medication))
        values = _validated(session, data)
        line = _versioned_update(ctx, session, line_id, expected_version, values)
        _snapshot(session, line, MedicationChange.CHANGE, ctx.actor.display_name)
        ctx.audit(session, "medication.change", entity_type="medication_line", entity_id=line_id,
                  patient_id=line.patient_id, detail=f"version {line.version}")
        ctx.announce("medication.changed", patient_id=line.patient_id)
        return line.version


def stop_medication(ctx: ServiceContext, line_id: int, expected_version: int, reason: str,
                    stopped_on: date | str | None = None) -> int:
    """Stop a line (kept in the history with the date, who and why). Returns the new version."""
    with ctx.transaction() as session:
        line = _get_line(session, line_id)
        _require_for(ctx, session, line.patient_id, line.self_medication)
        why = clean_text(reason, "stop_reason", 500, required=True)
        day = optional_date(stopped_on, "stopped_at") or date.today()
        if line.start_date and day < line.start_date:
            raise ValidationError("stopped_at", "medications.stop_before_start")
        line = _versioned_update(ctx, session, line_id, expected_version, {
            "stopped_at": day, "stopped_by": ctx.actor.display_name, "stop_reason": why})
        _snapshot(session, line, MedicationChange.STOP, ctx.actor.display_name)
        ctx.audit(session, "medication.stop", entity_type="medication_line", entity_id=line_id,
                  patient_id=line.patient_id, detail=why[:200])
        ctx.announce("medication.changed", patient_id=line.patient_id)
        return line.version


def row_of(line: MedicationLine, prescribers: dict[int, str]) -> MedicationRow:
    """The plain row of a stored line (``prescribers``: staff id → name)."""
    data = line_data(line)
    prescriber = prescribers.get(line.prescriber_staff_id) if line.prescriber_staff_id else line.prescriber_external
    return MedicationRow(line.id, line.patient_id, line.version, data, line.free_text, prescriber, line.stopped_at,
                         line.stopped_by, line.stop_reason, line.updated_at, line.updated_by)


def current_lines(session: Session, patient_id: int) -> list[MedicationRow]:
    """The current (not stopped) lines, without access check or audit (for other services)."""
    lines = session.exec(select(MedicationLine).where(MedicationLine.patient_id == patient_id,
                                                      MedicationLine.stopped_at.is_(None))
                         .order_by(MedicationLine.id)).all()
    ids = {ln.prescriber_staff_id for ln in lines if ln.prescriber_staff_id}
    prescribers = {s.id: s.display_name for s in session.exec(select(Staff).where(Staff.id.in_(ids)))} if ids else {}
    return [row_of(ln, prescribers) for ln in lines]


def list_current(ctx: ServiceContext, patient_id: int) -> list[MedicationRow]:
    """The patient's current medications (audited read)."""
    with ctx.transaction() as session:
        _patient_exists(session, patient_id)
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        rows = current_lines(session, patient_id)
        ctx.audit(session, "medication.list", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return rows


def list_history(ctx: ServiceContext, patient_id: int) -> list[HistoryEntry]:
    """Every change of every line (stopped lines included), newest first (audited read)."""
    with ctx.transaction() as session:
        _patient_exists(session, patient_id)
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        versions = session.exec(select(MedicationLineVersion).where(MedicationLineVersion.patient_id == patient_id)
                                .order_by(MedicationLineVersion.changed_at.desc(),
                                          MedicationLineVersion.id.desc())).all()
        ctx.audit(session, "medication.history", entity_type="patient", entity_id=patient_id,
                  patient_id=patient_id)
        return [_history_entry(v) for v in versions]


def input_to_dict(data: MedicationInput) -> dict:
    """The input as JSON-able values (dates as ISO text), to keep it in another record."""
    out = {f.name: getattr(data, f.name) for f in fields(MedicationInput) if f.name != "posology"}
    if isinstance(out["renewal_allowed_until"], date):
        out["renewal_allowed_until"] = out["renewal_allowed_until"].isoformat()
    out["posology"] = posologies.to_dict(data.posology)
    return out


def input_from_dict(values: dict) -> MedicationInput:
    """Back from ``input_to_dict`` (or from a version snapshot, which holds more keys)."""
    names = {f.name for f in fields(MedicationInput)} - {"posology"}
    data = MedicationInput(posology=posologies.from_dict(values.get("posology")),
                           **{name: values.get(name) for name in names if name in values})
    if isinstance(data.renewal_allowed_until, str):
        text = data.renewal_allowed_until
        data.renewal_allowed_until = date.fromisoformat(text) if text else None
    return data


def check_input(session: Session, data: MedicationInput, where: str) -> None:
    """This service's own checks on an input kept elsewhere; errors name ``where`` in front of the field."""
    try:
        _validated(session, data)
    except ValidationError as exc:
        exc.field = f"{where}.{exc.field}"
        raise


def _history_entry(v: MedicationLineVersion) -> HistoryEntry:
    state = json.loads(v.snapshot)
    data = input_from_dict(state)
    stopped = state.get("stopped_at")
    return HistoryEntry(v.line_id, v.version, v.change, v.changed_at, v.changed_by, data,
                        date.fromisoformat(stopped) if stopped else None, state.get("stop_reason"))


def as_input(row: MedicationRow, **changes) -> MedicationInput:
    """A copy of a line's values with some fields changed (handy for edits)."""
    return replace(row.data, **changes)


def with_posology(row: MedicationRow, **changes) -> MedicationInput:
    """A copy of a line's values with some posology fields changed."""
    return replace(row.data, posology=replace(row.data.posology, **changes))


__all__ = ["MedicationInput", "MedicationRow", "HistoryEntry", "Posology", "Taking", "MAX_RENEWAL", "add_medication",
           "change_medication", "stop_medication", "list_current", "list_history", "current_lines", "as_input",
           "with_posology", "line_values", "input_to_dict", "input_from_dict", "check_input", "row_of", "line_data", "posology_of"]
