"""When the audit chain's head is written outside the database, and gathering the anchors back for verification.

Anchors are written at moments that cost nothing noticeable, never once per event: after ``EVERY_EVENTS`` events or
``EVERY_SECONDS`` (the first commit after that), when the program closes the database, after every verified
backup, and when asked (``cordee audit anchor``, e.g. from cron). Only committed heads are anchored (a rolled-back
event never reaches an anchor). Writing an anchor never fails the user's action: a place that cannot be written is
remembered in ``last_errors`` and logged, and the next moment tries again.

The key-slot file keeps one anchor, which only moves forward along the same chain: when the chain no longer holds
the anchor already there (an older copy of the database was put in place, rows were deleted), it is left as it is,
the evidence for ``audit verify``.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models.practice import Practice
from app.services.security import audit
from app.services.security.anchors import Anchor, Placed, new_anchor
from app.services.storage import anchor_places
from app.services.storage.anchor_places import Sink
from app.services.storage.backup import default_folder
from app.services.storage.keyslots import slot_file_path

EVERY_EVENTS = 200
EVERY_SECONDS = 300.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnchorOutcome:
    """What one anchoring did: the anchor, the places written, the places kept as they were, and the failures
    (place → error text, for the log and ``cordee audit anchor``)."""

    anchor: Anchor | None
    written: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()


class Anchorer:
    """The anchoring of one open database (``Database.anchors``)."""

    def __init__(self, db):
        self._db = db
        self._lock = threading.Lock()
        self._since = 0
        self._last = time.monotonic()
        self.last_errors: tuple[tuple[str, str], ...] = ()

    def after_commit(self, events: int) -> None:
        """Count committed events; anchor when enough events or time have passed."""
        with self._lock:
            self._since += events
            due = self._since >= EVERY_EVENTS or time.monotonic() - self._last >= EVERY_SECONDS
        if due:
            self.anchor()

    def at_close(self) -> None:
        """The database is being closed: anchor what this program added since the last anchor."""
        if self._since:
            self.anchor()

    def anchor(self, kind: str = "head", sink: Sink | None | bool = True) -> AnchorOutcome:
        """Write the committed head everywhere it goes now (``sink``: True reads the practice setting; a ``Sink``
        or None overrides it). Never raises: failures are in the outcome."""
        with self._lock:
            self._since, self._last = 0, time.monotonic()
        try:
            anchor, setting, keep_key_file = self._head(kind)
        except Exception as exc:   # a database that cannot be read now: the next moment tries again
            return self._done(AnchorOutcome(None, failed=(("database", _error_text(exc)),)))
        written, kept, failed = [], [], []
        slots = slot_file_path(self._db.path) if self._db.backend == "sqlite" and self._db.path else None
        if slots is not None:
            try:
                if anchor_places.write_key_file_anchor(slots, anchor, None if kind == "restore" else keep_key_file):
                    written.append("key_file")
                else:
                    kept.append("key_file")
            except (OSError, ValueError) as exc:
                failed.append(("key_file", _error_text(exc)))
        target = _sink(setting) if sink is True else sink
        if target is not None:
            try:
                anchor_places.send(target, anchor)
                written.append(str(target))
            except (OSError, TimeoutError) as exc:
                failed.append((str(target), _error_text(exc)))
        return self._done(AnchorOutcome(anchor, tuple(written), tuple(kept), tuple(failed)))

    def _head(self, kind: str):
        db = self._db
        slots = slot_file_path(db.path) if db.backend == "sqlite" and db.path else None
        existing = anchor_places.read_key_file_anchor(slots) if slots is not None else None
        with db.reading_session() as session:
            seq, row_hash = audit.chain_head(session)
            setting = session.execute(select(Practice.audit_anchor_sink)).scalars().first()
            held = None
            if existing is not None and existing.anchor is not None:
                a = existing.anchor
                held = a.seq == 0 or (a.seq <= seq and audit.hash_at(session, a.seq) == a.row_hash)
        anchor = new_anchor(db.audit_key, db.db_uuid, seq, row_hash, kind)

        def keep_key_file(current: Anchor) -> bool:
            if current.db_uuid != db.db_uuid or not current.genuine(db.audit_key):
                return False   # not an anchor of this chain: nothing to keep
            if current == (existing.anchor if existing else None):
                return current.seq > seq or held is False
            return current.seq >= seq   # written meanwhile by another program on this file
        return anchor, setting, keep_key_file

    def _done(self, outcome: AnchorOutcome) -> AnchorOutcome:
        self.last_errors = outcome.failed
        for place, error in outcome.failed:
            log.warning("audit anchor not written to %s: %s", place, error)
        return outcome


def _sink(setting: str | None) -> Sink | None:
    try:
        return anchor_places.parse_sink(setting)
    except Exception:   # a setting written behind the program's back: verification says so
        return None


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {getattr(exc, 'strerror', None) or exc}"


@dataclass(frozen=True)
class Gathered:
    """The anchors found for a database, and the places that could not be read (place, where, reason)."""

    anchors: list[Placed]
    unreadable: list[tuple[str, str, str]]
    syslog: list[str]


def gather(db, setting: str | None, logs: list[Path] = (), backup_folders: list[Path] = ()) -> Gathered:
    """Every anchor of ``db`` that can be read: its key-slot file, the manifests of its backups (the default folder
    and ``backup_folders``), the sink file of the setting and ``logs`` (files or syslog exports)."""
    anchors: list[Placed] = []
    unreadable: list[tuple[str, str, str]] = []
    syslog: list[str] = []
    if db.backend == "sqlite" and db.path:
        found = anchor_places.read_key_file_anchor(slot_file_path(db.path))
        if found is not None:
            anchors.append(found)
        backup_folders = [default_folder(db.path), *backup_folders]
    for folder in dict.fromkeys(Path(f) for f in backup_folders):
        anchors += anchor_places.backup_anchors(folder)
    files = [Path(p) for p in logs]
    sink = _sink(setting)
    if sink is not None and sink.readable_file is not None:
        files.insert(0, sink.readable_file)
    elif sink is not None:
        syslog.append(str(sink))
    for path in dict.fromkeys(files):
        try:
            anchors += anchor_places.read_log(path)
        except OSError as exc:
            unreadable.append(("log", str(path), exc.strerror or str(exc)))
    return Gathered(anchors, unreadable, syslog)
