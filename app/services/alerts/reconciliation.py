"""Medication reconciliation after a hospital stay.

The discharge list is entered (or imported from an eMediplan CHMED16A payload) and compared with
the current list. Each difference is classified — added, stopped, dose changed, substituted (same
substance as another product, or same ATC level 4 chemical subgroup), unchanged — and marked
intentional-documented (with its explanation), to be clarified (→ an alert or a task), or
keep current (an unintentional change). The lines to clarify go to the doctor in one grouped alert per
reconciliation (``alert_lines``), answered line by line; each item shows its line's answer. When a doctor validates, the reconciled list becomes
the current one through the medication service. Comparison and validation stay in the history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.reconciliation import Decision, DifferenceKind, Reconciliation, ReconciliationItem
from app.services.alerts import alert_lines
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import DIFFERENCE, say, word
from app.services.kernel.validation import parse_date
from app.services.medications import medication_list as medications
from app.services.medications import posology
from app.services.medications.medication_list import MedicationInput, MedicationRow
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_input import TaskInput

K = DifferenceKind


@dataclass(frozen=True)
class Difference:
    kind: str
    current: MedicationRow | None
    discharge: MedicationInput | None


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str
    current_line_id: int | None
    before: dict | None
    after: dict | None
    decision: str
    note: str | None
    alert_id: int | None
    task_id: int | None
    answer_code: str | None = None      # the doctor's answer to this line of the grouped alert
    answer_text: str | None = None
    answered_by: str | None = None
    answered_at: datetime | None = None

    @property
    def name(self) -> str:
        side = self.after or self.before or {}
        return side.get("product_name") or side.get("substances") or ""


@dataclass(frozen=True)
class ReconciliationView:
    id: int
    version: int
    patient_id: int
    source: str
    discharge_date: date
    state: str
    created_by: str
    created_at: datetime
    validated_by: str | None
    validated_at: datetime | None
    items: tuple[ItemRow, ...]


def _name(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _dose_key(data: MedicationInput) -> tuple:
    """What a dose comparison looks at: the posology's schedule (dates, route and instructions aside), the strength
    and the mg a day. A posology too damaged to read compares as its raw values (the list check reports it)."""
    try:
        p = posology.checked(data.posology)
    except ValidationError:
        p = data.posology
    schedule = replace(p, start_date=None, end_date=None, instructions=None, route=None, route_text=None)
    mg = float(data.daily_dose_mg) if data.daily_dose_mg not in (None, "") else None
    return schedule, _name(data.strength), mg


def compare(current: list[MedicationRow], discharge: list[MedicationInput]) -> list[Difference]:
    """Classify every line (pure function): same ATC (or same free-text name) → unchanged / dose changed, or
    substituted when the product differs; same ATC level 4 → substituted; else stopped / added."""
    left, right = list(current), list(discharge)
    out: list[Difference] = []

    def take(match) -> None:
        for row in list(left):
            for item in right:
                if match(row, item):
                    left.remove(row)
                    right.remove(item)
                    out.append(Difference(_kind(row, item), row, item))
                    break
    take(lambda r, d: r.data.atc and r.data.atc == (d.atc or "").upper())
    take(lambda r, d: not r.data.atc and not d.atc and _name(r.display_name) == _name(d.product_name or d.substances))
    take(lambda r, d: r.data.atc and d.atc and r.data.atc[:5] == d.atc.upper()[:5])
    out += [Difference(K.STOPPED, row, None) for row in left]
    out += [Difference(K.ADDED, None, item) for item in right]
    return out


def _kind(row: MedicationRow, item: MedicationInput) -> str:
    same_substance = row.data.atc and row.data.atc == (item.atc or "").upper()
    if not same_substance and row.data.atc:
        return K.SUBSTITUTED
    if item.product_name and row.data.product_name and _name(item.product_name) != _name(row.data.product_name):
        return K.SUBSTITUTED
    before, after = _dose_key(row.data), _dose_key(item)
    if after[0].unit is None:   # a discharge line that does not name its unit counts in the line's unit
        after = (replace(after[0], unit=before[0].unit), *after[1:])
    same = before[0] == after[0] and (not after[1] or before[1] == after[1]) \
        and (after[2] is None or before[2] == after[2])   # what the discharge list does not say is not a change
    return K.UNCHANGED if same else K.DOSE_CHANGED


def _json(data: MedicationInput | None) -> str | None:
    return None if data is None else json.dumps(medications.input_to_dict(data), ensure_ascii=False)


def _input(text: str | None) -> MedicationInput | None:
    return medications.input_from_dict(json.loads(text)) if text else None


def start_reconciliation(ctx: ServiceContext, patient_id: int, discharge: list[MedicationInput], source: str,
                         discharge_date: date | str) -> int:
    """Record the discharge list and its comparison with the current list; returns the reconciliation id."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "reconciliation.record", access_records.patient_record(session, patient_id))
        where = (source or "").strip()
        if not where:
            raise ValidationError("source", "alerts.source_required")
        if len(where) > 200:
            raise ValidationError("source", "too_long", max=200)
        day = parse_date(discharge_date, "discharge_date")
        if day > date.today():
            raise ValidationError("discharge_date", "alerts.in_future")
        for i, item in enumerate(discharge):
            medications.check_input(session, item, f"discharge[{i + 1}]")
        rec = Reconciliation(patient_id=patient_id, source=where, discharge_date=day, created_by=ctx.actor.display_name,
                             updated_by=ctx.actor.display_name,
                             discharge_list=json.dumps([json.loads(_json(d)) for d in discharge], ensure_ascii=False))
        session.add(rec)
        session.flush()
        for i, diff in enumerate(compare(medications.current_lines(session, patient_id), discharge)):
            session.add(ReconciliationItem(
                reconciliation_id=rec.id, position=i, kind=diff.kind,
                current_line_id=diff.current.id if diff.current else None,
                before=_json(diff.current.data) if diff.current else None, after=_json(diff.discharge),
                decision=Decision.INTENTIONAL if diff.kind == K.UNCHANGED else Decision.TO_CLARIFY))
        ctx.audit(session, "reconciliation.start", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=patient_id, detail=f"{len(discharge)} discharge lines")
        ctx.announce("reconciliation.changed", patient_id=patient_id, reconciliation_id=rec.id)
        return rec.id


def _draft(session: Session, rec_id: int) -> Reconciliation:
    rec = session.get(Reconciliation, rec_id) if isinstance(rec_id, int) else None
    if rec is None:
        raise NotFoundError("reconciliation", rec_id)
    if rec.state != "draft":
        raise ValidationError("state", "alerts.reconciliation_validated")
    return rec


def _item(session: Session, item_id: int) -> tuple[ReconciliationItem, Reconciliation]:
    item = session.get(ReconciliationItem, item_id) if isinstance(item_id, int) else None
    if item is None:
        raise NotFoundError("reconciliation_item", item_id)
    return item, _draft(session, item.reconciliation_id)


def set_decision(ctx: ServiceContext, item_id: int, decision: str, note: str | None = None) -> None:
    """Mark one difference: intentional_documented (explanation required), to_be_clarified or keep_current."""
    with ctx.transaction() as session:
        item, rec = _item(session, item_id)
        require(ctx, "reconciliation.record", access_records.patient_record(session, rec.patient_id))
        if decision not in {d.value for d in Decision}:
            raise ValidationError("decision", "alerts.bad_decision")
        text = (note or "").strip() or None
        if text and len(text) > 1000:
            raise ValidationError("note", "too_long", max=1000)
        if decision == Decision.INTENTIONAL and item.kind != K.UNCHANGED and not text:
            raise ValidationError("note", "alerts.undocumented_change")
        if decision == Decision.KEEP_CURRENT and item.kind == K.ADDED:
            raise ValidationError("decision", "alerts.nothing_to_keep")
        item.decision, item.note = decision, text
        rec.version += 1
        rec.updated_at, rec.updated_by = utcnow(), ctx.actor.display_name
        ctx.audit(session, "reconciliation.decide", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=rec.patient_id, detail=f"item {item.id}: {decision}")
        ctx.announce("reconciliation.changed", patient_id=rec.patient_id, reconciliation_id=rec.id)


def clarify(ctx: ServiceContext, item_id: int, via: str = "alert", recipient_staff_id: int | None = None) -> int:
    """Turn a to-be-clarified difference into a task, or send it to the doctor in the reconciliation's grouped alert
    (``clarify_lines``); returns the task or alert id."""
    if via == "alert":
        with ctx.transaction() as session:
            item, _rec = _item(session, item_id)
            rec_id = item.reconciliation_id
        return clarify_lines(ctx, rec_id, [item_id], recipient_staff_id)
    with ctx.transaction() as session:
        item, rec = _item(session, item_id)
        require(ctx, "reconciliation.record", access_records.patient_record(session, rec.patient_id))
        if item.decision != Decision.TO_CLARIFY:
            raise ValidationError("decision", "alerts.not_to_clarify")
        if via != "task":
            raise ValidationError("via", "alerts.bad_via")
        row = ItemRow(item.id, item.kind, item.current_line_id, json.loads(item.before or "null"),
                      json.loads(item.after or "null"), item.decision, item.note, None, None)
        text = say(session, "clarify.text", source=rec.source, date=f"{rec.discharge_date:%d.%m.%Y}", drug=row.name,
                   kind=word(session, DIFFERENCE, item.kind)) + (f" {item.note}" if item.note else "")
        gp = recipient_staff_id or session.get(Patient, rec.patient_id).gp_staff_id
        item.task_id = tasks.create_task(ctx, TaskInput(
            title=say(session, "clarify.title", drug=row.name)[:200], description=text, task_type="reconciliation",
            patient_id=rec.patient_id, assignee_staff_id=gp, origin_type="review", origin_id=rec.id,
            due_date=date.today()))
        ctx.audit(session, "reconciliation.clarify", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=rec.patient_id, detail=f"item {item.id} -> task {item.task_id}")
        return item.task_id


def clarify_lines(ctx: ServiceContext, rec_id: int, item_ids: list[int] | None = None,
                  recipient_staff_id: int | None = None) -> int:
    """Send lines to be clarified of one reconciliation to the doctor in ONE alert (every line to clarify not yet
    sent when ``item_ids`` is None); a line sent while that alert is still open is added to it. Returns the alert
    id. Refused, nothing sent, when a line is not to be clarified, already sent, or of another reconciliation."""
    with ctx.transaction() as session:
        rec = _draft(session, rec_id)
        require(ctx, "reconciliation.record", access_records.patient_record(session, rec.patient_id))
        items = session.exec(select(ReconciliationItem).where(ReconciliationItem.reconciliation_id == rec.id)
                             .order_by(ReconciliationItem.position)).all()
        if item_ids is None:
            chosen = [i for i in items if i.decision == Decision.TO_CLARIFY and i.alert_id is None]
        else:
            by_id = {i.id: i for i in items}
            for item_id in item_ids:
                if item_id not in by_id:
                    raise NotFoundError("reconciliation_item", item_id)
            chosen = [by_id[i] for i in dict.fromkeys(item_ids)]
        if not chosen:
            raise ValidationError("decision", "alerts.nothing_to_clarify")
        for item in chosen:
            if item.decision != Decision.TO_CLARIFY:
                raise ValidationError("decision", "alerts.not_to_clarify")
            if item.alert_id is not None and item.answer_code is None:
                raise ValidationError("decision", "alerts.line_already_sent", alert_id=item.alert_id)
            item.answer_code = item.answer_text = item.answered_at = item.answered_by = None
        alert_id = alert_lines.send_lines(ctx, session, rec, chosen, recipient_staff_id)
        ctx.audit(session, "reconciliation.clarify", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=rec.patient_id, detail=f"items {', '.join(str(i.id) for i in chosen)} -> alert {alert_id}")
        ctx.announce("reconciliation.changed", patient_id=rec.patient_id, reconciliation_id=rec.id)
        return alert_id


def validate(ctx: ServiceContext, rec_id: int, expected_version: int) -> None:
    """A doctor validates: every intentional change is made through the medication service."""
    with ctx.transaction() as session:
        rec = _draft(session, rec_id)
        require(ctx, "reconciliation.validate", access_records.patient_record(session, rec.patient_id))
        if rec.version != expected_version:
            raise StaleRecordError("reconciliation", rec.id, rec.updated_by, rec.updated_at)
        items = session.exec(select(ReconciliationItem).where(ReconciliationItem.reconciliation_id == rec.id)
                             .order_by(ReconciliationItem.position)).all()
        waiting = [i.position + 1 for i in items if i.decision == Decision.TO_CLARIFY]
        if waiting:
            raise ValidationError("decision", "alerts.still_to_clarify", lines=tuple(waiting))
        reason = f"Sortie d'hospitalisation ({rec.source}, {rec.discharge_date:%d.%m.%Y})"
        for item in items:
            if item.decision != Decision.INTENTIONAL or item.kind == K.UNCHANGED:
                continue
            after = _input(item.after)
            line = session.get(MedicationLine, item.current_line_id) if item.current_line_id else None
            if item.kind in (K.STOPPED, K.SUBSTITUTED):
                medications.stop_medication(ctx, line.id, line.version, item.note or reason)
            if item.kind == K.DOSE_CHANGED:   # the discharge schedule on the line's own dates and route
                current = medications.row_of(line, {}).data
                cp = current.posology
                new = replace(after.posology, start_date=cp.start_date, end_date=cp.end_date, route=cp.route,
                              route_text=cp.route_text, unit=after.posology.unit or cp.unit)
                merged = replace(current, posology=new, strength=after.strength,
                                 daily_dose_mg=after.daily_dose_mg)
                medications.change_medication(ctx, line.id, line.version, merged)
            if item.kind in (K.ADDED, K.SUBSTITUTED):
                medications.add_medication(ctx, rec.patient_id, after)
        rec.state, rec.validated_by, rec.validated_at = "validated", ctx.actor.display_name, utcnow()
        rec.version += 1
        rec.updated_at, rec.updated_by = utcnow(), ctx.actor.display_name
        ctx.audit(session, "reconciliation.validate", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=rec.patient_id)
        ctx.announce("reconciliation.changed", patient_id=rec.patient_id, reconciliation_id=rec.id)


def get_reconciliation(ctx: ServiceContext, rec_id: int) -> ReconciliationView:
    """One reconciliation with its items (audited read)."""
    with ctx.transaction() as session:
        rec = session.get(Reconciliation, rec_id) if isinstance(rec_id, int) else None
        if rec is None:
            raise NotFoundError("reconciliation", rec_id)
        require(ctx, "medication.read", access_records.patient_record(session, rec.patient_id))
        items = session.exec(select(ReconciliationItem).where(ReconciliationItem.reconciliation_id == rec.id)
                             .order_by(ReconciliationItem.position)).all()
        ctx.audit(session, "reconciliation.read", entity_type="reconciliation", entity_id=rec.id,
                  patient_id=rec.patient_id)
        return ReconciliationView(rec.id, rec.version, rec.patient_id, rec.source, rec.discharge_date, rec.state,
                                  rec.created_by, rec.created_at, rec.validated_by, rec.validated_at, tuple(
                                      ItemRow(i.id, i.kind, i.current_line_id, json.loads(i.before or "null"),
                                              json.loads(i.after or "null"), i.decision, i.note, i.alert_id,
                                              i.task_id, i.answer_code, i.answer_text, i.answered_by,
                                              i.answered_at) for i in items))


def list_reconciliations(ctx: ServiceContext, patient_id: int) -> list[ReconciliationView]:
    """The patient's reconciliations, newest first (kept in the history)."""
    with ctx.transaction() as session:
        require(ctx, "medication.read", access_records.patient_record(session, patient_id))
        ids = session.exec(select(Reconciliation.id).where(Reconciliation.patient_id == patient_id)
                           .order_by(Reconciliation.id.desc())).all()
    return [get_reconciliation(ctx, i) for i in ids]
