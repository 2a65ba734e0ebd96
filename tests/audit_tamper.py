"""Tampering with the audit trail the way someone who holds the practice passphrase could: SQL on the unlocked
database (triggers dropped), a chain rebuilt with the key the program derives, older copies of the files.

Shared by the audit tests and the fault-injection suite."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from app.models.audit import AuditEvent
from app.services.security import audit
from app.services.storage.database import Database
from app.services.storage.keyslots import slot_file_path

COLUMNS = ("seq", "occurred_at", "user_id", "user_display", "role", "action", "entity_type", "entity_id",
           "patient_id", "outcome", "detail", "workstation", "prev_hash", "row_hash")


def sql(db: Database, *statements: str) -> None:
    """Run statements on the unlocked database with the append-only triggers dropped."""
    with db.engine.begin() as conn:
        if db.backend == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS audit_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_no_change ON audit_event"))
        for statement in statements:
            conn.execute(text(statement))


def delete_everything(db: Database) -> None:
    """Every audit row and the head."""
    sql(db, "DELETE FROM audit_event", "DELETE FROM audit_head")


def rebuild_chain(db: Database, *, without_actions: tuple[str, ...] = ("patient.open",)) -> int:
    """Drop the events with ``without_actions`` and rebuild a valid chain over the rest with the practice's own
    audit key (what anyone with the passphrase can do); returns the number of rows left."""
    with db.session() as s:
        rows = [dict(r._mapping) for r in s.execute(text(
            f"SELECT {', '.join(COLUMNS)} FROM audit_event ORDER BY seq"))]
    kept = [r for r in rows if r["action"] not in without_actions]
    statements = ["DELETE FROM audit_event", "DELETE FROM audit_head"]
    prev = audit.GENESIS
    with db.session() as s:
        for seq, r in enumerate(kept, 1):
            ev = AuditEvent(**{**r, "seq": seq, "prev_hash": prev})
            ev.occurred_at = audit._as_time(r["occurred_at"])
            ev.row_hash = audit.mac(db.audit_key, audit._canonical(seq, ev))
            prev = ev.row_hash
            r.update(seq=seq, prev_hash=ev.prev_hash, row_hash=ev.row_hash)
    sql(db, *statements)
    with db.engine.begin() as conn:
        for r in kept:
            conn.execute(AuditEvent.__table__.insert().values(**{**r, "occurred_at": audit._as_time(r["occurred_at"])}))
        conn.execute(text("INSERT INTO audit_head (id, seq, row_hash, mac) VALUES (1, :s, :h, :m)"),
                     {"s": len(kept), "h": prev, "m": audit._head_mac(db.audit_key, len(kept), prev)})
    return len(kept)


def append_unsigned_row(db: Database) -> None:
    """One row appended after the newest, with no valid hash and the head left as it was."""
    sql(db, "INSERT INTO audit_event (seq, occurred_at, user_display, role, action, entity_type, outcome, detail, "
            "workstation, prev_hash, row_hash) SELECT max(seq) + 1, max(occurred_at), 'Mallory', '', 'patient.open', "
            "'patient', 'success', '', '', 'x', 'not a hash' FROM audit_event")


def damage_time(db: Database, seq: int) -> None:
    """A row whose time is not a time (only SQLite lets a column hold that)."""
    sql(db, f"UPDATE audit_event SET occurred_at = 'not a time' WHERE seq = {seq}")


def files_of(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), slot_file_path(path)]


def copy_files(path: Path, folder: Path, *, with_key_file: bool = True) -> Path:
    """A copy of the closed database's files (the key-slot file too unless told otherwise) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in files_of(path):
        if f.exists() and (with_key_file or f != slot_file_path(path)):
            shutil.copy2(f, folder / f.name)
    return folder


def put_back(folder: Path, path: Path) -> None:
    """Swap the copies in ``folder`` in place of the database's files (files the copy lacks are removed)."""
    for f in files_of(path):
        copy = folder / f.name
        if copy.exists():
            shutil.copy2(copy, f)
        elif f != slot_file_path(path):
            f.unlink(missing_ok=True)
