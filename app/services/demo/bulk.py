"""Bulk inserts for the generated practice (SQLAlchemy Core executemany, in the caller's transaction).

On SQLite an ``INSERT … RETURNING`` executemany runs in pages of a few dozen rows (the file's limit of bound
parameters) and joins the pages' results again and again, which grows with the square of the rows; there the rows
go in one plain executemany and their ids are the next ones after the table's highest (the caller's transaction
holds the file's write lock, so nobody inserts in between; checked after the insert). On PostgreSQL an executemany
is a round trip per row and a multi-row INSERT is slow to build: the rows go by ``COPY``, their ids taken from the
table's sequence first (as the inserts would have taken them).
"""

from __future__ import annotations

from enum import Enum

from pydantic_core import PydanticUndefined
from sqlalchemy import func, insert, select, text


def _defaults(model) -> dict:
    """The values the model gives the columns a row leaves out (Core inserts do not apply them)."""
    out = {}
    for name, info in model.model_fields.items():
        if name == "id" or name not in model.__table__.c:
            continue
        if info.default_factory is not None:
            out[name] = info.default_factory()
        elif info.default is not PydanticUndefined:
            out[name] = info.default
    return out


def complete(model, rows: list[dict]) -> list[dict]:
    """The rows with the model's defaults for the columns they leave out (every row then has the same keys)."""
    defaults = _defaults(model)
    return [{**defaults, **row} for row in rows]


def _postgres(session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _copy(session, model, rows: list[dict]) -> None:
    """The rows by COPY, in the session's transaction (enums as their values)."""
    rows = complete(model, rows)
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(f'COPY "{model.__table__.name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([v.value if isinstance(v, Enum) else v for v in (row[n] for n in names)])


def insert_rows(session, model, rows: list[dict]) -> None:
    """Insert rows in one executemany (PostgreSQL: one COPY)."""
    if not rows:
        return
    if _postgres(session):
        _copy(session, model, rows)
    else:
        session.execute(insert(model.__table__), complete(model, rows))


def insert_with_ids(session, model, rows: list[dict]) -> list[int]:
    """Insert rows in one executemany; returns their ids in the order of the rows."""
    if not rows:
        return []
    table = model.__table__
    key = next(iter(table.primary_key.columns))
    if _postgres(session):
        ids = list(session.execute(text("SELECT nextval(pg_get_serial_sequence(:t, :c)) FROM generate_series(1, :n)"),
                                   {"t": table.name, "c": key.name, "n": len(rows)}).scalars())
        _copy(session, model, [dict(row, **{key.name: i}) for row, i in zip(rows, ids, strict=True)])
        return ids
    before = session.execute(select(func.max(key))).scalar() or 0
    session.execute(insert(table), complete(model, rows))
    after = session.execute(select(func.max(key))).scalar()
    if after != before + len(rows):   # never expected: the ids would not be the rows'
        raise RuntimeError(f"bulk insert into {table.name}: ids not contiguous")
    return list(range(before + 1, after + 1))
