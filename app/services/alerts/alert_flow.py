"""The doctor ↔ pharmacist alert loop: raise, read, discuss, answer. Alerts are never deleted.

* ``raise_alert`` — from an engine finding (``finding_key``) or from scratch. From a finding, the
  re-alert memory applies (``alert_memory``): a refused finding whose inputs did not change is
  refused again; if they changed, the refused alert is reopened (same id, thread shows what changed).
* ``open_alert`` — the recipient reading it marks it read.
* ``ask_question`` / ``reply`` — the threaded conversation.
* ``accept`` (the proposed change is made, in the same transaction, through the medication
  service), ``modify`` (the doctor's own change is made) or ``refuse`` (a reason is required).

Every step is an ``AlertMessage`` (timestamped, attributed), an audit event and an
``alert.changed`` announcement. Lists, counts and overdue escalation: ``alert_inbox``.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import update
from sqlmodel import Session

from app.models.alert import OPEN_STATES, Alert, AlertMessage, AlertState
from app.models.base import utcnow
from app.models.medication import MedicationLine
from app.services.alerts import codes as alert_codes
from app.services.alerts import memory as alert_memory
from app.services.alerts.alert_input import (
    AlertInput,
    MedicationAction,
    action_from_json,
    validated,
    validated_actions,
)
from app.services.alerts.inbox import AlertDetail, detail_of
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.security import records as access_records
from app.services.security.access import require

AUDIT_ACTIONS = {AlertState.ACCEPTED: "alert.accept", AlertState.MODIFIED: "alert.modify",
                 AlertState.REFUSED: "alert.refuse"}


def _announce(ctx: ServiceContext, alert: Alert) -> None:
    ctx.announce("alert.changed", alert_id=alert.id, patient_id=alert.patient_id, state=alert.state,
                 recipient_staff_id=alert.recipient_staff_id, sender_staff_id=alert.sender_staff_id)


def _message(ctx: ServiceContext, session: Session, alert: Alert, kind: str, text: str | None = None,
             changes: list | None = None) -> None:
    session.add(AlertMessage(alert_id=alert.id, kind=kind, author_staff_id=ctx.actor.staff_id,
                             author_name=ctx.actor.display_name, text=text,
                             changes=json.dumps(changes, ensure_ascii=False, default=str) if changes else None))


def _finding(ctx: ServiceContext, patient_id: int, key: str):
    result = medication_check.review_patient(ctx, patient_id)
    for f in result.findings:
        if alert_memory.finding_key(f) == key:
            return f, result
    raise ValidationError("finding_key", "is not a current finding of this patient's review")


def raise_alert(ctx: ServiceContext, data: AlertInput, today: date | None = None) -> int:
    """Raise an alert; returns its id (the id of the reopened alert when the memory reopens one)."""
    today = today or date.today()
    with ctx.transaction() as session:
        require(ctx, "alert.raise")
        values = validated(session, data, today)
        require(ctx, "alert.raise", access_records.patient_record(session, values["patient_id"]))
        print_ = None
        if data.finding_key:
            finding, result = _finding(ctx, values["patient_id"], data.finding_key)
            print_ = alert_memory.fingerprint(finding, result)
            previous = alert_memory.latest_by_key(session, values["patient_id"]).get(data.finding_key)
            status = alert_memory.status_of(previous, data.finding_key, print_)
            if status.status == "open":
                raise ValidationError("finding_key", f"already has an open alert (#{previous.id})")
            if status.status == "suppressed":
                raise ValidationError("finding_key", f"was kept as is by the doctor on "
                                      f"{previous.answered_at:%d.%m.%Y} (alert #{previous.id}) and nothing "
                                      "relevant has changed since")
            if status.status == "changed":
                alert_memory.reopen(ctx, session, previous, print_, list(status.changes), values["problem_text"])
                return previous.id
            values.update(finding_rule=finding.rule, finding_key=data.finding_key, fingerprint=json.dumps(print_))
        if not json.loads(values["proposed_changes"]):
            intervention = alert_codes.interventions()[values["intervention_code"]]
            if intervention.change == "stop":   # stopping the drugs concerned needs no more detail
                values["proposed_changes"] = json.dumps(validated_actions(session, values["patient_id"], [
                    MedicationAction("stop", line["line_id"], reason=intervention.label("fr"))
                    for line in json.loads(values["medications"])], "proposed_changes"), ensure_ascii=False)
        alert = Alert(**values, sender_staff_id=ctx.actor.staff_id, sender_name=ctx.actor.display_name,
                      state=AlertState.OPEN, updated_by=ctx.actor.display_name)
        session.add(alert)
        session.flush()
        _message(ctx, session, alert, "raised", alert.problem_text)
        ctx.audit(session, "alert.raise", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
                  detail=f"{alert.problem_category} {alert.intervention_code} {alert.urgency}")
        _announce(ctx, alert)
        return alert.id


def _get(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id) if isinstance(alert_id, int) else None
    if alert is None:
        raise NotFoundError(f"alert {alert_id} does not exist")
    return alert


def _save(ctx: ServiceContext, session: Session, alert: Alert, expected_version: int, **values) -> Alert:
    result = session.execute(update(Alert).where(Alert.id == alert.id, Alert.version == expected_version).values(
        **values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    session.refresh(alert)
    if result.rowcount != 1:
        raise StaleRecordError("alert", alert.id, alert.updated_by, alert.updated_at)
    return alert


def open_alert(ctx: ServiceContext, alert_id: int) -> AlertDetail:
    """The alert with its thread (audited read); the recipient opening an unread alert marks it read."""
    with ctx.transaction() as session:
        alert = _get(session, alert_id)
        require(ctx, "alert.read", access_records.alert_record(session, alert))
        if alert.state == AlertState.OPEN and alert.recipient_staff_id == ctx.actor.staff_id:
            _save(ctx, session, alert, alert.version, state=AlertState.READ)
            _message(ctx, session, alert, "read")
            _announce(ctx, alert)
        ctx.audit(session, "alert.open", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        session.flush()
        return detail_of(session, alert)


def _open_for_answer(ctx: ServiceContext, session: Session, alert_id: int, expected_version: int) -> Alert:
    """The alert, once the user may answer it (its recipient doctor), still open and as they read it."""
    alert = _get(session, alert_id)
    require(ctx, "alert.answer", access_records.alert_record(session, alert))
    if alert.version != expected_version:
        raise StaleRecordError("alert", alert.id, alert.updated_by, alert.updated_at)
    if alert.state not in OPEN_STATES:
        raise ValidationError("state", f"this alert is already closed ({alert.state})")
    return alert


def ask_question(ctx: ServiceContext, alert_id: int, expected_version: int, text: str) -> int:
    """The doctor asks the sender a question; returns the new version."""
    with ctx.transaction() as session:
        alert = _open_for_answer(ctx, session, alert_id, expected_version)
        question = clean_text(text, "question", 4000, True)
        _save(ctx, session, alert, expected_version, state=AlertState.QUESTION)
        _message(ctx, session, alert, "question", question)
        ctx.audit(session, "alert.question", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        _announce(ctx, alert)
        return alert.version


def reply(ctx: ServiceContext, alert_id: int, expected_version: int, text: str) -> int:
    """The sender (or another clinician who may read the chart) answers the doctor's question; returns the new
    version."""
    with ctx.transaction() as session:
        alert = _get(session, alert_id)
        require(ctx, "alert.discuss", access_records.alert_record(session, alert))
        if alert.state != AlertState.QUESTION:
            raise ValidationError("state", "there is no question waiting for a reply")
        answer = clean_text(text, "reply", 4000, True)
        _save(ctx, session, alert, expected_version, state=AlertState.REPLIED)
        _message(ctx, session, alert, "reply", answer)
        ctx.audit(session, "alert.reply", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        _announce(ctx, alert)
        return alert.version


def _apply(ctx: ServiceContext, session: Session, alert: Alert, actions: list[MedicationAction]) -> list[dict]:
    """Make the changes through the medication service (same transaction); returns what was done."""
    done = []
    default_reason = f"Alerte #{alert.id}"
    for a in actions:
        if a.action == "add":
            new_id = medications.add_medication(ctx, alert.patient_id, a.data)
            done.append({"action": "add", "line_id": new_id, "name": a.data.product_name or a.data.substances})
            continue
        line = session.get(MedicationLine, a.line_id)
        if line is None or line.patient_id != alert.patient_id:
            raise ValidationError("changes", f"medication line {a.line_id} is not on this patient's list")
        if a.action == "stop":
            medications.stop_medication(ctx, line.id, line.version, a.reason or default_reason)
        else:
            medications.change_medication(ctx, line.id, line.version, a.data)
        done.append({"action": a.action, "line_id": line.id, "name": line.product_name or line.substances})
    return done


def accept(ctx: ServiceContext, alert_id: int, expected_version: int, comment: str | None = None) -> int:
    """Accept the proposal: its medication change is made in the same step. Returns the new version."""
    with ctx.transaction() as session:
        alert = _open_for_answer(ctx, session, alert_id, expected_version)
        note = clean_text(comment, "comment", 4000)
        actions = [action_from_json(item) for item in json.loads(alert.proposed_changes)]
        intervention = alert_codes.interventions()[alert.intervention_code]
        if not actions and intervention.change != "none":
            raise ValidationError("proposed_changes", "the proposal holds no medication change to make: answer "
                                  "'modified' with the change you make")
        done = _apply(ctx, session, alert, actions)
        return _close(ctx, session, alert, expected_version, AlertState.ACCEPTED, note, done)


def modify(ctx: ServiceContext, alert_id: int, expected_version: int, changes: list[MedicationAction],
           comment: str | None = None) -> int:
    """Answer with another change than proposed (made now). Returns the new version."""
    with ctx.transaction() as session:
        alert = _open_for_answer(ctx, session, alert_id, expected_version)
        note = clean_text(comment, "comment", 4000)
        if not changes:
            raise ValidationError("changes", "the change made is required")
        validated_actions(session, alert.patient_id, changes, "changes")
        done = _apply(ctx, session, alert, changes)
        return _close(ctx, session, alert, expected_version, AlertState.MODIFIED, note, done)


def refuse(ctx: ServiceContext, alert_id: int, expected_version: int, reason: str) -> int:
    """Keep the treatment as is; the reason is required. The finding then stays quiet (``alert_memory``)."""
    with ctx.transaction() as session:
        alert = _open_for_answer(ctx, session, alert_id, expected_version)
        why = clean_text(reason, "reason", 4000, True)
        return _close(ctx, session, alert, expected_version, AlertState.REFUSED, why, [])


def _close(ctx: ServiceContext, session: Session, alert: Alert, expected_version: int, state: str,
           text: str | None, done: list[dict]) -> int:
    _save(ctx, session, alert, expected_version, state=state, answer_text=text, answered_at=utcnow(),
          answered_by=ctx.actor.display_name)
    _message(ctx, session, alert, state, text, done)
    ctx.audit(session, AUDIT_ACTIONS[state], entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id, detail=(text or "")[:200])
    _announce(ctx, alert)
    return alert.version


__all__ = ["AlertInput", "MedicationAction", "raise_alert", "open_alert", "ask_question", "reply", "accept",
           "modify", "refuse"]
