"""Test a pooled server connection before use, when it has been idle long enough to have died.

SQLAlchemy's ``pool_pre_ping`` pings on every checkout, one round trip per unit of work; while
someone types a search, connections come back within a second, so the ping is spent only after
an idle spell (a server restart or a dropped network link happens during one). A connection that
fails the ping is replaced, and the pool drops the others of the same age.
"""

from __future__ import annotations

import time

from sqlalchemy import event, exc
from sqlalchemy.engine import Engine

IDLE_SECONDS = 5.0


def ping_after_idle(engine: Engine) -> None:
    """Install the check on ``engine``'s pool (idle for ``IDLE_SECONDS`` or more: ping first)."""

    @event.listens_for(engine, "checkin")
    def _returned(dbapi_connection, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _lent(dbapi_connection, record, proxy) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            alive = not engine.dialect.is_disconnect(error, dbapi_connection, None)
            if alive:
                raise
        if not alive:
            raise exc.DisconnectionError("the server connection was lost; reconnecting")
