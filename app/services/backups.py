"""Backing up the practice database on demand (administrators); restoring is a command-line step.

The work itself is in storage/backup.py; here are the rules: who may, which backend, and the audit.
"""

from __future__ import annotations

from pathlib import Path

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.security.access import require
from app.services.storage.backup import BackupReport, default_folder, export_verified, list_backups


def backup_folder(ctx: ServiceContext) -> Path | None:
    """Where backups go by default (None on a PostgreSQL server, which is backed up on the server)."""
    return default_folder(ctx.db.path) if ctx.db.backend == "sqlite" and ctx.db.path else None


def back_up(ctx: ServiceContext, folder: Path | str | None = None) -> BackupReport:
    """Write a verified backup of the encrypted file into ``folder`` (default: next to the database)."""
    require(ctx.actor, "backup.run")
    if ctx.db.backend != "sqlite" or ctx.db.key is None:
        raise ValidationError("database", "a PostgreSQL server is backed up on the server (pg_dump), not here")
    target = Path(folder) if folder else backup_folder(ctx)
    report = export_verified(ctx.db.engine, ctx.db.key, ctx.db.path, target, ctx.db.audit_key)
    with ctx.transaction() as session:
        ctx.audit(session, "backup.create", entity_type="database",
                  detail=f"{report.folder} ({report.patients} patients, {report.audit_rows} audit rows)")
    return report


def recent_backups(ctx: ServiceContext, folder: Path | str | None = None) -> list[BackupReport]:
    """The verified backups in the folder, newest first."""
    require(ctx.actor, "backup.run")
    target = Path(folder) if folder else backup_folder(ctx)
    return list_backups(target) if target else []
