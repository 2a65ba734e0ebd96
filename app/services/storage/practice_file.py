"""Cordée's own file type, the practice file (``.cordee``): a small JSON file that names a practice's database, so
that a double-click on it (the installers register the type) opens Cordée on that practice.

    {"cordee": "practice", "database": "practice.db"}         a database file, relative to the practice file's folder
    {"cordee": "practice", "server": "postgresql+psycopg://server/cordee?sslmode=verify-full"}

It holds no secret: the passphrase, the keyring or the server's login are asked for as on every start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import StorageError

EXTENSION = ".cordee"
MAX_BYTES = 16 * 1024


@dataclass(frozen=True)
class PracticeTarget:
    """The practice a file names: an encrypted database file, or a PostgreSQL server URL."""

    database: Path | None = None
    server_url: str | None = None


def is_practice_file(argument: str) -> bool:
    """True for a command-line argument that names a practice file (by its extension)."""
    return argument.lower().endswith(EXTENSION)


def read_practice_file(path: Path) -> PracticeTarget:
    """The practice named by the file; a StorageError ``storage.practice_file`` says it is none (unreadable, too
    large, not JSON, or not naming exactly one database or server)."""
    path = Path(path)
    refused = StorageError("storage.practice_file", path=str(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise refused
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise refused from None
    if not isinstance(content, dict) or content.get("cordee") != "practice":
        raise refused
    database, server = content.get("database"), content.get("server")
    if server is not None and database is None:
        if not isinstance(server, str) or not server.startswith("postgresql"):
            raise refused
        return PracticeTarget(server_url=server)
    if server is None and isinstance(database, str) and database.strip():
        return PracticeTarget(database=(path.resolve().parent / database).resolve())
    raise refused
