"""The grouped alert of a reconciliation: its lines to clarify sent in one alert, answered one by one.

* ``send_lines`` — the pharmacist sends lines to clarify of one reconciliation: one alert for the recipient holds
  them all. While that alert is still open (for the same recipient), a line sent later is added to it (a
  ``line_added`` step in its thread), never a new alert.
* ``lines_of`` — the lines of an alert: the difference, the current line and the discharge line, the proposal in
  the alert vocabulary where one applies (stopped → stop, dose changed → dose change, added → add, substituted →
  substitution), and the line's answer.
* ``answer_line`` — the recipient doctor answers one line (accept / modify / refuse of the vocabulary), in its own
  transaction: accept makes the discharge version the line's decision (made with the others when the
  reconciliation is validated), refuse keeps the current line (a reason is required), modify makes the doctor's
  own change now and keeps the list as it then is. The alert is ``partial`` while lines wait (``question`` while
  a question to the sender waits for its reply) and ``answered`` (closed) once every line has its answer. Each answer is a step of the thread and an audit event.

A grouped alert is answered line by line only: accepting, modifying or refusing it as a whole is refused.
"""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert, AlertState
from app.models.base import utcnow
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.reconciliation import Decision, Reconciliation, ReconciliationItem
from app.services.alerts import vocabulary
from app.services.alerts.alert_flow import (  # the alert loop's own steps, shared inside the alerts package
    AUDIT_ACTIONS,
    add_message,
    announce,
    apply_changes,
    get_alert,
    open_for_answer,
    raise_alert,
    save_state,
)
from app.services.alerts.alert_input import AlertInput, MedicationAction, validated_actions
from app.services.alerts.line_view import items_of, line_of, name_of
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import DIFFERENCE, say, word
from app.services.kernel.validation import clean_text

LINE_ANSWERS = ("accept", "modify", "refuse")
LINE_ANSWER_STEPS = ("line_answer", "line_accept", "line_modify", "line_refuse")
"""Thread steps of a line's answer: the answer is in the step's kind, so that each reader sees it in their own
language ("line_answer", with the word in the practice's language in its text, is the step of earlier versions)."""


def _line_text(session: Session, rec: Reconciliation, item: ReconciliationItem) -> str:
    name = name_of(json.loads(item.after or "null") or json.loads(item.before or "null"))
    return say(session, "clarify.text", source=rec.source, date=f"{rec.discharge_date:%d.%m.%Y}", drug=name,
               kind=word(session, DIFFERENCE, item.kind)) + (f" {item.note}" if item.note else "")


def _open_group(session: Session, rec: Reconciliation, recipient: int | None) -> Alert | None:
    """The reconciliation's grouped alert still waiting for that recipient (the newest), if any."""
    stmt = (select(Alert).join(ReconciliationItem, ReconciliationItem.alert_id == Alert.id)
            .where(ReconciliationItem.reconciliation_id == rec.id,
                   Alert.state.in_([s.value for s in OPEN_STATES])).order_by(Alert.id.desc()))
    if recipient is not None:
        stmt = stmt.where(Alert.recipient_staff_id == recipient)
    return session.exec(stmt).first()


def send_lines(ctx: ServiceContext, session: Session, rec: Reconciliation, items: list[ReconciliationItem],
               recipient_staff_id: int | None = None) -> int:
    """Send ``items`` (checked by the caller: lines to clarify of ``rec``, not yet sent) to the doctor in the
    reconciliation's grouped alert, raised now or extended; returns the alert id. Runs in the caller's
    transaction."""
    recipient = recipient_staff_id or session.get(Patient, rec.patient_id).gp_staff_id
    alert = _open_group(session, rec, recipient)
    if alert is None:
        live = [i.current_line_id for i in items if i.current_line_id
                and session.get(MedicationLine, i.current_line_id).stopped_at is None]
        text = say(session, "clarify.group_text", source=rec.source, date=f"{rec.discharge_date:%d.%m.%Y}")
        alert_id = raise_alert(ctx, AlertInput(
            patient_id=rec.patient_id, problem_category="1.1" if live else "1.2", problem_text=text,
            proposal_kind="information", line_ids=list(dict.fromkeys(live)), urgency="24h",
            recipient_staff_id=recipient_staff_id))
        for item in items:   # the lines are the alert's content: no step each
            item.alert_id = alert_id
        return alert_id
    alert = get_alert(session, alert.id, lock=True)
    for item in items:
        item.alert_id = alert.id
        add_message(ctx, session, alert, "line_added", _line_text(session, rec, item))
    save_state(ctx, session, alert, alert.version, state=alert.state)
    announce(ctx, alert)
    return alert.id


def answer_line(ctx: ServiceContext, alert_id: int, item_id: int, expected_version: int, answer: str,
                text: str | None = None, changes: list[MedicationAction] | None = None) -> int:
    """The recipient doctor answers one line of a grouped alert (``answer``: accept, modify with ``changes``, or
    refuse with a reason in ``text``); returns the alert's new version. Nothing is changed when it is refused."""
    with ctx.transaction() as session:
        alert = open_for_answer(ctx, session, alert_id, expected_version)
        if answer not in LINE_ANSWERS:
            raise ValidationError("answer", "one_of", allowed=LINE_ANSWERS)
        item = session.get(ReconciliationItem, item_id) if isinstance(item_id, int) else None
        if item is None or item.alert_id != alert.id:
            raise ValidationError("item_id", "alerts.line_not_in_alert", alert_id=alert.id)
        if item.answer_code is not None:
            raise ValidationError("item_id", "alerts.line_already_answered", by=item.answered_by or "",
                                  day=item.answered_at.date() if item.answered_at else date.today())
        rec = session.get(Reconciliation, item.reconciliation_id)
        if rec.state != "draft":
            raise ValidationError("state", "alerts.reconciliation_validated")
        vocab = vocabulary.answers()[answer]
        comment = clean_text(text, "comment" if answer != "refuse" else "reason", 1000, vocab.text_required)
        line = line_of(item)
        if answer == "accept":
            item.decision = Decision.INTENTIONAL
            item.note = comment or say(session, "clarify.accepted", id=alert.id)
            kind = vocabulary.kind(line.proposal_kind) if line.proposal_kind else None
            done = [dict(c) for c in line.proposed_changes]
            padv = kind.padv if kind else vocab.padv
        elif answer == "refuse":
            item.decision, item.note = Decision.KEEP_CURRENT, comment
            padv = vocab.padv
            done = [{"action": "keep", "line_id": item.current_line_id, "name": line.name, "padv": padv}]
        else:
            if not changes:
                raise ValidationError("changes", "alerts.change_required")
            checked = validated_actions(session, alert.patient_id, changes, "changes")
            done = apply_changes(ctx, session, alert, changes, [c["padv"] for c in checked])
            item.decision = Decision.KEEP_CURRENT   # the list holds the doctor's change: the discharge version waits
            item.note = comment or say(session, "clarify.modified", id=alert.id)
            padv = next((d["padv"] for d in done if d.get("padv")), None)
        item.answer_code, item.answer_text = answer, comment
        item.answered_at, item.answered_by = utcnow(), ctx.actor.display_name
        session.add(item)
        session.flush()
        rec.version += 1
        rec.updated_at, rec.updated_by = utcnow(), ctx.actor.display_name
        waiting = [i for i in items_of(session, alert.id) if i.answer_code is None]
        # a question still waiting for the sender's reply stays asked while lines wait
        kept = AlertState.QUESTION if alert.state == AlertState.QUESTION else AlertState.PARTIAL
        values = {"state": kept} if waiting else {
            "state": AlertState.ANSWERED, "answered_at": utcnow(), "answered_by": ctx.actor.display_name}
        save_state(ctx, session, alert, expected_version, **values)
        add_message(ctx, session, alert, f"line_{answer}", line.name + (f" — {comment}" if comment else ""), done,
                    padv)
        ctx.audit(session, AUDIT_ACTIONS[vocab.state], entity_type="alert", entity_id=alert.id,
                  patient_id=alert.patient_id, detail=f"line {item.id} ({line.name[:80]}) {(comment or '')[:100]}")
        ctx.announce("reconciliation.changed", patient_id=rec.patient_id, reconciliation_id=rec.id)
        announce(ctx, alert)
        return alert.version
