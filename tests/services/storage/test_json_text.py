"""``json_text`` reads one field of a JSON text column in the database, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select

from app.services.storage.json_text import json_text

DOC = '{"review_date": "2026-03-31", "problems": [{"title": "HTA"}], "note": null}'


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_reads_one_field_on_both_back_ends(backend, request):
    fx = request.getfixturevalue("practice" if backend == "sqlite" else "pg_practice")
    with fx.db.session() as session:
        doc = literal(DOC)
        row = session.execute(select(json_text(doc, "review_date"), json_text(doc, "missing"),
                                     json_text(doc, "note"))).one()
    assert tuple(row) == ("2026-03-31", None, None)


def test_refuses_a_key_that_is_not_plain():
    with pytest.raises(ValueError):
        json_text(literal(DOC), "a'); DROP TABLE patient; --")
