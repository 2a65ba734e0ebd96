"""Checks of an encrypted practice file, read-only: ``cordee check``, the program after start-up, every backup.

* the quick form: ``cipher_integrity_check`` — every page's authentication code, which catches any changed byte
  of an encrypted file (it reads the whole file once: tens of milliseconds per 10 MB);
* the full form: that, SQLite's ``integrity_check`` (every b-tree and index), ``foreign_key_check`` and the
  audit chain.

A check never writes: it reads through its own read-only connection (``immutable`` when the file has no log, so
that nothing is created beside it), and reports which checks failed; the caller decides (refuse the backup, stop
writing, tell the user).
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from app.services.security.audit import ChainReport, verify_chain
from app.services.storage.file_checks import scan_wal, wal_path
from app.services.storage.sqlcipher_engine import open_read_only

QUICK, FULL = "quick", "full"
CHECKS = {QUICK: ("encrypted_pages",), FULL: ("encrypted_pages", "integrity", "foreign_keys", "audit_trail")}


@dataclass(frozen=True)
class CheckReport:
    """What a check found: ``failed`` names the checks that failed (``encrypted_pages``, ``integrity``,
    ``foreign_keys``, ``audit_trail``); ``ran`` the checks that ran to their end or failed (a check that could not
    read the file stops the others); ``details`` says where (page numbers, tables, audit rows: no patient data)."""

    form: str
    failed: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    audit_rows: int | None = None
    ran: tuple[str, ...] = ()
    chain: ChainReport | None = None   # the audit chain's report, when the full form read it

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def checks(self) -> tuple[str, ...]:
        return CHECKS[self.form]


def _pages(conn) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")][:20]


def _structure(conn) -> list[str]:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return [] if result == ["ok"] else result[:20]


def _references(conn) -> list[str]:
    return [f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in
            conn.execute("PRAGMA foreign_key_check").fetchall()[:20]]


def check_file(path: Path, key: bytes | bytearray, audit_key: bytes, form: str = FULL) -> CheckReport:
    """Check the file at ``path`` (open elsewhere or not) without writing anything."""
    path = Path(path)
    immutable = scan_wal(wal_path(path)) is None
    failed: list[str] = []
    details: list[str] = []
    ran: list[str] = []
    audit_rows = None
    chain = None
    checks = {"encrypted_pages": _pages, "integrity": _structure, "foreign_keys": _references}
    try:
        with closing(open_read_only(path, key, immutable=immutable)) as conn:
            for name in CHECKS[form]:
                if name not in checks:
                    continue
                ran.append(name)
                problems = checks[name](conn)
                if problems:
                    failed.append(name)
                    details.extend(problems)
        if form == FULL and not failed:
            ran.append("audit_trail")
            engine = create_engine("sqlite://", module=sqlcipher3,
                                   creator=lambda: open_read_only(path, key, immutable=immutable))
            try:
                with Session(engine) as session:
                    chain = verify_chain(session, audit_key)
            finally:
                engine.dispose()
            audit_rows = chain.rows
            if not chain.ok:
                failed.append("audit_trail")
                details.extend(chain.problems[:20])
    except (sqlcipher3.Error, DBAPIError) as exc:   # the check met a page it cannot read
        if not ran:
            ran.append(CHECKS[form][0])
        if ran[-1] not in failed:
            failed.append(ran[-1])
        details.append(str(getattr(exc, "orig", exc)))
    return CheckReport(form, tuple(failed), tuple(details), audit_rows, tuple(ran), chain)
