"""The lines of a grouped alert as the screens read them: each reconciliation line sent in the alert with the
difference, the current and the discharge line, the proposal of the alert vocabulary that applying the discharge
version amounts to (stopped → stop, dose changed → dose change, added → add, substituted → substitution), and the
doctor's answer to that line (``alert_lines`` sends and answers them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from app.models.reconciliation import ReconciliationItem
from app.services.alerts import vocabulary

PROPOSAL_OF_DIFFERENCE = {"stopped": "stop", "dose_changed": "dose_change", "added": "add",
                          "substituted": "substitute"}
"""The proposal of the alert vocabulary that applying the discharge version of a line amounts to."""


@dataclass(frozen=True)
class AlertLine:
    """One line of a grouped alert (``position``: the line's number in its reconciliation, from 1)."""

    item_id: int
    position: int
    difference: str
    name: str
    current: dict | None
    discharge: dict | None
    note: str | None
    proposal_kind: str | None
    proposed_changes: tuple[dict, ...]
    decision: str
    answer_code: str | None = None
    answer_text: str | None = None
    answered_at: datetime | None = None
    answered_by: str | None = None
    current_line_id: int | None = None   # the medication line before the stay (none for an added drug)

    @property
    def answered(self) -> bool:
        return self.answer_code is not None


def name_of(side: dict | None) -> str:
    side = side or {}
    return side.get("product_name") or side.get("substances") or ""


def _proposal(item: ReconciliationItem, before: dict | None, after: dict | None) -> tuple[str | None, tuple]:
    """The vocabulary's proposal for applying the discharge version, each change as the alert screens show them."""
    code = PROPOSAL_OF_DIFFERENCE.get(item.kind)
    if code is None:
        return None, ()
    kind = vocabulary.kind(code)
    name = name_of(after or before)
    stop = {"action": "stop", "line_id": item.current_line_id, "name": name_of(before),
            "padv": kind.line_padv("stop")}
    add = {"action": "add", "name": name_of(after), "data": after, "padv": kind.line_padv("add")}
    change = {"action": "change", "line_id": item.current_line_id, "name": name,
              "before": {**(before or {}), "name": name_of(before)}, "data": after, "padv": kind.line_padv("change")}
    return code, {"stop": (stop,), "dose_change": (change,), "add": (add,), "substitute": (stop, add)}[code]


def line_of(item: ReconciliationItem) -> AlertLine:
    before, after = json.loads(item.before or "null"), json.loads(item.after or "null")
    code, changes = _proposal(item, before, after)
    return AlertLine(item.id, item.position + 1, item.kind, name_of(after or before), before, after, item.note, code,
                     changes, item.decision, item.answer_code, item.answer_text, item.answered_at, item.answered_by,
                     item.current_line_id)


def items_of(session: Session, alert_id: int) -> list[ReconciliationItem]:
    return list(session.exec(select(ReconciliationItem).where(ReconciliationItem.alert_id == alert_id)
                             .order_by(ReconciliationItem.reconciliation_id, ReconciliationItem.position)).all())


def lines_of(session: Session, alert_id: int) -> tuple[AlertLine, ...]:
    """The reconciliation lines an alert holds (none for another alert); no access check: for the alerts service."""
    return tuple(line_of(i) for i in items_of(session, alert_id))


def is_grouped(session: Session, alert_id: int) -> bool:
    """True when the alert holds reconciliation lines (then it is answered line by line)."""
    return session.exec(select(ReconciliationItem.id).where(ReconciliationItem.alert_id == alert_id)).first() \
        is not None
