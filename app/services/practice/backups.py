"""Backing up the practice database: on demand (administrators), and once a day by the program itself.

The work itself is in storage/backup.py; here are the rules: who may, which backend, how often, how many
generations are kept, and the audit. Restoring is a command-line step (``cordee restore``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require
from app.services.security.actor import SYSTEM
from app.services.storage.backup import BackupReport, default_folder, export_verified, list_backups, prune

DAILY = "daily"
DAILY_EVERY = timedelta(hours=24)


def backup_folder(ctx: ServiceContext) -> Path | None:
    """Where backups go by default (None on a PostgreSQL server, which is backed up on the server)."""
    return default_folder(ctx.db.path) if ctx.db.backend == "sqlite" and ctx.db.path else None


def back_up(ctx: ServiceContext, folder: Path | str | None = None) -> BackupReport:
    """Write a verified backup of the encrypted file into ``folder`` (default: next to the database)."""
    require(ctx, "backup.run")
    if ctx.db.backend != "sqlite" or ctx.db.key is None:
        raise ValidationError("database", "practice.backup_on_server")
    target = Path(folder) if folder else backup_folder(ctx)
    report = export_verified(ctx.db.engine, ctx.db.key, ctx.db.path, target, ctx.db.audit_key,
                             db_uuid=ctx.db.db_uuid)
    with ctx.transaction() as session:
        ctx.audit(session, "backup.create", entity_type="database",
                  detail=f"{report.folder} ({report.patients} patients, {report.audit_rows} audit rows)")
    ctx.db.anchors.anchor()   # the verified backup is a moment to anchor the chain everywhere else too
    return report


def back_up_if_due(ctx: ServiceContext, now: datetime | None = None) -> BackupReport | None:
    """The program's own daily backup, next to the database, when the newest backup there is a day old (or
    there is none); old daily backups are then thinned to 7 daily, 4 weekly and 12 monthly generations.
    None when nothing was due (or the practice works on a PostgreSQL server)."""
    folder = backup_folder(ctx)
    if folder is None or ctx.db.key is None:
        return None
    now = now or datetime.now(UTC)
    newest = list_backups(folder)[:1]
    if newest and now - datetime.fromisoformat(newest[0].created_at) < DAILY_EVERY:
        return None
    system = ctx.as_actor(SYSTEM)
    report = export_verified(ctx.db.engine, ctx.db.key, ctx.db.path, folder, ctx.db.audit_key, DAILY,
                             db_uuid=ctx.db.db_uuid)
    removed = prune(folder, DAILY)
    with system.transaction() as session:
        system.audit(session, "backup.create", entity_type="database",
                     detail=f"daily {report.folder} ({report.patients} patients); {len(removed)} old removed")
    ctx.db.anchors.anchor()
    return report


def recent_backups(ctx: ServiceContext, folder: Path | str | None = None) -> list[BackupReport]:
    """The verified backups in the folder, newest first."""
    require(ctx, "backup.run")
    target = Path(folder) if folder else backup_folder(ctx)
    return list_backups(target) if target else []
