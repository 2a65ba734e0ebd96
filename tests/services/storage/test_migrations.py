"""The Alembic revisions build exactly the schema the models describe, on both backends."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from app.models.registry import load_all
from app.services.storage.migrate import current_revisions, head_revisions
from tests.conftest import PASSPHRASE

IGNORED_TABLES = {"patient_fts", "patient_fts_data", "patient_fts_idx", "patient_fts_docsize", "patient_fts_config",
                  "server_secret", "patient_search_word", "alembic_version"}


def _differences(engine) -> list:
    load_all()
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    out = []
    for diff in diffs:
        item = diff[0] if isinstance(diff, list) else diff
        kind = item[0]
        table = getattr(item[1], "name", None) if kind in ("add_table", "remove_table") else \
            (item[2] if kind in ("add_column", "remove_column") else None)
        if table in IGNORED_TABLES or kind in ("add_index", "remove_index") and \
                getattr(item[1], "table", None) is not None and item[1].table.name in IGNORED_TABLES:
            continue
        if kind in ("add_table", "remove_table", "add_column", "remove_column"):
            out.append((kind, table, getattr(item[3], "name", None) if kind.endswith("column") else None))
    return out


def test_sqlite_schema_matches_models(new_db):
    db, _, _ = new_db
    assert current_revisions(db.engine) == head_revisions() and len(head_revisions()) == 1
    assert _differences(db.engine) == []


@pytest.mark.postgres
def test_postgres_schema_matches_models():
    from app.services.storage.database import connect_postgres
    from tests.pg_support import fresh_database_url

    url, drop = fresh_database_url()
    db = connect_postgres(url)
    try:
        assert _differences(db.engine) == []
    finally:
        db.close()
        drop()


def test_revision_reading_agrees_with_alembic():
    """Opening a database reads the revision files without Alembic; Alembic must see the same graph."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.services.storage import migrate

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert head_revisions() == set(script.get_heads())
    assert migrate._revision_graph() == {rev.revision: tuple(rev._all_down_revisions)
                                         for rev in script.walk_revisions()}


def test_opening_an_up_to_date_database_does_not_load_alembic(new_db, tmp_path):
    import subprocess
    import sys

    _, path, _ = new_db
    code = ("import sys; from app.services.storage.database import open_encrypted; "
            f"db = open_encrypted(__import__('pathlib').Path({str(path)!r}), passphrase={PASSPHRASE!r}, "
            "use_keyring=False); print(db.backend, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["sqlite", "False"], out.stderr
