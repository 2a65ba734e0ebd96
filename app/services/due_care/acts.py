"""Record an act that clears a patient's items (by hand, from a hospital letter, from a completed task), and read
a patient's items with their status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.models.due_care import ACT_SOURCES, ActSource, DueItem, RecordedAct
from app.models.patient import Patient
from app.services.due_care import engine
from app.services.due_care.schedules import label, load
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence


@dataclass(frozen=True)
class PatientItem:
    """One item of a patient's follow-up, screening or vaccination, as the chart shows it."""

    item_key: str
    group_key: str
    group_label: str
    act_code: str
    act_label: str
    status: str
    due_on: date | None          # None: done for good, or never recorded before its first date
    overdue_on: date | None
    last_done_on: date | None
    source: str
    verify: bool


@dataclass(frozen=True)
class ActRow:
    id: int
    act_code: str
    act_label: str
    done_on: date
    source: str
    note: str | None
    recorded_by: str


def _insert(ctx: ServiceContext, session: Session, patient_id: int, act_code: str, day: date, source: str,
            note: str | None, task_id: int | None = None) -> int:
    act = RecordedAct(patient_id=patient_id, act_code=act_code, done_on=day, source=source, note=note,
                      task_id=task_id, recorded_by=ctx.actor.display_name)
    session.add(act)
    session.flush()
    engine.refresh_patient(session, patient_id)
    ctx.audit(session, "due_care.record", entity_type="due_care_act", entity_id=act.id, patient_id=patient_id,
              detail=f"{act_code} {day.isoformat()} ({source})")
    ctx.announce("due_care.changed", patient_id=patient_id)
    return act.id


def record_act(ctx: ServiceContext, patient_id: int, act_code: str, done_on=None, *, source: str = ActSource.MANUAL,
               note: str | None = None) -> int:
    """Record an act done for the patient (date defaults to today); the items it satisfies are cleared in the same
    transaction. Returns the act's id. Bad input is refused naming the field; nothing is stored."""
    require(ctx, "due_care.record")
    code = (act_code or "").strip()
    if not code:
        raise ValidationError("act", "required")
    if code not in load().acts:
        raise ValidationError("act", "due_care.unknown_act", value=code)
    if source not in ACT_SOURCES or source == ActSource.TASK:
        raise ValidationError("source", "due_care.bad_source", value=source)
    today = recurrence.today_local()
    day = today if done_on in (None, "") else parse_date(done_on, "done_on")
    if day > today:
        raise ValidationError("done_on", "due_care.in_future")
    if day.year < 1900:
        raise ValidationError("done_on", "due_care.before_1900")
    text = clean_text(note, "note", 500)
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "due_care.record", access_records.patient_record(session, patient_id))
        return _insert(ctx, session, patient_id, code, day, source, text)


def record_from_task(ctx: ServiceContext, session: Session, patient_id: int, act_code: str, day: date,
                     task_id: int) -> int | None:
    """The act a completed recall task stood for, once per task (for the task rule; no access check)."""
    if session.exec(select(RecordedAct.id).where(RecordedAct.task_id == task_id)).first() is not None:
        return None
    return _insert(ctx, session, patient_id, act_code, day, ActSource.TASK, None, task_id)


def patient_items(ctx: ServiceContext, patient_id: int, lang: str = "fr") -> list[PatientItem]:
    """The patient's items with their status today, overdue first (audited read)."""
    schedules = load()
    today = recurrence.today_local()
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "due_care.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(DueItem).where(DueItem.patient_id == patient_id)).all()
        ctx.audit(session, "due_care.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
    order = {"overdue": 0, "due": 1, "ok": 2, "upcoming": 3, "done": 4}
    out = []
    for r in rows:
        item = schedules.item(r.item_key)
        state = engine.status(r.due_on, r.overdue_on, r.until_on, today)
        if item is None or state == "not_applicable":
            continue
        if state == "ok" and r.last_done_on is None:
            state = "upcoming"        # applies from a later age, never done yet
        src = schedules.sources[item.source]
        real = r.due_on not in (engine.DONE_FOR_GOOD, engine.NEVER)
        out.append(PatientItem(
            r.item_key, r.group_key, label(schedules.groups[r.group_key].labels, lang), item.act,
            label(schedules.acts[item.act].labels, lang), state, r.due_on if real else None,
            r.overdue_on if real else None, r.last_done_on, f"{src.publisher}, {src.title} ({src.edition})",
            item.verify))
    return sorted(out, key=lambda i: (order[i.status], i.overdue_on or date.min, i.item_key))


def patient_acts(ctx: ServiceContext, patient_id: int, lang: str = "fr") -> list[ActRow]:
    """The acts recorded for the patient, newest first (audited read)."""
    acts = load().acts
    with ctx.transaction() as session:
        require(ctx, "due_care.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(RecordedAct).where(RecordedAct.patient_id == patient_id)
                            .order_by(RecordedAct.done_on.desc(), RecordedAct.id.desc())).all()
        ctx.audit(session, "due_care.read", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return [ActRow(a.id, a.act_code, label(acts[a.act_code].labels, lang) if a.act_code in acts else a.act_code,
                       a.done_on, a.source, a.note, a.recorded_by) for a in rows]
