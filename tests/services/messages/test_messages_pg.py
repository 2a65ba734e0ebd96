"""On PostgreSQL: a message posted on one workstation reaches another within 5 seconds (LISTEN/NOTIFY, the channel
the alerts use), and the other workstation then reads it, unread, from the shared database."""

from __future__ import annotations

import queue
import time

import pytest

from app.services.kernel.context import ServiceContext
from app.services.kernel.notifications import Notifier, PgListener
from app.services.messages import inbox, threads
from app.services.messages.message_input import MessageInput
from app.services.storage.database import connect_postgres
from tests.services.security.test_record_access import patient

pytestmark = pytest.mark.postgres


def test_a_message_posted_on_one_workstation_appears_on_another_within_5_seconds(pg_practice):
    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    pid = patient(pg_practice)
    sender_notes, other_notes = Notifier(), Notifier()
    heard = queue.Queue()
    other_notes.subscribe(lambda topic, payload: heard.put((topic, payload)) if topic == threads.POSTED else None)
    sender_listener, other_listener = PgListener(dsn, sender_notes, "a"), PgListener(dsn, other_notes, "b")
    other_db = connect_postgres(pg_practice.url)                      # the second workstation's own connection
    nurse_b = ServiceContext(other_db, pg_practice.ctx["nurse"].actor, other_notes)
    doc_a = ServiceContext(pg_practice.db, pg_practice.ctx["physician"].actor, sender_notes)
    other_listener.start()
    try:
        time.sleep(0.5)
        started = time.monotonic()
        tid = threads.start_thread(doc_a, patient_id=pid, subject="Chute", message=MessageInput(
            "@nurse passage demain ?", urgent=True))
        topic, payload = heard.get(timeout=5)
        assert time.monotonic() - started < 5
        assert (payload["thread_id"], payload["patient_id"], payload["urgent"]) == (tid, pid, True)
        assert inbox.unread_counts(nurse_b) == inbox.UnreadCounts(1, 1, 1)
        assert threads.open_thread(nurse_b, tid).messages[0].body == "@nurse passage demain ?"
    finally:
        sender_listener.stop()
        other_listener.stop()
        other_db.close()
