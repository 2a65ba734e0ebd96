"""The doctor ↔ pharmacist alert loop: raise, read, discuss, answer. Alerts are never deleted.

* ``raise_alert`` — from an engine finding (``finding_key``) or from scratch. From a finding, the
  re-alert memory applies (``alert_memory``): a refused finding whose inputs did not change is
  refused again; if they changed, the refused alert is reopened (same id, thread shows what changed).
* ``open_alert`` — the recipient reading it marks it read.
* ``ask_question`` / ``reply`` — the threaded conversation.
* ``accept`` (the proposal is made, in the same transaction, through the medication service: every kind that
  changes the list is applied, monitoring and information close the alert and leave the list as it is),
  ``modify`` (the doctor's own change is made) or ``refuse`` (a reason is required; the lines are kept).

Each step carries its CH EMED PADV code, and each line changed or kept its own (``vocabulary``), so that the
answers can be exported as Pharmaceutical Advice.

Every step is an ``AlertMessage`` (timestamped, attributed), an audit event and an
``alert.changed`` announcement. Lists, counts and overdue escalation: ``alert_inbox``.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert, AlertMessage, AlertState
from app.models.base import utcnow
from app.models.medication import MedicationLine
from app.models.reconciliation import ReconciliationItem
from app.services.alerts import memory as alert_memory
from app.services.alerts import vocabulary
from app.services.alerts.alert_input import (
    AlertInput,
    MedicationAction,
    action_from_json,
    is_complete,
    validated,
    validated_actions,
)
from app.services.alerts.inbox import AlertDetail, detail_of
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.kernel.shared_texts import practice_language
from app.services.kernel.validation import clean_text
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import posology
from app.services.security import records as access_records
from app.services.security.access import require

AUDIT_ACTIONS = {AlertState.ACCEPTED: "alert.accept", AlertState.MODIFIED: "alert.modify",
                 AlertState.REFUSED: "alert.refuse"}


def announce(ctx: ServiceContext, alert: Alert) -> None:
    """Tell the screens the alert changed (``alert.changed``)."""
    ctx.announce("alert.changed", alert_id=alert.id, patient_id=alert.patient_id, state=alert.state,
                 recipient_staff_id=alert.recipient_staff_id, sender_staff_id=alert.sender_staff_id)


def add_message(ctx: ServiceContext, session: Session, alert: Alert, kind: str, text: str | None = None,
                changes: list | None = None, padv: str | None = None) -> None:
    """Add a step to the alert's thread (in the caller's transaction; the caller checked access)."""
    session.add(AlertMessage(alert_id=alert.id, kind=kind, author_staff_id=ctx.actor.staff_id,
                             author_name=ctx.actor.display_name, text=text, padv=padv,
                             changes=json.dumps(changes, ensure_ascii=False, default=str) if changes else None))


def _finding(ctx: ServiceContext, patient_id: int, key: str):
    result = medication_check.review_patient(ctx, patient_id)
    for f in result.findings:
        if alert_memory.finding_key(f) == key:
            return f, result
    raise ValidationError("finding_key", "alerts.not_a_current_finding")


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
                raise ValidationError("finding_key", "alerts.already_open", alert_id=previous.id)
            if status.status == "suppressed":
                raise ValidationError("finding_key", "alerts.kept_as_is", day=previous.answered_at.date(),
                                      alert_id=previous.id)
            if status.status == "changed":
                alert_memory.reopen(ctx, session, previous, print_, list(status.changes), values["problem_text"])
                return previous.id
            values.update(finding_rule=finding.rule, finding_key=data.finding_key, fingerprint=json.dumps(print_))
        alert = Alert(**values, sender_staff_id=ctx.actor.staff_id, sender_name=ctx.actor.display_name,
                      state=AlertState.OPEN, updated_by=ctx.actor.display_name)
        session.add(alert)
        session.flush()
        add_message(ctx, session, alert, "raised", alert.problem_text, padv=vocabulary.kind(alert.proposal_kind).padv)
        ctx.audit(session, "alert.raise", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
                  detail=f"{alert.problem_category} {alert.proposal_kind} {alert.urgency}")
        announce(ctx, alert)
        return alert.id


def get_alert(session: Session, alert_id: int, *, lock: bool = False) -> Alert:
    """The alert; ``lock``: for a change, locked first (``kernel.locks``) and read as last committed."""
    if not isinstance(alert_id, int):
        alert = None
    else:
        alert = locked(session, Alert, alert_id) if lock else session.get(Alert, alert_id)
    if alert is None:
        raise NotFoundError("alert", alert_id)
    return alert


def save_state(ctx: ServiceContext, session: Session, alert: Alert, expected_version: int, **values) -> Alert:
    """Write ``values`` if the alert is still at ``expected_version`` (else ``StaleRecordError``); bumps the
    version (in the caller's transaction; the caller checked access)."""
    result = session.execute(update(Alert).where(Alert.id == alert.id, Alert.version == expected_version).values(
        **values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    session.refresh(alert)
    if result.rowcount != 1:
        raise StaleRecordError("alert", alert.id, alert.updated_by, alert.updated_at)
    return alert


def open_alert(ctx: ServiceContext, alert_id: int) -> AlertDetail:
    """The alert with its thread (audited read); the recipient opening an unread alert marks it read."""
    with ctx.transaction() as session:
        alert = get_alert(session, alert_id)
        require(ctx, "alert.read", access_records.alert_record(session, alert))
        if alert.state == AlertState.OPEN and alert.recipient_staff_id == ctx.actor.staff_id:
            alert = get_alert(session, alert_id, lock=True)
        if alert.state == AlertState.OPEN and alert.recipient_staff_id == ctx.actor.staff_id:
            save_state(ctx, session, alert, alert.version, state=AlertState.READ)
            add_message(ctx, session, alert, "read")
            announce(ctx, alert)
        ctx.audit(session, "alert.open", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        session.flush()
        return detail_of(session, alert)


def open_for_answer(ctx: ServiceContext, session: Session, alert_id: int, expected_version: int) -> Alert:
    """The alert, once the user may answer it (its recipient doctor), still open and as they read it (locked
    first: a concurrent answer waits, then finds the version changed)."""
    alert = get_alert(session, alert_id, lock=True)
    require(ctx, "alert.answer", access_records.alert_record(session, alert))
    if alert.version != expected_version:
        raise StaleRecordError("alert", alert.id, alert.updated_by, alert.updated_at)
    if alert.state not in OPEN_STATES:
        raise ValidationError("state", "alerts.already_closed", alert_state=alert.state)
    return alert


def _whole_answer(session: Session, alert: Alert) -> None:
    """Accept, modify and refuse answer the whole alert: a grouped alert (reconciliation lines) is answered line by
    line (``alert_lines.answer_line``)."""
    if session.exec(select(ReconciliationItem.id).where(ReconciliationItem.alert_id == alert.id)).first():
        raise ValidationError("answer", "alerts.answer_by_line")


def ask_question(ctx: ServiceContext, alert_id: int, expected_version: int, text: str) -> int:
    """The doctor asks the sender a question; returns the new version."""
    with ctx.transaction() as session:
        alert = open_for_answer(ctx, session, alert_id, expected_version)
        question = clean_text(text, "question", 4000, True)
        save_state(ctx, session, alert, expected_version, state=AlertState.QUESTION)
        add_message(ctx, session, alert, "question", question, padv=vocabulary.answers()["question"].padv)
        ctx.audit(session, "alert.question", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        announce(ctx, alert)
        return alert.version


def reply(ctx: ServiceContext, alert_id: int, expected_version: int, text: str) -> int:
    """The sender (or another clinician who may read the chart) answers the doctor's question; returns the new
    version."""
    with ctx.transaction() as session:
        alert = get_alert(session, alert_id, lock=True)
        require(ctx, "alert.discuss", access_records.alert_record(session, alert))
        if alert.version != expected_version:
            raise StaleRecordError("alert", alert.id, alert.updated_by, alert.updated_at)
        if alert.state != AlertState.QUESTION:
            raise ValidationError("state", "alerts.no_question_waiting")
        answer = clean_text(text, "reply", 4000, True)
        save_state(ctx, session, alert, expected_version, state=AlertState.REPLIED)
        add_message(ctx, session, alert, "reply", answer, padv=vocabulary.answers()["reply"].padv)
        ctx.audit(session, "alert.reply", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id)
        announce(ctx, alert)
        return alert.version


def apply_changes(ctx: ServiceContext, session: Session, alert: Alert, actions: list[MedicationAction],
                  padv: list[str | None]) -> list[dict]:
    """Make the changes through the medication service (same transaction); returns what was done, each line
    with its PADV code (``padv``, one per action)."""
    done = []
    kind = vocabulary.kind(alert.proposal_kind)
    default_reason = f"{kind.label(practice_language(session))} (#{alert.id})"
    for a, code in zip(actions, padv, strict=True):
        if a.action == "add":
            new_id = medications.add_medication(ctx, alert.patient_id, a.data)
            done.append({"action": "add", "line_id": new_id, "name": a.data.product_name or a.data.substances,
                         "padv": code, **_posology_made(session, new_id)})
            continue
        line = session.get(MedicationLine, a.line_id)
        if line is None or line.patient_id != alert.patient_id:
            raise ValidationError("changes", "alerts.line_not_on_list", line_id=a.line_id)
        if a.action == "stop":
            medications.stop_medication(ctx, line.id, line.version, a.reason or default_reason)
        else:
            medications.change_medication(ctx, line.id, line.version, a.data)
        done.append({"action": a.action, "line_id": line.id, "name": line.product_name or line.substances,
                     "padv": code, **(_posology_made(session, line.id) if a.action == "change" else {})})
    return done


def _posology_made(session: Session, line_id: int) -> dict:
    """The posology and strength a line holds after a change or an addition (for the thread and the printout)."""
    line = session.get(MedicationLine, line_id)
    session.refresh(line)
    return {"strength": line.strength, "posology": posology.to_dict(medications.posology_of(line))}


def _first_padv(done: list[dict]) -> str | None:
    return next((d["padv"] for d in done if d.get("padv")), None)


def accept(ctx: ServiceContext, alert_id: int, expected_version: int, comment: str | None = None) -> int:
    """Accept the proposal: its changes to the list are made in the same step (none for monitoring or
    information). Returns the new version."""
    with ctx.transaction() as session:
        alert = open_for_answer(ctx, session, alert_id, expected_version)
        _whole_answer(session, alert)
        note = clean_text(comment, "comment", 4000)
        proposed = json.loads(alert.proposed_changes)
        if not is_complete(alert.proposal_kind, proposed):   # only alerts raised before the vocabulary
            raise ValidationError("proposed_changes", "alerts.proposal_incomplete", proposal=alert.proposal_kind,
                                  needs=vocabulary.kind(alert.proposal_kind).needs)
        kind = vocabulary.kind(alert.proposal_kind)
        for i, item in enumerate(proposed):   # a change holds the whole line: never undo what was changed since
            line = session.get(MedicationLine, item.get("line_id")) if item["action"] == "change" else None
            if line is not None and line.version != (item.get("before") or {}).get("version", line.version):
                raise ValidationError(f"proposed_changes[{i + 1}]", "alerts.line_changed_since_proposal",
                                      name=line.product_name or line.substances)
        done = apply_changes(ctx, session, alert, [action_from_json(item) for item in proposed],
                      [item.get("padv", kind.line_padv(item["action"])) for item in proposed])
        return _close(ctx, session, alert, expected_version, "accept", note, done, kind.padv)


def modify(ctx: ServiceContext, alert_id: int, expected_version: int, changes: list[MedicationAction],
           comment: str | None = None) -> int:
    """Answer with another change than proposed (made now). Returns the new version."""
    with ctx.transaction() as session:
        alert = open_for_answer(ctx, session, alert_id, expected_version)
        _whole_answer(session, alert)
        note = clean_text(comment, "comment", 4000)
        if not changes:
            raise ValidationError("changes", "alerts.change_required")
        checked = validated_actions(session, alert.patient_id, changes, "changes")
        done = apply_changes(ctx, session, alert, changes, [item["padv"] for item in checked])
        return _close(ctx, session, alert, expected_version, "modify", note, done, _first_padv(done))


def refuse(ctx: ServiceContext, alert_id: int, expected_version: int, reason: str) -> int:
    """Keep the treatment as is; the reason is required. The finding then stays quiet (``alert_memory``)."""
    with ctx.transaction() as session:
        alert = open_for_answer(ctx, session, alert_id, expected_version)
        _whole_answer(session, alert)
        why = clean_text(reason, "reason", 4000, True)
        padv = vocabulary.answers()["refuse"].padv
        kept = [{"action": "keep", "line_id": m["line_id"], "name": m["name"], "padv": padv}
                for m in json.loads(alert.medications)]
        return _close(ctx, session, alert, expected_version, "refuse", why, kept, padv)


def _close(ctx: ServiceContext, session: Session, alert: Alert, expected_version: int, answer_code: str,
           text: str | None, done: list[dict], padv: str | None) -> int:
    state = vocabulary.answers()[answer_code].state
    save_state(ctx, session, alert, expected_version, state=state, answer_code=answer_code, answer_text=text,
          answered_at=utcnow(), answered_by=ctx.actor.display_name)
    add_message(ctx, session, alert, state, text, done, padv)
    ctx.audit(session, AUDIT_ACTIONS[state], entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
              detail=(text or "")[:200])
    announce(ctx, alert)
    return alert.version


__all__ = ["AlertInput", "MedicationAction", "raise_alert", "open_alert", "ask_question", "reply", "accept",
           "modify", "refuse"]
