"""Revision 0025 (team messages) goes down to 0021 and up again on both back ends: the tables leave and come back
empty, and the practice's other records stay."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from app.services.messages import inbox, threads
from app.services.messages.message_input import MessageInput
from app.services.storage import migrate
from tests.services.security.test_record_access import patient
from tests.services.storage.test_migration_identity_vigilance import _config

NEW = {"message_thread", "team_message", "message_mention", "message_read_mark", "message_link"}


def _down_and_up(practice):
    nurse = practice.ctx["nurse"]
    pid = patient(practice)
    threads.start_thread(nurse, patient_id=pid, subject="Avant", message=MessageInput("Texte"))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0024")
    assert not NEW & set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT family_name FROM patient")).scalar_one() == "Morel"
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert NEW <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert inbox.threads(nurse) == []
    threads.start_thread(nurse, patient_id=pid, subject="Après", message=MessageInput("Texte"))
    assert [t.subject for t in inbox.threads(nurse)] == ["Après"]


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
