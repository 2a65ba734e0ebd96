"""Two (and four) workstations on the PostgreSQL server asking for the practice's exchange identity at the same
moment, when none exists yet: one identity is stored, every workstation gets that one, its creation is audited
once; the losers read the winner's identity instead of failing. The table itself refuses a second identity."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeIdentity
from app.services.exchange import peer_identity, peer_keys
from app.services.kernel.context import ServiceContext
from app.services.storage.database import connect_postgres
from tests.pg_races import together

pytestmark = pytest.mark.postgres
ROUNDS = 6


def _counting_key_generation(monkeypatch) -> list[int]:
    """How many identities were generated (each one a workstation that found none and tried to store its own)."""
    made, lock = [0], threading.Lock()
    original = peer_keys.new_private_set

    def counted():
        with lock:
            made[0] += 1
        return original()
    monkeypatch.setattr(peer_keys, "new_private_set", counted)
    return made


@pytest.mark.parametrize("workstations", [2, 4])
def test_simultaneous_first_use_stores_one_identity(pg_practice, monkeypatch, workstations):
    made = _counting_key_generation(monkeypatch)
    dbs = [connect_postgres(pg_practice.url) for _ in range(workstations)]
    admin = pg_practice.ctx["admin"].actor
    raced = 0
    try:
        for _ in range(ROUNDS):
            with pg_practice.db.engine.begin() as conn:
                conn.execute(text("DELETE FROM exchange_identity"))
            made[0] = 0
            with pg_practice.db.session() as s:
                audited = len(s.exec(select(AuditEvent).where(AuditEvent.action == "exchange.identity")).all())
            results = together([lambda db=db: peer_identity.identity(ServiceContext(db, admin)) for db in dbs])
            assert [exc for _r, exc in results] == [None] * workstations
            rows = [r for r, _e in results]
            with pg_practice.db.session() as s:
                stored = s.exec(select(ExchangeIdentity)).all()
                events = s.exec(select(AuditEvent).where(AuditEvent.action == "exchange.identity")).all()
            assert len(stored) == 1
            assert {r.identity_id for r in rows} == {stored[0].identity_id}
            assert {r.fingerprint for r in rows} == {peer_keys.grouped(stored[0].fingerprint)}
            assert len(events) == audited + 1                      # the winner's creation, once
            raced += made[0] > 1                                   # a loser made keys, then read the winner's
        # the race really happened (several workstations generated keys in the same round) in most rounds
        assert raced >= ROUNDS // 2, raced
        # and the winner's keys are the ones that open: a card and a package can be made from any workstation
        card = peer_identity.card(ServiceContext(dbs[-1], admin))
        assert card["identity_id"] == rows[0].identity_id
    finally:
        for db in dbs:
            db.close()


def test_the_table_refuses_a_second_identity(pg_practice):
    first = peer_identity.identity(pg_practice.ctx["admin"])
    with pytest.raises(IntegrityError), pg_practice.db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO exchange_identity (version, created_at, updated_at, updated_by, identity_id, practice_name, "
            "public_jwks, private_wrapped, fingerprint, singleton) SELECT version, created_at, updated_at, "
            "updated_by, 'other', practice_name, public_jwks, private_wrapped, fingerprint, singleton "
            "FROM exchange_identity"))
    with pytest.raises(IntegrityError), pg_practice.db.engine.begin() as conn:   # nor a second "singleton" value
        conn.execute(text("UPDATE exchange_identity SET singleton = 2"))
    assert peer_identity.identity(pg_practice.ctx["admin"]).identity_id == first.identity_id
