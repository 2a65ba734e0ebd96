"""Change notifications on PostgreSQL: one kept connection for NOTIFY, renewed when the server ended it."""

from __future__ import annotations

import queue
import time

import psycopg
import pytest

from app.services.kernel.notifications import Notifier, PgListener

pytestmark = pytest.mark.postgres


def test_notify_connection_is_kept_and_renewed(pg_practice):
    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    heard = queue.Queue()
    other = Notifier()
    other.subscribe(lambda topic, payload: heard.put((topic, payload)))
    listener_b = PgListener(dsn, other, origin="b")
    sender = Notifier()
    listener_a = PgListener(dsn, sender, origin="a")
    listener_b.start()
    try:
        time.sleep(0.5)
        sender.publish("task.changed", {"n": 1})
        assert heard.get(timeout=5) == ("task.changed", {"n": 1})
        kept = listener_a._sender.info.backend_pid
        sender.publish("task.changed", {"n": 2})
        assert heard.get(timeout=5) == ("task.changed", {"n": 2})
        assert listener_a._sender.info.backend_pid == kept          # no new connection per change
        with psycopg.connect(dsn, autocommit=True) as admin:         # the server ends it (restart, admin, network)
            admin.execute("SELECT pg_terminate_backend(%s)", (kept,))
        time.sleep(0.2)
        sender.publish("task.changed", {"n": 3})
        assert heard.get(timeout=5) == ("task.changed", {"n": 3})
        assert listener_a._sender.info.backend_pid != kept
    finally:
        listener_a.stop()
        listener_b.stop()
