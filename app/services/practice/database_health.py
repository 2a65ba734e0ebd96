"""The program's own checks of the practice database: after each start and, in full, every week.

After the first patient list is on screen the program checks the database off the UI thread
(``check_after_start``): the quick form (every encrypted page) at each start, the full form (pages, structure,
references, audit chain) when the last full check is a week old. A verified backup runs the full form too, so the
daily backup counts as one. Each check is written to the audit trail (``database.check``), which is also how the
program remembers when the last full one ran. A damaged file is closed to writes at once
(``storage.database.check_database``) and the caller tells the user.

Unfinished backups left by an interrupted run (``….partial``) are removed at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import col, select

from app.models.audit import AuditEvent
from app.services.kernel.context import ServiceContext
from app.services.security.actor import SYSTEM
from app.services.storage import health
from app.services.storage.backup import default_folder
from app.services.storage.database import check_database
from app.services.storage.staging import clean_partial_backups

FULL_EVERY = timedelta(days=7)
CHECK_ACTION = "database.check"


@dataclass(frozen=True)
class StartCheck:
    """What the check after start found (``report``) and the unfinished backups it removed (name, bytes)."""

    report: health.CheckReport
    cleaned: tuple[tuple[str, int], ...] = ()


def last_full_check(ctx: ServiceContext) -> datetime | None:
    """When the database last passed the full form (a full check or a verified backup), or None."""
    with ctx.reading() as session:
        stmt = (select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.detail)
                .where(col(AuditEvent.action).in_((CHECK_ACTION, "backup.create")), AuditEvent.outcome == "success")
                .order_by(col(AuditEvent.seq).desc()).limit(50))
        for occurred_at, action, detail in session.exec(stmt):
            if action == "backup.create" or detail.startswith(health.FULL):
                return occurred_at if occurred_at.tzinfo else occurred_at.replace(tzinfo=UTC)
    return None


def check_after_start(ctx: ServiceContext, now: datetime | None = None) -> StartCheck:
    """The quick check, or the full one when a week has passed since the last; writes its result to the trail."""
    system = ctx.as_actor(SYSTEM)
    now = now or datetime.now(UTC)
    last = last_full_check(system)
    form = health.FULL if last is None or now - last >= FULL_EVERY else health.QUICK
    report = check_database(ctx.db, form)
    if report.ok:
        with system.transaction() as session:
            system.audit(session, CHECK_ACTION, entity_type="database", detail=f"{form}: ok")
    cleaned = ()
    if ctx.db.backend == "sqlite" and ctx.db.path is not None:
        cleaned = tuple(clean_partial_backups(default_folder(ctx.db.path)))
    return StartCheck(report, cleaned)
