"""The audit trail: every login, chart opening, change and export, hash-chained.

``row_hash = HMAC(K_audit, prev_hash | canonical(row))`` and a signed head row make edits, insertions and
deletions done behind the program's back visible to ``verify_chain``. Someone who holds the key (anyone with the
practice passphrase) could rebuild a valid chain: the anchors (``anchors``) written outside the database catch
that, up to the newest anchor out of their reach.

A row added or damaged behind the program's back never stops the program: the next event takes the position after
the highest one present and links to the last row the program wrote, and ``verify_chain`` reports the stranger.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, func, select, text, type_coerce
from sqlmodel import Session

from app.models.audit import AuditEvent, AuditHead
from app.models.base import utcnow
from app.services.security.actor import Actor

GENESIS = "0" * 64
PG_AUDIT_LOCK = 7_001
_COLUMNS = ("seq", "occurred_at", "user_id", "user_display", "role", "action", "entity_type", "entity_id",
            "patient_id", "outcome", "detail", "workstation", "prev_hash", "row_hash")


@dataclass(frozen=True)
class Event:
    """One event waiting for its place in the chain (the context collects them and appends them at commit)."""

    actor: Actor
    action: str
    entity_type: str = ""
    entity_id: object = None
    patient_id: int | None = None
    outcome: str = "success"
    detail: str = ""
    occurred_at: datetime = field(default_factory=utcnow)


def _canonical(seq: int, ev: Any) -> bytes:
    fields = [seq, ev.occurred_at.isoformat(timespec="microseconds"), ev.user_id, ev.user_display, ev.role,
              ev.action, ev.entity_type, ev.entity_id, ev.patient_id, ev.outcome, ev.detail, ev.workstation,
              ev.prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def mac(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 under the audit key, hex."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, row_hash: str) -> str:
    return mac(key, f"head|{seq}|{row_hash}".encode())


def record(session: Session, key: bytes, actor: Actor, action: str, *, entity_type: str = "",
           entity_id: object = None, patient_id: int | None = None, outcome: str = "success",
           detail: str = "") -> None:
    """Append one event in the caller's transaction (it commits or rolls back with the change)."""
    append(session, key, [Event(actor, action, entity_type, entity_id, patient_id, outcome, detail)])


EMERGENCY_PATIENTS = "cordee.emergency_patients"
"""Key in a session's ``info``: the patients whose chart the unit of work reached through an emergency (break-glass)
access (``access.require``); its users' events about them are marked with that purpose of use."""
EMERGENCY_PURPOSE = "purpose=BTG (emergency access)"


def _purpose(session: Session, events: list[Event]) -> list[Event]:
    emergency = session.info.get(EMERGENCY_PATIENTS)
    if not emergency:
        return events
    return [replace(e, detail=f"{e.detail}; {EMERGENCY_PURPOSE}" if e.detail else EMERGENCY_PURPOSE)
            if e.patient_id in emergency and "system" not in e.actor.roles and EMERGENCY_PURPOSE not in e.detail
            else e for e in events]


def append(session: Session, key: bytes, events: Iterable[Event]) -> None:
    """Append events in the caller's transaction. On PostgreSQL the chain's lock is taken here, so that a caller
    that appends at the end of its transaction holds it only for the inserts and the commit (it is then always the
    last lock taken, and never part of a deadlock)."""
    events = _purpose(session, list(events))
    if not events:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK})
    head = session.get(AuditHead, 1)
    highest = session.execute(select(func.max(AuditEvent.seq))).scalar()
    highest = highest if isinstance(highest, int) else 0
    if head is None:
        head = AuditHead(id=1, seq=0, row_hash=GENESIS, mac="")
        session.add(head)
        # The head was deleted while rows remain: link to the genesis value, so that verification shows where.
    head_seq = head.seq if isinstance(head.seq, int) else 0
    prev_hash = head.row_hash if isinstance(head.row_hash, str) and len(head.row_hash) == 64 else GENESIS
    seq = max(head_seq, highest)   # rows added behind the program's back keep their place; verify reports them
    for e in events:
        seq += 1
        ev = AuditEvent(seq=seq, occurred_at=e.occurred_at, user_id=e.actor.staff_id,
                        user_display=e.actor.display_name, role=e.actor.roles_text, action=e.action,
                        entity_type=e.entity_type, entity_id=None if e.entity_id is None else str(e.entity_id),
                        patient_id=e.patient_id, outcome=e.outcome, detail=e.detail[:1000],
                        workstation=e.actor.workstation[:100], prev_hash=prev_hash, row_hash="")
        ev.row_hash = mac(key, _canonical(seq, ev))
        session.add(ev)
        prev_hash = ev.row_hash
    head.seq, head.row_hash = seq, prev_hash
    head.mac = _head_mac(key, seq, prev_hash)
    session.flush()


@dataclass(frozen=True)
class Finding:
    """One thing verification found: a code (its text in ``app/ui/common/errors/security.py``) and its values."""

    code: str
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:   # for logs and test messages; screens render the code
        return f"{self.code} {self.params}" if self.params else self.code


@dataclass(frozen=True)
class ChainReport:
    """The chain as verification found it; ``anchors`` is filled when it was compared with its anchors."""

    rows: int
    problems: tuple[Finding, ...]
    last_seq: int = 0
    last_hash: str = GENESIS
    hashes: dict[int, str] = field(default_factory=dict)   # row_hash at the positions asked for
    anchors: tuple = ()   # anchors.AnchorCheck, when compared

    @property
    def ok(self) -> bool:
        return not self.problems and not any(a.detects for a in self.anchors)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems] + [a.finding.code for a in self.anchors]


@dataclass
class _Row:
    seq: int
    occurred_at: Any
    user_id: Any
    user_display: Any
    role: Any
    action: Any
    entity_type: Any
    entity_id: Any
    patient_id: Any
    outcome: Any
    detail: Any
    workstation: Any
    prev_hash: Any
    row_hash: Any


def _as_time(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise ValueError("not a time")
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def _raw_columns(session: Session) -> list:
    """The columns as stored, the time as text on SQLite: a damaged value is then reported, never raised."""
    table = AuditEvent.__table__
    return [type_coerce(table.c.occurred_at, String) if name == "occurred_at"
            and session.get_bind().dialect.name == "sqlite" else table.c[name] for name in _COLUMNS]


def _raw_rows(session: Session):
    return session.execute(select(*_raw_columns(session)).order_by(AuditEvent.__table__.c.seq)).yield_per(2000)


def verify_chain(session: Session, key: bytes, want: Iterable[int] = ()) -> ChainReport:
    """Walk the whole chain; report every row edited, inserted or deleted outside the program. ``want``: positions
    whose row_hash the report keeps (to compare with anchors)."""
    want = set(want)
    problems: list[Finding] = []
    hashes: dict[int, str] = {}
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for values in _raw_rows(session):
        row = _Row(*values)
        count += 1
        if row.seq != expected_seq:
            problems.append(Finding("security.audit_rows_missing", {"first": expected_seq, "last": row.seq - 1})
                            if row.seq > expected_seq else Finding("security.audit_out_of_order", {"seq": row.seq}))
        if row.prev_hash != prev_hash:
            problems.append(Finding("security.audit_not_following", {"seq": row.seq}))
        try:
            row.occurred_at = _as_time(row.occurred_at)
            intact = isinstance(row.row_hash, str) and hmac.compare_digest(row.row_hash, mac(key, _canonical(row.seq, row)))
        except (ValueError, TypeError, OverflowError):
            problems.append(Finding("security.audit_row_unreadable", {"seq": row.seq}))
            intact = True   # said once
        if not intact:
            problems.append(Finding("security.audit_row_changed", {"seq": row.seq}))
        if row.seq in want:
            hashes[row.seq] = str(row.row_hash)
        prev_hash, expected_seq = str(row.row_hash), row.seq + 1
    last_seq = expected_seq - 1
    problems += _head_problems(session, key, count, last_seq, prev_hash)
    return ChainReport(count, tuple(problems), last_seq, prev_hash, hashes)


def _head_problems(session: Session, key: bytes, count: int, last_seq: int, last_hash: str) -> list[Finding]:
    row = session.execute(select(AuditHead.__table__.c.seq, AuditHead.__table__.c.row_hash,
                                 AuditHead.__table__.c.mac).where(AuditHead.__table__.c.id == 1)).first()
    if row is None:
        return [Finding("security.audit_head_missing")] if count else []
    seq, row_hash, head_mac = row
    if not (isinstance(seq, int) and isinstance(row_hash, str) and isinstance(head_mac, str)
            and hmac.compare_digest(head_mac, _head_mac(key, seq, row_hash))):
        return [Finding("security.audit_head_changed")]
    if seq > last_seq:
        return [Finding("security.audit_newest_deleted", {"last": last_seq, "head": seq})]
    if seq != last_seq or row_hash != last_hash:
        return [Finding("security.audit_rows_added", {"head": seq})]
    return []


def chain_head(session: Session) -> tuple[int, str]:
    """The newest position and its hash, as the head row says (not verified)."""
    head = session.execute(select(AuditHead.__table__.c.seq, AuditHead.__table__.c.row_hash)
                           .where(AuditHead.__table__.c.id == 1)).first()
    if head is None or not isinstance(head[0], int):
        return 0, GENESIS
    return head[0], str(head[1])


def hash_at(session: Session, seq: int) -> str | None:
    """The row_hash stored at one position (None when there is no such row)."""
    value = session.execute(select(AuditEvent.__table__.c.row_hash)
                            .where(AuditEvent.__table__.c.seq == seq)).scalar()
    return None if value is None else str(value)


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


UNREADABLE_TIME = datetime(1970, 1, 1, tzinfo=UTC)


def read_rows(session: Session, conditions: Iterable = (), limit: int = 500) -> list[AuditRow]:
    """Rows newest first for reading (``conditions`` on ``AuditEvent.__table__.c``); a row damaged behind the
    program's back is shown as it is (an unreadable time as ``UNREADABLE_TIME``), never raised."""
    stmt = select(*_raw_columns(session)).where(*conditions).order_by(AuditEvent.__table__.c.seq.desc()).limit(limit)
    out = []
    for values in session.execute(stmt):
        row = _Row(*values)
        try:
            when = _as_time(row.occurred_at)
        except (ValueError, TypeError, OverflowError):
            when = UNREADABLE_TIME
        out.append(AuditRow(row.seq, when, _text(row.user_display), _text(row.role), _text(row.action),
                            _text(row.entity_type), None if row.entity_id is None else _text(row.entity_id),
                            row.patient_id if isinstance(row.patient_id, int) else None, _text(row.outcome),
                            _text(row.detail), _text(row.workstation)))
    return out


def _text(value: Any) -> str:
    return "" if value is None else str(value)
