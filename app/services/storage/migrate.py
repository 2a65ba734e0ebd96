"""Schema creation and upgrades through Alembic, on both backends.

Features developed in parallel may add sibling revisions (several heads); the
database is always brought to every head, and a merge revision joins them later.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.services.errors import StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revisions() -> set[str]:
    """The newest schema revisions this program knows."""
    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema; refuse a database written by a newer program."""
    script = ScriptDirectory.from_config(_config())
    current = current_revisions(engine)
    unknown = sorted(r for r in current if not _known(script, r))
    if unknown:
        raise StorageError("schema_too_new", f"this database has schema {unknown[0]}, newer than this version of "
                                             "Cordée knows; install the newer version of Cordée")
    if current == set(script.get_heads()):
        return
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False
