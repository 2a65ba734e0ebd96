"""Schema creation and upgrades through Alembic, on both backends.

Features developed in parallel may add sibling revisions (several heads); the
database is always brought to every head, and a merge revision joins them later.

Opening an up-to-date database is the common case and must be quick: the revision
identifiers are read from the revision files and the database's from its
``alembic_version`` table, and Alembic itself is loaded only when there is
something to upgrade (a test checks this reading against Alembic's own).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from app.services.errors import StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision this program knows -> the revisions it follows."""
    graph = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        # Only the two assignment lines: parsing whole revision files cost ~12 ms at every start.
        values = {m.group(1): ast.literal_eval(m.group(2))
                  for m in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return graph


def head_revisions() -> set[str]:
    """The newest schema revisions this program knows."""
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed


def current_revisions(engine: Engine) -> set[str]:
    """The revisions the database is at (empty for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def upgrade_to_head(engine: Engine, before_upgrade: Callable[[], None] | None = None) -> None:
    """Create or upgrade the schema; refuse a database written by a newer program. ``before_upgrade`` runs
    first when an existing database is about to change (a new one has nothing to keep)."""
    current = current_revisions(engine)
    unknown = sorted(current - set(_revision_graph()))
    if unknown:
        raise StorageError("storage.schema_too_new", revision=unknown[0])
    if current == head_revisions():
        return
    if current and before_upgrade is not None:
        before_upgrade()
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
