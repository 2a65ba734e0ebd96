"""Failed logins on PostgreSQL are counted atomically: wrong passwords tried at the same moment from several
workstations each count, and lock the account."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from sqlalchemy import text
from sqlmodel import select

from app.models.base import utcnow
from app.models.staff import Staff
from app.services.errors import AuthenticationError
from app.services.kernel.context import ServiceContext
from app.services.practice import accounts
from app.services.security.actor import SYSTEM
from tests.pg_races import concurrent_wrong_logins, together
from tests.support import PASSWORD


def _staff(fx, username: str) -> Staff:
    with fx.db.session() as s:
        return s.exec(select(Staff).where(Staff.username == username)).one()


def test_24_concurrent_wrong_logins_lock_the_account(pg_practice):
    outcomes = concurrent_wrong_logins(pg_practice.url, "nurse", 24)
    assert all(isinstance(exc, AuthenticationError) for exc in outcomes)
    member = _staff(pg_practice, "nurse")
    assert member.failed_logins == 24 and member.locked
    try:
        accounts.login(ServiceContext(pg_practice.db, SYSTEM), "nurse", PASSWORD)
        raise AssertionError("a locked account logged in")
    except AuthenticationError as exc:
        assert exc.code == "practice.account_locked"


def test_the_right_password_raced_with_the_tenth_wrong_one(pg_practice):
    """Either the right password came first (logged in, the wrong one then counts 1) or the tenth failure did (the
    account is locked and the right password refused): never logged in on a locked account."""
    later = utcnow() + timedelta(hours=1)   # past any back-off
    for _ in range(5):
        with pg_practice.db.engine.begin() as conn:
            conn.execute(text("UPDATE staff SET failed_logins = 9, last_failed_at = NULL, locked = false "
                              "WHERE username = 'pharmacist'"))
        ctx = ServiceContext(pg_practice.db, SYSTEM)
        (_, wrong), (right, refused) = together([
            partial(accounts.login, ctx, "pharmacist", "wrong password 123", now=later),
            partial(accounts.login, ctx, "pharmacist", PASSWORD, now=later)])
        member = _staff(pg_practice, "pharmacist")
        assert isinstance(wrong, AuthenticationError)
        if refused is None:
            assert right.actor.username == "pharmacist" and (member.failed_logins, member.locked) == (1, False)
        else:
            assert refused.code == "practice.account_locked" and (member.failed_logins, member.locked) == (10, True)
