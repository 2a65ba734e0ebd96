"""The audit trail: every login, chart opening, change and export, hash-chained.

``row_hash = HMAC(K_audit, prev_hash | canonical(row))`` and a signed head
row make edits, insertions and deletions done behind the program's back
visible to ``verify_chain``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, select

from app.models.audit import AuditEvent, AuditHead
from app.models.base import utcnow
from app.services.security.actor import Actor

GENESIS = "0" * 64
PG_AUDIT_LOCK = 7_001


def _canonical(seq: int, ev: AuditEvent) -> bytes:
    fields = [seq, ev.occurred_at.isoformat(timespec="microseconds"), ev.user_id, ev.user_display, ev.role,
              ev.action, ev.entity_type, ev.entity_id, ev.patient_id, ev.outcome, ev.detail, ev.workstation,
              ev.prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, row_hash: str) -> str:
    return _mac(key, f"head|{seq}|{row_hash}".encode())


def record(session: Session, key: bytes, actor: Actor, action: str, *, entity_type: str = "",
           entity_id: object = None, patient_id: int | None = None, outcome: str = "success",
           detail: str = "") -> None:
    """Append one event in the caller's transaction (it commits or rolls back with the change)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK})
    head = session.get(AuditHead, 1)
    if head is None:
        head = AuditHead(id=1, seq=0, row_hash=GENESIS, mac="")
        session.add(head)
    seq = head.seq + 1
    ev = AuditEvent(seq=seq, occurred_at=utcnow(), user_id=actor.staff_id, user_display=actor.display_name,
                    role=actor.roles_text, action=action, entity_type=entity_type,
                    entity_id=None if entity_id is None else str(entity_id), patient_id=patient_id,
                    outcome=outcome, detail=detail[:1000], workstation=actor.workstation[:100],
                    prev_hash=head.row_hash, row_hash="")
    ev.row_hash = _mac(key, _canonical(seq, ev))
    session.add(ev)
    head.seq, head.row_hash = seq, ev.row_hash
    head.mac = _head_mac(key, seq, ev.row_hash)
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    rows: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session, key: bytes) -> ChainReport:
    """Walk the whole chain; report every row edited, inserted or deleted outside the program."""
    problems: list[str] = []
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for ev in session.exec(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        count += 1
        if ev.seq != expected_seq:
            problems.append(f"row {expected_seq}..{ev.seq - 1}: missing (deleted)" if ev.seq > expected_seq
                            else f"row {ev.seq}: out of order")
        if ev.prev_hash != prev_hash:
            problems.append(f"row {ev.seq}: does not follow the previous row (inserted or a row before it deleted)")
        if not hmac.compare_digest(ev.row_hash, _mac(key, _canonical(ev.seq, ev))):
            problems.append(f"row {ev.seq}: content changed after it was written")
        prev_hash, expected_seq = ev.row_hash, ev.seq + 1
    head = session.get(AuditHead, 1)
    last_seq = expected_seq - 1
    if head is None:
        if count:
            problems.append("chain head missing")
    else:
        if not hmac.compare_digest(head.mac, _head_mac(key, head.seq, head.row_hash)):
            problems.append("chain head changed outside the program")
        if head.seq != last_seq or head.row_hash != prev_hash:
            problems.append(f"the newest rows after {last_seq} were deleted (head says {head.seq})"
                            if head.seq > last_seq else f"rows after {head.seq} were added outside the program")
    return ChainReport(count, tuple(problems))


@dataclass(frozen=True)
class AuditRow:
    seq: int
    occurred_at: datetime
    user_display: str
    role: str
    action: str
    entity_type: str
    entity_id: str | None
    patient_id: int | None
    outcome: str
    detail: str
    workstation: str


def to_row(ev: AuditEvent) -> AuditRow:
    return AuditRow(ev.seq, ev.occurred_at, ev.user_display, ev.role, ev.action, ev.entity_type, ev.entity_id,
                    ev.patient_id, ev.outcome, ev.detail, ev.workstation)
