"""One value of a JSON document stored as text, read by the database itself: a list that needs one field of a large
snapshot reads that field, not the whole document (SQLite ``json_extract``, PostgreSQL ``->>``)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class json_text(FunctionElement):  # noqa: N801 (an SQL function, named like one)
    """``json_text(column, "key")``: the text at the top-level ``key`` of the JSON in ``column`` (NULL when absent)."""

    type = String()
    inherit_cache = True
    name = "json_text"

    def __init__(self, column, key: str):
        if not key.replace("_", "").isalnum():
            raise ValueError(f"not a plain JSON key: {key!r}")
        self.key = key
        super().__init__(column)


@compiles(json_text, "sqlite")
def _sqlite(element, compiler, **kw):
    column = compiler.process(list(element.clauses)[0], **kw)
    return f"json_extract({column}, '$.{element.key}')"


@compiles(json_text, "postgresql")
def _postgresql(element, compiler, **kw):
    column = compiler.process(list(element.clauses)[0], **kw)
    return f"(CAST({column} AS json) ->> '{element.key}')"
