"""Verified backups of the encrypted practice file, and restoring one (security.md §4.6).

A backup is an export, never a file copy: the write-ahead log is checkpointed, a new file is attached
with the same key and ``sqlcipher_export`` writes one consistent snapshot into it. The copy is then
reopened on its own, read-only, and must pass SQLCipher's and SQLite's integrity checks, the foreign
keys, the same row count in every table and an intact audit chain. Only then are the key-slot file and
a manifest (counts, checksums, schema, versions) added and the folder renamed into place, so that a
folder without ``.partial`` in its name is always a complete, verified backup.

Restoring copies a verified backup to a new place (never over an existing database); the caller then
opens it with the passphrase or the recovery code.
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
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlmodel import Session

import app
from app.services.errors import StorageError
from app.services.security.anchors import new_anchor
from app.services.security.audit import ChainReport, verify_chain
from app.services.storage.atomic import fsync_dir
from app.services.storage.keyslots import slot_file_path
from app.services.storage.sqlcipher_engine import open_read_only as _read_only

MANIFEST = "manifest.json"
FORMAT = "cordee-backup"


@dataclass(frozen=True)
class BackupReport:
    """A verified backup: where it is and what it holds."""

    folder: Path
    created_at: str
    counts: dict[str, int]
    audit_rows: int
    schema: tuple[str, ...]
    label: str = "manual"

    @property
    def patients(self) -> int:
        return self.counts.get("patient", 0)


def default_folder(db_path: Path) -> Path:
    """Where backups go unless told otherwise: ``<database>.backups`` next to the database."""
    return db_path.with_name(db_path.name + ".backups")


def export_verified(engine: Engine, key: bytes, source: Path, folder: Path, audit_key: bytes,
                    label: str = "manual", *, db_uuid: str | None = None) -> BackupReport:
    """Write a verified backup of the open database into a new folder under ``folder``. Its manifest anchors the
    audit chain: the head of the verified copy, signed (``security.anchors``)."""
    created = datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _free_name(folder, f"cordee-{created:%Y%m%d-%H%M%S}-{label}")
        partial = final.with_name(final.name + ".partial")
        partial.mkdir()
    except OSError as exc:
        raise StorageError("storage.backup_folder", folder=folder, error=exc.strerror or str(exc)) from None
    target = partial / source.name
    try:
        counts, schema = _export(engine, target)
        _fsync(target)
        chain = _verify(target, key, counts, audit_key)
        audit_rows = chain.rows
        slots = partial / slot_file_path(source).name
        shutil.copyfile(slot_file_path(source), slots)
        _fsync(slots)
        anchor = new_anchor(audit_key, db_uuid or _db_uuid(slots), chain.last_seq, chain.last_hash, at=created)
        manifest = {"format": FORMAT, "version": 1, "created_at": created.isoformat(timespec="seconds"),
                    "label": label, "app_version": app.__version__, "database": source.name,
                    "sqlcipher_version": sqlcipher3.sqlite_version, "schema": sorted(schema), "counts": counts,
                    "audit_rows": audit_rows, "audit_anchor": anchor.to_dict(), "sha256": {source.name: _sha256(target), slots.name: _sha256(slots)},
                    "sizes": {source.name: target.stat().st_size, slots.name: slots.stat().st_size}}
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        _fsync(partial / MANIFEST)
        fsync_dir(partial)
        os.rename(partial, final)
        fsync_dir(folder)
    except OSError as exc:   # disk full, medium removed…
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError("storage.backup_failed", error=exc.strerror or str(exc)) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupReport(final, manifest["created_at"], counts, audit_rows, tuple(sorted(schema)), label)


def read_backup(folder: Path, *, checksums: bool = True) -> BackupReport:
    """Check a backup folder against its manifest: files present with their sizes, and (unless told
    otherwise, as when listing many) their checksums; its report."""
    manifest = _manifest(folder)
    for name, digest in manifest["sha256"].items():
        path = folder / name
        if not path.is_file():
            raise StorageError("storage.backup_incomplete", backup=folder.name, file=name)
        if path.stat().st_size != manifest.get("sizes", {}).get(name, path.stat().st_size) or \
                checksums and _sha256(path) != digest:
            raise StorageError("storage.backup_damaged", backup=folder.name, file=name)
    return BackupReport(folder, manifest["created_at"], manifest["counts"], manifest["audit_rows"],
                        tuple(manifest["schema"]), manifest.get("label", "manual"))


def restore_files(folder: Path, target: Path) -> BackupReport:
    """Copy a checked backup to ``target`` (a new database path) with its key-slot file."""
    report = read_backup(folder)
    manifest = _manifest(folder)
    target_slots = slot_file_path(target)
    if target.exists() or target_slots.exists():
        raise StorageError("storage.restore_target_exists", path=target)
    if not target.parent.is_dir():
        raise StorageError("storage.no_folder", folder=target.parent)
    source_db = folder / manifest["database"]
    source_slots = folder / slot_file_path(source_db).name
    copied = []
    try:
        for src, dst in ((source_slots, target_slots), (source_db, target)):
            tmp = dst.with_name(dst.name + ".restoring")
            shutil.copyfile(src, tmp)
            _fsync(tmp)
            os.rename(tmp, dst)
            copied.append(dst)
        fsync_dir(target.parent)
    except BaseException:
        for path in copied:   # only what this call created
            path.unlink(missing_ok=True)
        raise
    return report


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


def _export(engine: Engine, target: Path) -> tuple[dict[str, int], list[str]]:
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
    finally:
        raw.close()
    return counts, schema


def _counts(cur) -> dict[str, int]:
    tables = [row[0] for row in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: cur.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _verify(target: Path, key: bytes, counts: dict[str, int], audit_key: bytes) -> ChainReport:
    """Reopen the copy on its own and check everything; returns its audit chain's report."""
    try:
        return _checks(target, key, counts, audit_key)
    except sqlcipher3.DatabaseError as exc:
        raise StorageError("storage.backup_unverified", backup_check="unreadable", detail=str(exc)) from None


def _checks(target: Path, key: bytes, counts: dict[str, int], audit_key: bytes) -> ChainReport:
    """Each failed check raises ``storage.backup_unverified`` naming the check (``backup_check``); ``detail`` is
    for the log."""
    with closing(_read_only(target, key)) as conn:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise StorageError("storage.backup_unverified", backup_check="encrypted_pages")
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise StorageError("storage.backup_unverified", backup_check="integrity")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise StorageError("storage.backup_unverified", backup_check="foreign_keys")
        copied = _counts(conn.cursor())
        if copied != counts:
            differing = sorted(t for t in set(copied) | set(counts) if copied.get(t) != counts.get(t))
            raise StorageError("storage.backup_unverified", backup_check="row_counts", detail=", ".join(differing))
    engine = create_engine("sqlite://", module=sqlcipher3, creator=lambda: _read_only(target, key))
    try:
        with Session(engine) as session:
            report = verify_chain(session, audit_key)
    finally:
        engine.dispose()
    if not report.ok:
        raise StorageError("storage.backup_unverified", backup_check="audit_trail",
                           detail="; ".join(str(p) for p in report.problems[:3]))
    return report


def _db_uuid(slots: Path) -> str:
    try:
        return str(json.loads(slots.read_text(encoding="utf-8"))["db_uuid"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


def _manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ValueError("not a Cordée backup")
        return manifest
    except FileNotFoundError:
        raise StorageError("storage.not_a_backup", folder=folder) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError("storage.manifest_damaged", backup=folder.name, detail=str(exc)) from None


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

