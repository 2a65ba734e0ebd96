"""On PostgreSQL there is no local key: the audit chain secret lives in a server table."""

from __future__ import annotations

import secrets

from sqlalchemy import text
from sqlalchemy.engine import Engine


def practice_secret(engine: Engine) -> tuple[bytes, str]:
    """The server's audit secret and database id, created once (first connection wins)."""
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(424242)"))
        row = conn.execute(text("SELECT secret, db_uuid FROM server_secret WHERE id = 1")).first()
        if row is None:
            import uuid

            row = (secrets.token_hex(32), str(uuid.uuid4()))
            conn.execute(text("INSERT INTO server_secret (id, secret, db_uuid) VALUES (1, :s, :u)"),
                         {"s": row[0], "u": row[1]})
    return bytes.fromhex(row[0]), row[1]
