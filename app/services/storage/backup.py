"""Verified backups of the encrypted practice file, and restoring one (security.md §4.6).

A backup is an export, never a file copy: the write-ahead log is checkpointed, a new file is attached
with the same key and ``sqlcipher_export`` writes one consistent snapshot into it. The copy is then
reopened on its own, read-only, and must pass SQLCipher's and SQLite's integrity checks, the foreign
keys, the same row count in every table and an intact audit chain. Only then are the key-slot file and
a manifest (counts, checksums, schema, versions) added and the folder renamed into place, so that a
folder without ``.partial`` in its name is always a complete, verified backup.

Before the export the database itself gets the full check (``health``): a damaged file is never backed up
as if it were sound, and from then on nothing more is written to it. Backup folders and files are readable by
their owner only; a ``.partial`` folder left by an interrupted backup is removed at the next one (the report says
so).

Restoring copies a verified backup into a staging folder beside the new place (never over an existing database);
the caller opens and checks it there, then publishes it (``staging.Staged.publish``): an interrupted restore
never leaves an unchecked database under the name asked for.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy.engine import Engine

import app
from app.services.errors import StorageError
from app.services.security.anchors import new_anchor
from app.services.security.audit import ChainReport
from app.services.storage import health, staging
from app.services.storage.atomic import fsync_dir, private_copy, private_file, private_folder
from app.services.storage.failures import from_os_error, from_sqlite_error
from app.services.storage.keyslots import slot_file_path
from app.services.storage.sqlcipher_engine import block_writes, open_read_only

MANIFEST = "manifest.json"
FORMAT = "cordee-backup"
MAX_MANIFEST_BYTES = 1024 * 1024


@dataclass(frozen=True)
class BackupReport:
    """A verified backup: where it is and what it holds."""

    folder: Path
    created_at: str
    counts: dict[str, int]
    audit_rows: int
    schema: tuple[str, ...]
    label: str = "manual"
    cleaned: tuple[tuple[str, int], ...] = ()   # unfinished backups removed before this one: (name, bytes)

    @property
    def patients(self) -> int:
        return self.counts.get("patient", 0)


def default_folder(db_path: Path) -> Path:
    """Where backups go unless told otherwise: ``<database>.backups`` next to the database."""
    return db_path.with_name(db_path.name + ".backups")


def export_verified(engine: Engine, key: bytes, source: Path, folder: Path, audit_key: bytes,
                    label: str = "manual", *, db_uuid: str | None = None) -> BackupReport:
    """Check the open database, then write a verified backup of it into a new folder under ``folder``. Its manifest anchors the
    audit chain: the head of the verified copy, signed (``security.anchors``)."""
    created = datetime.now(UTC)
    try:
        private_folder(folder)
        cleaned = staging.clean_partial_backups(folder)
        final = _free_name(folder, f"cordee-{created:%Y%m%d-%H%M%S}-{label}")
        partial = final.with_name(final.name + staging.PARTIAL_SUFFIX)
        partial.mkdir(mode=0o700)
    except OSError as exc:
        raise from_os_error(exc, folder, writing=True) from None
    claim = None
    try:
        claim = staging.Claim(partial)
        check_source(engine, key, source, audit_key)
        target = partial / source.name
        os.close(private_file(target))   # SQLite fills the empty file; created readable by its owner only
        counts, schema = _export(engine, target, source)
        _fsync(target)
        chain = _verify(target, key, counts, audit_key)
        audit_rows = chain.rows
        slots = partial / slot_file_path(source).name
        private_copy(slot_file_path(source), slots)
        anchor = new_anchor(audit_key, db_uuid or _db_uuid(slots), chain.last_seq, chain.last_hash, at=created)
        manifest = {"format": FORMAT, "version": 1, "created_at": created.isoformat(timespec="seconds"),
                    "label": label, "app_version": app.__version__, "database": source.name,
                    "sqlcipher_version": sqlcipher3.sqlite_version, "schema": sorted(schema), "counts": counts,
                    "audit_rows": audit_rows, "audit_anchor": anchor.to_dict(), "sha256": {source.name: _sha256(target), slots.name: _sha256(slots)},
                    "sizes": {source.name: target.stat().st_size, slots.name: slots.stat().st_size}}
        with os.fdopen(private_file(partial / MANIFEST), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(manifest, indent=2, sort_keys=True))
            fh.flush()
            os.fsync(fh.fileno())
        claim.release()
        fsync_dir(partial)
        os.rename(partial, final)
        fsync_dir(folder)
    except OSError as exc:   # disk full, read-only, medium removed…
        _discard(partial, claim)
        raise from_os_error(exc, partial, writing=True) from None
    except BaseException:
        _discard(partial, claim)
        raise
    return BackupReport(final, manifest["created_at"], counts, audit_rows, tuple(sorted(schema)), label,
                        tuple(cleaned))


def check_source(engine: Engine, key: bytes, source: Path, audit_key: bytes) -> None:
    """The full check of the database about to be backed up; a damaged one stops all writing to it."""
    report = health.check_file(source, key, audit_key, health.FULL)
    if not report.ok:
        error = StorageError("storage.damaged", path=source, detail="; ".join(report.failed))
        block_writes(engine, error)
        raise error


def _discard(partial: Path, claim) -> None:
    if claim is not None:
        claim.release()
    shutil.rmtree(partial, ignore_errors=True)


def read_backup(folder: Path, *, checksums: bool = True) -> BackupReport:
    """Check a backup folder against its manifest: files present with their sizes, and (unless told
    otherwise, as when listing many) their checksums; its report."""
    manifest = _manifest(folder)
    try:
        for name, digest in manifest["sha256"].items():
            path = folder / name
            if not path.is_file():
                raise StorageError("storage.backup_incomplete", backup=folder.name, file=name)
            if path.stat().st_size != manifest.get("sizes", {}).get(name, path.stat().st_size) or \
                    checksums and _sha256(path) != digest:
                raise StorageError("storage.backup_damaged", backup=folder.name, file=name)
        counts = {str(table): int(n) for table, n in manifest["counts"].items()}
        datetime.fromisoformat(str(manifest["created_at"]))   # listing and thinning sort by it
        return BackupReport(folder, str(manifest["created_at"]), counts, int(manifest["audit_rows"]),
                            tuple(str(s) for s in manifest["schema"]), str(manifest.get("label", "manual")))
    except OSError as exc:
        raise from_os_error(exc, folder) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StorageError("storage.manifest_damaged", backup=folder.name, detail=type(exc).__name__) from None


def restore_files(folder: Path, target: Path) -> tuple[staging.Staged, BackupReport]:
    """Copy a checked backup, with its key-slot file, into a staging folder for the new database ``target``;
    the caller opens and checks the copy at ``staged.path``, then publishes it (or discards it)."""
    report = read_backup(folder)
    manifest = _manifest(folder)
    target = Path(target)
    if os.path.lexists(target) or os.path.lexists(slot_file_path(target)):
        raise StorageError("storage.restore_target_exists", path=target)
    if not target.parent.is_dir():
        raise StorageError("storage.no_folder", folder=target.parent)
    source_db = folder / manifest["database"]
    source_slots = folder / slot_file_path(source_db).name
    staged = staging.stage(target)
    try:
        staged.claim.note(db_uuid=_backup_uuid(source_slots))
        private_copy(source_slots, slot_file_path(staged.path))
        private_copy(source_db, staged.path)
        fsync_dir(staged.folder)
    except OSError as exc:
        staged.discard()
        raise from_os_error(exc, target, writing=True) from None
    except BaseException:
        staged.discard()
        raise
    return staged, report


def _backup_uuid(slots: Path) -> str | None:
    try:
        data = json.loads(slots.read_text(encoding="utf-8"))
        return data.get("db_uuid") if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def check_restored(engine: Engine, report: BackupReport) -> None:
    """After restoring and opening: every table holds what the backup recorded."""
    raw = engine.raw_connection()
    try:
        counts = _counts(raw.cursor())
    finally:
        raw.close()
    if {t: n for t, n in counts.items() if t in report.counts} != report.counts:
        raise StorageError("storage.restore_failed")


def list_backups(folder: Path) -> list[BackupReport]:
    """The complete backups in ``folder``, newest first (partial, incomplete or resized ones are left out;
    checksums are verified when one is restored)."""
    found = []
    for child in folder.glob("cordee-*") if folder.is_dir() else []:
        if child.is_dir() and not child.name.endswith(".partial"):
            try:
                found.append(read_backup(child, checksums=False))
            except StorageError:
                continue
    return sorted(found, key=lambda r: r.created_at, reverse=True)


def prune(folder: Path, label: str, *, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Remove the backups with ``label`` beyond the generations kept (the newest of each of the last ``daily``
    days, ``weekly`` weeks and ``monthly`` months); other backups are never touched. Returns what went."""
    kept, periods = set(), {"day": [], "week": [], "month": []}
    limits = {"day": daily, "week": weekly, "month": monthly}
    candidates = [r for r in list_backups(folder) if r.label == label]
    for report in candidates:   # newest first
        made = datetime.fromisoformat(report.created_at)
        for period, key in (("day", made.date()), ("week", made.isocalendar()[:2]), ("month", (made.year, made.month))):
            if key not in periods[period] and len(periods[period]) < limits[period]:
                periods[period].append(key)
                kept.add(report.folder)
    removed = [r.folder for r in candidates if r.folder not in kept]
    for path in removed:
        shutil.rmtree(path)
    return removed


def _export(engine: Engine, target: Path, source: Path) -> tuple[dict[str, int], list[str]]:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.execute("ATTACH DATABASE ? AS cordee_backup", (str(target),))   # same key as the main database
        try:
            cur.execute("BEGIN")
            try:
                cur.execute("SELECT sqlcipher_export('cordee_backup')")
                counts = _counts(cur)
                schema = [row[0] for row in cur.execute("SELECT version_num FROM alembic_version")]
            finally:
                cur.execute("COMMIT")
        finally:
            cur.execute("DETACH DATABASE cordee_backup")
    except sqlcipher3.Error as exc:   # a full disk is SQLite's "database or disk is full" here
        error = from_sqlite_error(exc, target)
        if error.code == "storage.damaged":
            error = StorageError("storage.damaged", path=source, detail=str(exc))
            block_writes(engine, error)
        raise error from None
    finally:
        raw.close()
    return counts, schema


def _counts(cur) -> dict[str, int]:
    tables = [row[0] for row in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: cur.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _verify(target: Path, key: bytes, counts: dict[str, int], audit_key: bytes) -> ChainReport:
    """Reopen the copy on its own and check everything; returns its audit chain's report. Each failed check
    raises ``storage.backup_unverified`` naming the check (``backup_check``); ``detail`` is for the log."""
    report = health.check_file(target, key, audit_key, health.FULL)
    if not report.ok:
        raise StorageError("storage.backup_unverified", backup_check=report.failed[0],
                           detail="; ".join(report.details[:3]))
    try:
        with closing(open_read_only(target, key, immutable=True)) as conn:
            copied = _counts(conn.cursor())
    except sqlcipher3.Error as exc:
        raise StorageError("storage.backup_unverified", backup_check="unreadable", detail=str(exc)) from None
    if copied != counts:
        differing = sorted(t for t in set(copied) | set(counts) if copied.get(t) != counts.get(t))
        raise StorageError("storage.backup_unverified", backup_check="row_counts", detail=", ".join(differing))
    return report.chain


def _db_uuid(slots: Path) -> str:
    try:
        return str(json.loads(slots.read_text(encoding="utf-8"))["db_uuid"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


def _manifest(folder: Path) -> dict:
    try:
        if (folder / MANIFEST).stat().st_size > MAX_MANIFEST_BYTES:
            raise ValueError("too large")
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("not a Cordée backup")
        if not isinstance(manifest.get("sha256"), dict) or not isinstance(manifest.get("database"), str) \
                or not all(isinstance(n, str) and "/" not in n and "\\" not in n and n not in ("", ".", "..")
                           for n in (*manifest["sha256"], manifest["database"])):
            raise ValueError("files")
        return manifest
    except (FileNotFoundError, NotADirectoryError):
        raise StorageError("storage.not_a_backup", folder=folder) from None
    except OSError as exc:
        raise from_os_error(exc, folder / MANIFEST) from None
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise StorageError("storage.manifest_damaged", backup=folder.name, detail=type(exc).__name__) from None


def _free_name(folder: Path, stem: str) -> Path:
    candidate, n = folder / stem, 1
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        n += 1
        candidate = folder / f"{stem}-{n}"
    return candidate


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())

