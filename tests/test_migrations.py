"""The Alembic revisions build exactly the schema the models describe, on both backends."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.services.storage.migrate import current_revisions, head_revisions

IGNORED_TABLES = {"patient_fts", "patient_fts_data", "patient_fts_idx", "patient_fts_docsize", "patient_fts_config",
                  "server_secret", "patient_search_word", "alembic_version"}


def _differences(engine) -> list:
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
