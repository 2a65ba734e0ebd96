"""A patient's medication list: list current lines and history, add, change, stop.

Every change bumps the line's version (optimistic locking), writes a snapshot to
``medication_line_version`` (who, when, what) and an audit event; every read of
the list is audited. Lines without an ATC code are free text: kept and shown,
but "not checked by the engine".
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime, timedelta
from fractions import Fraction

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.medication import MedicationChange, MedicationLine, MedicationLineVersion
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import can, require

ATC = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")
ROUTES = ("oral", "sublingual", "buccal", "cutaneous", "transdermal", "inhaled", "nasal", "ophthalmic", "otic",
          "rectal", "vaginal", "subcutaneous", "intramuscular", "intravenous", "other")
DOSE_FIELDS = ("dose_morning", "dose_noon", "dose_evening", "dose_night")
_UNICODE_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
_DOSE = re.compile(r"^(\d+(?:[.,]\d+)?)$|^(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)$")
MAX_RENEWAL = timedelta(days=366)   # renewal by the pharmacist: at most 12 months from the start


@dataclass
class MedicationInput:
    """What the dialog or an import hands to the service (plain values, checked here)."""

    atc: str | None = None
    substances: str = ""
    product_name: str | None = None
    catalogue_ref: str | None = None
    strength: str | None = None
    dose_morning: str | None = None
    dose_noon: str | None = None
    dose_evening: str | None = None
    dose_night: str | None = None
    instructions: str | None = None
    route: str | None = None
    as_needed: bool = False
    self_medication: bool = False
    start_date: date | str | None = None
    end_date: date | str | None = None
    indication: str | None = None
    prescriber_staff_id: int | None = None
    prescriber_external: str | None = None
    renewal_allowed_until: date | str | None = None
    dose_adjustment_allowed: bool = False
    daily_dose_mg: float | str | None = None


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

    @property
    def schedule(self) -> tuple[str, str, str, str]:
        return tuple(getattr(self.data, f) or "" for f in DOSE_FIELDS)  # type: ignore[return-value]


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


def normalise_dose(value: str | None, field_name: str) -> str | None:
    """"1", "0,5", "1/2", "½", "1 1/2" -> canonical decimal text ("1", "0.5", "1.5"); empty or 0 -> None."""
    text_value = (value or "").strip()
    for char, repl in _UNICODE_FRACTIONS.items():
        text_value = text_value.replace(char, (" " + repl) if text_value[:1].isdigit() else repl)
    text_value = text_value.strip()
    if not text_value:
        return None
    m = _DOSE.match(text_value)
    if not m:
        raise ValidationError(field_name, "must be a number of units like 1, 0.5 or 1/2")
    if m.group(1):
        amount = Fraction(m.group(1).replace(",", "."))
    else:
        if int(m.group(4)) == 0:
            raise ValidationError(field_name, "must be a number of units like 1, 0.5 or 1/2")
        amount = Fraction(int(m.group(3)), int(m.group(4))) + int(m.group(2) or 0)
    if amount > 100:
        raise ValidationError(field_name, "must be at most 100 units")
    if amount == 0:
        return None
    text_out = f"{float(amount):.3f}".rstrip("0").rstrip(".")
    return text_out


def _optional_date(value, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = parse_date(value, field_name)
    if day.year < 1900 or day.year > 2200:
        raise ValidationError(field_name, "is not a plausible date")
    return day


def _number(value, field_name: str, low: float, high: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(field_name, "must be a number") from None
    if not (low < number <= high):
        raise ValidationError(field_name, f"must be more than {low:g} and at most {high:g}")
    return number


def _validated(session: Session, data: MedicationInput) -> dict:
    atc = (data.atc or "").replace(" ", "").upper() or None
    if atc and not ATC.match(atc):
        raise ValidationError("atc", "must be a complete ATC code like B01AA03")
    values = {
        "atc": atc, "free_text": atc is None,
        "substances": clean_text(data.substances, "substances", 500) or "",
        "product_name": clean_text(data.product_name, "product_name", 200),
        "catalogue_ref": clean_text(data.catalogue_ref, "catalogue_ref", 100) if atc else None,
        "strength": clean_text(data.strength, "strength", 60),
        "instructions": clean_text(data.instructions, "instructions", 500),
        "indication": clean_text(data.indication, "indication", 200),
        "prescriber_external": clean_text(data.prescriber_external, "prescriber_external", 200),
        "as_needed": bool(data.as_needed), "self_medication": bool(data.self_medication),
        "dose_adjustment_allowed": bool(data.dose_adjustment_allowed),
    }
    if not values["substances"] and not values["product_name"]:
        raise ValidationError("substances", "a substance or a product name is required")
    for name in DOSE_FIELDS:
        values[name] = normalise_dose(getattr(data, name), name)
    route = (data.route or "").strip().lower() or None
    if route and route not in ROUTES:
        raise ValidationError("route", "must be one of " + ", ".join(ROUTES))
    values["route"] = route
    start = values["start_date"] = _optional_date(data.start_date, "start_date")
    end = values["end_date"] = _optional_date(data.end_date, "end_date")
    if start and end and end < start:
        raise ValidationError("end_date", "must not be before the start date")
    renewal = values["renewal_allowed_until"] = _optional_date(data.renewal_allowed_until, "renewal_allowed_until")
    if renewal:
        base = start or date.today()
        if renewal < base:
            raise ValidationError("renewal_allowed_until", "must not be before the start date")
        if renewal > base + MAX_RENEWAL:
            raise ValidationError("renewal_allowed_until", "must be at most 12 months after the start")
    values["daily_dose_mg"] = _number(data.daily_dose_mg, "daily_dose_mg", 0, 100000)
    if data.prescriber_staff_id is not None:
        prescriber = session.get(Staff, data.prescriber_staff_id)
        if prescriber is None or not prescriber.active:
            raise ValidationError("prescriber_staff_id", "must be an active member of the practice")
    values["prescriber_staff_id"] = data.prescriber_staff_id
    return values


def _require_for(ctx: ServiceContext, session: Session, patient_id: int, self_medication: bool) -> None:
    """Prescribers may do anything; a pharmacist may record and correct self-medication (OTC) lines."""
    record = access_records.patient_record(session, patient_id)
    if self_medication and can(ctx, "medication.record_self", record):
        return
    require(ctx, "medication.prescribe", record)


def _snapshot(session: Session, line: MedicationLine, change: str, by: str) -> None:
    state = {f.name: getattr(line, f.name) for f in fields(MedicationInput)}
    state.update(stopped_at=line.stopped_at, stopped_by=line.stopped_by, stop_reason=line.stop_reason)
    session.add(MedicationLineVersion(line_id=line.id, patient_id=line.patient_id, version=line.version,
                                      change=change, changed_by=by,
                                      snapshot=json.dumps(state, default=str, ensure_ascii=False)))


def _patient_exists(session: Session, patient_id: int) -> None:
    if session.get(Patient, patient_id) is None:
        raise NotFoundError(f"patient {patient_id} does not exist")


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
            raise NotFoundError(f"medication line {line_id} does not exist")
        raise StaleRecordError("medication line", line_id, current.updated_by, current.updated_at)
    session.refresh(current)
    return current


def _get_line(session: Session, line_id: int) -> MedicationLine:
    line = session.get(MedicationLine, line_id)
    if line is None:
        raise NotFoundError(f"medication line {line_id} does not exist")
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
        day = _optional_date(stopped_on, "stopped_at") or date.today()
        if line.start_date and day < line.start_date:
            raise ValidationError("stopped_at", "must not be before the start date")
        line = _versioned_update(ctx, session, line_id, expected_version, {
            "stopped_at": day, "stopped_by": ctx.actor.display_name, "stop_reason": why})
        _snapshot(session, line, MedicationChange.STOP, ctx.actor.display_name)
        ctx.audit(session, "medication.stop", entity_type="medication_line", entity_id=line_id,
                  patient_id=line.patient_id, detail=why[:200])
        ctx.announce("medication.changed", patient_id=line.patient_id)
        return line.version


def row_of(line: MedicationLine, prescribers: dict[int, str]) -> MedicationRow:
    """The plain row of a stored line (``prescribers``: staff id → name)."""
    data = MedicationInput(**{f.name: getattr(line, f.name) for f in fields(MedicationInput)})
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


_DATE_FIELDS = ("start_date", "end_date", "renewal_allowed_until")


def input_to_dict(data: MedicationInput) -> dict:
    """The input as JSON-able values (dates as ISO text), to keep it in another record."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(data).items()}


def input_from_dict(values: dict) -> MedicationInput:
    """Back from ``input_to_dict`` (or from a version snapshot, which holds more keys)."""
    data = MedicationInput(**{f.name: values.get(f.name) for f in fields(MedicationInput)})
    for name in _DATE_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, date.fromisoformat(value) if value else None)
    return data


def check_input(session: Session, data: MedicationInput, where: str) -> None:
    """This service's own checks on an input kept elsewhere; errors name ``where`` in front of the field."""
    try:
        _validated(session, data)
    except ValidationError as exc:
        raise ValidationError(f"{where}.{exc.field}", exc.problem) from None


def _history_entry(v: MedicationLineVersion) -> HistoryEntry:
    state = json.loads(v.snapshot)
    data = input_from_dict(state)
    stopped = state.get("stopped_at")
    return HistoryEntry(v.line_id, v.version, v.change, v.changed_at, v.changed_by, data,
                        date.fromisoformat(stopped) if stopped else None, state.get("stop_reason"))


def as_input(row: MedicationRow, **changes) -> MedicationInput:
    """A copy of a line's values with some fields changed (handy for edits)."""
    return replace(row.data, **changes)


__all__ = ["MedicationInput", "MedicationRow", "HistoryEntry", "ROUTES", "add_medication", "change_medication",
           "stop_medication", "list_current", "list_history", "current_lines", "normalise_dose", "as_input"]
